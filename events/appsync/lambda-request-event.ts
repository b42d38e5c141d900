import { Equals, IsArray, IsIn, IsOptional, ValidateIf } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { isRecord } from '../support/guards.js';

/** The operations of an AppSync Lambda data source request. */
export const APPSYNC_LAMBDA_OPERATIONS = ['Invoke', 'BatchInvoke'] as const;

/** Detects an AppSync Lambda data source request: `operation` Invoke/BatchInvoke and a `payload`. */
export const isAppSyncLambdaRequestEvent = safely(
  (event) =>
    isRecord(event) &&
    APPSYNC_LAMBDA_OPERATIONS.some((operation) => operation === event.operation) &&
    'payload' in event &&
    (event.operation === 'Invoke' || Array.isArray(event.payload)),
);

/**
 * The request document of an AppSync resolver or function that calls a Lambda data source with a
 * request mapping of its own (`{ operation: 'Invoke', payload }`): the whole document arrives as the
 * event. With `BatchInvoke`, AppSync gathers the payloads of every field in the batch into one list,
 * and the function answers with a list in the same order. `payload` is whatever the mapping built:
 * validate it with a DTO of your own. @types/aws-lambda has no type for this event.
 *
 * @example
 * ```ts
 * @Handler(AppSyncLambdaRequestEvent)
 * resolve(@Event() event: AppSyncLambdaRequestEvent) {
 *   return event.payloads().map((payload) => lookUp(payload));
 * }
 * ```
 */
@EventSource<AppSyncLambdaRequestEvent>({
  name: 'appsync-lambda-request',
  detect: isAppSyncLambdaRequestEvent,
})
export class AppSyncLambdaRequestEvent<TPayload = unknown> {
  @IsIn(APPSYNC_LAMBDA_OPERATIONS) operation!: (typeof APPSYNC_LAMBDA_OPERATIONS)[number];
  /** One payload for `Invoke`; a list of them for `BatchInvoke`. */
  @ValidateIf((event: AppSyncLambdaRequestEvent) => event.operation === 'BatchInvoke')
  @IsArray()
  payload!: TPayload | TPayload[];
  /** `2018-05-29` when the request came from a VTL mapping template. */
  @IsOptional() @Equals('2018-05-29') version?: string;
  /** `Event` for an asynchronous invocation; `RequestResponse` (the default) otherwise. */
  @IsOptional() @IsIn(['RequestResponse', 'Event']) invocationType?: 'RequestResponse' | 'Event';

  /** The payloads as a list: the one payload of `Invoke`, or every payload of `BatchInvoke`. */
  payloads(): TPayload[] {
    if (this.operation === 'BatchInvoke' && Array.isArray(this.payload)) return this.payload;
    return [this.payload as TPayload];
  }
}
