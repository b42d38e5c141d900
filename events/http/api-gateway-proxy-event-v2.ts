import '../support/metadata.js';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { detectHttpSource } from '../../src/http/detect-source.js';
import { HttpApiRequestContext } from './http-api-request-context.js';
import { PayloadV2Event } from './payload-v2-event.js';

/**
 * An API Gateway HTTP API event (payload format 2.0), whatever the authorizer (JWT, Lambda, IAM or none).
 *
 * @example
 * ```ts
 * @Handler(ApiGatewayProxyEventV2)
 * raw(event: ApiGatewayProxyEventV2) { return { statusCode: 200, body: event.rawPath }; }
 * ```
 */
@EventSource<ApiGatewayProxyEventV2>({
  name: 'apigw-v2',
  detect: (e) => detectHttpSource(e) === 'apigw-v2',
  specificity: 10,
})
export class ApiGatewayProxyEventV2 extends PayloadV2Event implements APIGatewayProxyEventV2 {
  @IsString() routeKey!: string;
  @ValidateNested() @Type(() => HttpApiRequestContext) requestContext!: HttpApiRequestContext;
}
