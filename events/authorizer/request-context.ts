import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { ApiGatewayClientCertificate } from './client-certificate.js';

/** The caller identity of a REST (and HTTP API payload 1.0) request authorizer event. */
export class ApiGatewayAuthorizerIdentity {
  @IsString() sourceIp!: string;
  @IsOptional() @IsString() accessKey?: string | null;
  @IsOptional() @IsString() accountId?: string | null;
  @IsOptional() @IsString() apiKey?: string | null;
  @IsOptional() @IsString() apiKeyId?: string | null;
  @IsOptional() @IsString() caller?: string | null;
  @IsOptional() @IsString() cognitoAuthenticationProvider?: string | null;
  @IsOptional() @IsString() cognitoAuthenticationType?: string | null;
  @IsOptional() @IsString() cognitoIdentityId?: string | null;
  @IsOptional() @IsString() cognitoIdentityPoolId?: string | null;
  @IsOptional() @IsString() principalOrgId?: string | null;
  @IsOptional() @IsString() user?: string | null;
  @IsOptional() @IsString() userAgent?: string | null;
  @IsOptional() @IsString() userArn?: string | null;
  @IsOptional() @IsString() vpcId?: string;
  @IsOptional() @IsString() vpceId?: string;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ApiGatewayClientCertificate)
  clientCert?: ApiGatewayClientCertificate | null;
}

/** `requestContext` of a REST (and HTTP API payload 1.0) request authorizer event. */
export class ApiGatewayAuthorizerRequestContext {
  @IsString() accountId!: string;
  @IsString() apiId!: string;
  @IsString() httpMethod!: string;
  @IsString() path!: string;
  @IsString() requestId!: string;
  @IsString() resourceId!: string;
  @IsString() resourcePath!: string;
  @IsString() stage!: string;
  @IsOptional() @IsString() protocol?: string;
  @IsOptional() @IsString() domainName?: string;
  @IsOptional() @IsString() domainPrefix?: string;
  @IsOptional() @IsString() extendedRequestId?: string;
  @IsOptional() @IsString() requestTime?: string;
  @IsOptional() @IsNumber() requestTimeEpoch?: number;

  @IsObject()
  @ValidateNested()
  @Type(() => ApiGatewayAuthorizerIdentity)
  identity!: ApiGatewayAuthorizerIdentity;
}
