import '../support/metadata.js';
import type { APIGatewayEventRequestContextV2 } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { ClientCert } from './client-cert.js';

/** `requestContext.http` of a payload 2.0 event. */
export class HttpApiRequestHttp {
  @IsString() method!: string;
  @IsString() path!: string;
  @IsString() protocol!: string;
  @IsString() sourceIp!: string;
  @IsString() userAgent!: string;
}

/** `requestContext.authentication` (mutual TLS) of a payload 2.0 event. */
export class HttpApiAuthentication {
  @ValidateNested() @Type(() => ClientCert) clientCert!: ClientCert;
}

/** What HTTP API and Function URL request contexts share. */
export abstract class PayloadV2RequestContext {
  @IsString() accountId!: string;
  @IsString() apiId!: string;
  @IsString() domainName!: string;
  @IsString() domainPrefix!: string;
  @ValidateNested() @Type(() => HttpApiRequestHttp) http!: HttpApiRequestHttp;
  @IsString() requestId!: string;
  @IsString() time!: string;
  @IsNumber() timeEpoch!: number;
  @IsOptional() @ValidateNested() @Type(() => HttpApiAuthentication) authentication?: HttpApiAuthentication;
  /** `{ jwt }`, `{ lambda }` or `{ iam }` depending on the route's authorizer; absent without one. */
  @IsOptional() @IsObject() authorizer?: Record<string, unknown>;
}

/** `requestContext` of an HTTP API (payload 2.0) event. */
export class HttpApiRequestContext
  extends PayloadV2RequestContext
  implements APIGatewayEventRequestContextV2
{
  @IsString() routeKey!: string;
  @IsString() stage!: string;
}

/** `requestContext` of a Function URL event: no stage, and the route key is `$default` when present. */
export class FunctionUrlRequestContext
  extends PayloadV2RequestContext
  implements Omit<APIGatewayEventRequestContextV2, 'routeKey' | 'stage'>
{
  @IsOptional() @IsString() routeKey?: string;
  @IsOptional() @IsString() stage?: string;
}
