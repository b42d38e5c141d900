/**
 * An SQS worker: each message body is validated on its own, and the messages that fail are reported
 * as `batchItemFailures` so SQS retries only those. Try it on the emulator:
 *
 *   npm run build && npm run lambdakit -- dev examples/queue-worker/index.ts
 *   npm run lambdakit -- invoke --example sqs
 */
import { IsPositive, IsString, Length } from 'class-validator';
import { Controller, createApp, createHandler, Handler, type LambdaContext } from 'lambdakit';
import { SqsEvent, type SqsRecord } from 'lambdakit/events';

/** The JSON each message carries. */
class OrderPlaced {
  @IsString() orderId!: string;
  @IsString() customerId!: string;
  @IsPositive() total!: number;
  @Length(3, 3) currency!: string;
}

@Controller()
class OrderWorker {
  /** Called once per record; a throw (or an invalid body) fails only that record. */
  @Handler(SqsEvent, { perRecord: true })
  async onMessage(record: SqsRecord, context: LambdaContext) {
    const order = await record.parseBody(OrderPlaced);
    console.log(`order ${order.orderId}: ${order.total} ${order.currency} (message ${record.messageId})`);
    if (context.getRemainingTimeInMillis() < 1_000) throw new Error('not enough time left for this record');
  }
}

export const handler = createHandler(createApp({ controllers: [OrderWorker] }));
