import '../support/metadata.js';
import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { detectHttpSource } from '../../src/http/detect-source.js';
import { FunctionUrlRequestContext } from './http-api-request-context.js';
import { PayloadV2Event } from './payload-v2-event.js';

/**
 * A Lambda Function URL event (payload format 2.0 on a `*.lambda-url.*.on.aws` domain, no stage).
 *
 * Not assignable to @types/aws-lambda's `LambdaFunctionURLEvent`: `routeKey` is optional here, as
 * some Function URL events leave it out.
 *
 * @example
 * ```ts
 * @Handler(FunctionUrlEvent)
 * raw(event: FunctionUrlEvent) { return { statusCode: 200, body: event.rawPath }; }
 * ```
 */
@EventSource<FunctionUrlEvent>({
  name: 'function-url',
  detect: (e) => detectHttpSource(e) === 'function-url',
  specificity: 10,
})
export class FunctionUrlEvent
  extends PayloadV2Event
  implements Omit<LambdaFunctionURLEvent, 'routeKey' | 'requestContext'>
{
  @IsOptional() @IsString() routeKey?: string;
  @ValidateNested() @Type(() => FunctionUrlRequestContext) requestContext!: FunctionUrlRequestContext;
}
