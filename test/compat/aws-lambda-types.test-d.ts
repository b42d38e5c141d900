/**
 * Type test, checked by `npm run typecheck` (tsc over test/): handlers typed with @types/aws-lambda
 * compile against lambdakit's `run()`, `Context` and event classes without casts.
 */
import type {
  ALBEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyHandlerV2,
  Context,
  DynamoDBBatchResponse,
  DynamoDBStreamEvent,
  Handler,
  KinesisStreamBatchResponse,
  KinesisStreamEvent,
  ScheduledEvent,
  SNSEvent,
  SQSBatchResponse,
  SQSEvent,
} from 'aws-lambda';
import { type Context as LambdaContext, run } from 'lambdakit';
import type {
  AlbEvent,
  DynamoDbBatchResponse,
  DynamoDbStreamEvent,
  ApiGatewayProxyEventV2 as HttpApiEvent,
  KinesisBatchResponse,
  KinesisStreamEvent as KinesisEvent,
  ScheduledEvent as Schedule,
  SnsEvent,
  SqsBatchResponse,
  SqsEvent,
} from 'lambdakit/events';
import { expectTypeOf } from 'vitest';

declare const sqsWorker: Handler<SQSEvent, SQSBatchResponse>;
declare const httpApi: APIGatewayProxyHandlerV2;
declare const plain: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/** `run()` takes @types/aws-lambda handlers as they are (never called: this file is only compiled). */
export function startEither(which: 'sqs' | 'http' | 'plain'): Promise<never> {
  if (which === 'sqs') return run(sqsWorker);
  if (which === 'http') return run(httpApi);
  return run(plain);
}

// lambdakit's Context is the @types Context, with more.
expectTypeOf<LambdaContext>().toExtend<Context>();

// Event and response classes are their @types/aws-lambda shapes: a handler typed with those accepts them.
expectTypeOf<SqsEvent>().toExtend<SQSEvent>();
expectTypeOf<SqsBatchResponse>().toExtend<SQSBatchResponse>();
expectTypeOf<SnsEvent>().toExtend<SNSEvent>();
expectTypeOf<DynamoDbStreamEvent>().toExtend<DynamoDBStreamEvent>();
expectTypeOf<DynamoDbBatchResponse>().toExtend<DynamoDBBatchResponse>();
expectTypeOf<KinesisEvent>().toExtend<KinesisStreamEvent>();
expectTypeOf<KinesisBatchResponse>().toExtend<KinesisStreamBatchResponse>();
expectTypeOf<HttpApiEvent>().toExtend<APIGatewayProxyEventV2>();
expectTypeOf<AlbEvent>().toExtend<ALBEvent>();
expectTypeOf<Schedule>().toExtend<ScheduledEvent>();

/** A controller method can hand lambdakit's validated event and context to an @types-typed handler. */
export async function delegate(event: SqsEvent, context: LambdaContext): Promise<SQSBatchResponse> {
  return plain(event, context);
}
