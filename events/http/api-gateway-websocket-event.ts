import '../support/metadata.js';
import type { APIGatewayEventWebsocketRequestContextV2, APIGatewayProxyWebsocketEventV2 } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { detectHttpSource } from '../../src/http/detect-source.js';
import { IsStringListMap, IsStringMap } from '../support/validators.js';
import { isRestProxyRequest } from './rest-proxy-shape.js';

/** `requestContext` of a WebSocket API event. `messageId` comes with MESSAGE events only. */
export class ApiGatewayWebSocketRequestContext
  implements Omit<APIGatewayEventWebsocketRequestContextV2, 'messageId'>
{
  @IsString() routeKey!: string;
  @IsIn(['CONNECT', 'MESSAGE', 'DISCONNECT']) eventType!: 'CONNECT' | 'MESSAGE' | 'DISCONNECT';
  @IsString() extendedRequestId!: string;
  @IsString() requestTime!: string;
  @IsIn(['IN']) messageDirection!: 'IN';
  @IsString() stage!: string;
  @IsNumber() connectedAt!: number;
  @IsNumber() requestTimeEpoch!: number;
  @IsString() requestId!: string;
  @IsString() domainName!: string;
  @IsString() connectionId!: string;
  @IsString() apiId!: string;
  @IsOptional() @IsString() messageId?: string;
  @IsOptional() @IsNumber() disconnectStatusCode?: number;
  @IsOptional() @IsString() disconnectReason?: string;
  /** `{ sourceIp, userAgent, … }`. */
  @IsOptional() @IsObject() identity?: Record<string, unknown>;
  @IsOptional() @IsObject() authorizer?: Record<string, unknown>;
}

/**
 * An API Gateway WebSocket API event ($connect, $disconnect, $default or a custom route). Headers
 * and the query string come with $connect only.
 *
 * Not assignable to @types/aws-lambda's `APIGatewayProxyWebsocketEventV2`: `isBase64Encoded` may
 * be absent, and `requestContext.messageId` comes with MESSAGE events only.
 *
 * @example
 * ```ts
 * @Http('MESSAGE /sendMessage') send(@Body() message: unknown, @Req() req: HttpRequest) {}
 * ```
 */
@EventSource<ApiGatewayWebSocketEvent>({
  name: 'websocket',
  detect: (e) => detectHttpSource(e) === 'websocket' && !isRestProxyRequest(e),
  specificity: 10,
})
export class ApiGatewayWebSocketEvent
  implements Omit<APIGatewayProxyWebsocketEventV2, 'requestContext' | 'isBase64Encoded'>
{
  @ValidateNested()
  @Type(() => ApiGatewayWebSocketRequestContext)
  requestContext!: ApiGatewayWebSocketRequestContext;
  @IsOptional() @IsString() body?: string;
  /**
   * Absent on `$connect` and `$disconnect` (no body) and on some message events; read it as false
   * then. Optional, so the class is not assignable to @types/aws-lambda's
   * `APIGatewayProxyWebsocketEventV2`, which requires it.
   */
  @IsOptional() @IsBoolean() isBase64Encoded?: boolean;
  @IsOptional() @IsStringMap() headers?: Record<string, string>;
  @IsOptional() @IsStringListMap() multiValueHeaders?: Record<string, string[]>;
  @IsOptional() @IsStringMap() queryStringParameters?: Record<string, string>;
  @IsOptional() @IsStringListMap() multiValueQueryStringParameters?: Record<string, string[]>;
  @IsOptional() @IsStringMap() stageVariables?: Record<string, string>;
}
