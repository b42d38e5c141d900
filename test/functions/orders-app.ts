import { IsInt, IsString, Min } from 'class-validator';
import {
  Controller,
  Ctx,
  createApp,
  createHandler,
  Handler,
  Inject,
  Injectable,
  type LambdaContext,
  type Middleware,
  Record,
  UseMiddleware,
} from 'lambdakit';
import { DynamoDbStreamEvent, S3Event, SqsEvent, type SqsRecord } from 'lambdakit/events';

/** One function serving several real event sources, as a test of the whole framework. */

class OrderMessage {
  @IsString() sku!: string;
  @IsInt() @Min(1) qty!: number;
}

@Injectable()
class Ledger {
  readonly entries: string[] = [];
}

const trail: string[] = [];
const mark =
  (name: string): Middleware =>
  async (_inv, next) => {
    trail.push(name);
    return next();
  };

@Controller()
@UseMiddleware(mark('controller'))
class Orders {
  constructor(@Inject(Ledger) private readonly ledger: Ledger) {}

  @Handler(SqsEvent, { perRecord: true })
  async onMessage(@Record() record: SqsRecord, @Ctx() ctx: LambdaContext) {
    const order = await record.parseBody(OrderMessage);
    this.ledger.entries.push(`${ctx.awsRequestId}:${order.sku}x${order.qty}`);
  }

  @Handler(S3Event)
  @UseMiddleware(mark('method'))
  onUpload(event: S3Event) {
    return { keys: event.Records.map((r) => r.s3.object.key), trail: trail.splice(0) };
  }

  @Handler(DynamoDbStreamEvent)
  onChange(event: DynamoDbStreamEvent) {
    return event.Records.map((r) => ({ event: r.eventName, keys: r.keys() }));
  }
}

export const handler = createHandler(
  createApp({ controllers: [Orders], providers: [Ledger], middleware: [mark('app')] }),
);
