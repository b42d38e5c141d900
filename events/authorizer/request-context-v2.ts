import '../support/metadata.js';
import type { APIGatewayEventRequestContextV2 } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { ApiGatewayClientCertificate } from './client-certificate.js';

/** `requestContext.http` of an HTTP API authorizer event (payload 2.0). */
export class ApiGatewayAuthorizerHttpV2 {
  @IsString() method!: string;
  @IsString() path!: string;
  @IsString() protocol!: string;
  @IsString() sourceIp!: string;
  @IsString() userAgent!: string;
}

/** `requestContext.authentication` (mutual TLS) of an HTTP API authorizer event (payload 2.0). */
export class ApiGatewayAuthorizerAuthenticationV2 {
  @IsObject()
  @ValidateNested()
  @Type(() => ApiGatewayClientCertificate)
  clientCert!: ApiGatewayClientCertificate;
}

/** `requestContext` of an HTTP API authorizer event (payload 2.0). */
export class ApiGatewayAuthorizerRequestContextV2 implements APIGatewayEventRequestContextV2 {
  @IsString() accountId!: string;
  @IsString() apiId!: string;
  @IsString() domainName!: string;
  @IsString() domainPrefix!: string;
  @IsString() requestId!: string;
  @IsString() routeKey!: string;
  @IsString() stage!: string;
  @IsString() time!: string;
  @IsNumber() timeEpoch!: number;

  @IsObject()
  @ValidateNested()
  @Type(() => ApiGatewayAuthorizerHttpV2)
  http!: ApiGatewayAuthorizerHttpV2;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ApiGatewayAuthorizerAuthenticationV2)
  authentication?: ApiGatewayAuthorizerAuthenticationV2;
}
