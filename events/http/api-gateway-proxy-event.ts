import '../support/metadata.js';
import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventHeaders,
  APIGatewayProxyEventMultiValueHeaders,
  APIGatewayProxyEventMultiValueQueryStringParameters,
  APIGatewayProxyEventPathParameters,
  APIGatewayProxyEventQueryStringParameters,
  APIGatewayProxyEventStageVariables,
} from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { detectHttpSource } from '../../src/http/detect-source.js';
import { IsStringListMap, IsStringMap } from '../support/validators.js';
import { ApiGatewayProxyRequestContext } from './api-gateway-proxy-request-context.js';
import { isRestProxyRequest } from './rest-proxy-shape.js';

/**
 * An API Gateway REST API (v1) proxy event, also the shape of HTTP API payload format 1.0.
 * Maps AWS sends as `null` when empty (headers, query, path parameters, stage variables) are optional.
 *
 * Not assignable to @types/aws-lambda's `APIGatewayProxyEvent`: `isBase64Encoded` may be absent,
 * and console test requests lack `requestContext.path`, `protocol` and `requestTimeEpoch`.
 *
 * @example
 * ```ts
 * @Handler(ApiGatewayProxyEvent)
 * raw(event: ApiGatewayProxyEvent) { return { statusCode: 200, body: event.path }; }
 * ```
 */
@EventSource<ApiGatewayProxyEvent>({
  name: 'apigw-v1',
  detect: (e) => detectHttpSource(e) === 'apigw-v1' || isRestProxyRequest(e),
  specificity: 10,
})
export class ApiGatewayProxyEvent
  implements Omit<APIGatewayProxyEvent, 'requestContext' | 'isBase64Encoded'>
{
  @IsString() resource!: string;
  @IsString() path!: string;
  @IsString() httpMethod!: string;
  @IsOptional() @IsStringMap() headers!: APIGatewayProxyEventHeaders;
  @IsOptional() @IsStringListMap() multiValueHeaders!: APIGatewayProxyEventMultiValueHeaders;
  @IsOptional() @IsStringMap() queryStringParameters!: APIGatewayProxyEventQueryStringParameters | null;
  @IsOptional()
  @IsStringListMap()
  multiValueQueryStringParameters!: APIGatewayProxyEventMultiValueQueryStringParameters | null;
  @IsOptional() @IsStringMap() pathParameters!: APIGatewayProxyEventPathParameters | null;
  @IsOptional() @IsStringMap() stageVariables!: APIGatewayProxyEventStageVariables | null;
  @ValidateNested() @Type(() => ApiGatewayProxyRequestContext) requestContext!: ApiGatewayProxyRequestContext;
  @IsOptional() @IsString() body!: string | null;
  /** Sent by AWS on every request; absent from some hand-written test events. */
  @IsOptional() @IsBoolean() isBase64Encoded?: boolean;
}
