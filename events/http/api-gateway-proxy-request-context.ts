import '../support/metadata.js';
import type {
  APIGatewayEventDefaultAuthorizerContext,
  APIGatewayEventIdentity,
  APIGatewayEventRequestContext,
} from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { ClientCert } from './client-cert.js';

/**
 * The caller identity of a REST API request. AWS sends every key, most as `null`; only `sourceIp`
 * is always a string. Keys newer than some events (`principalOrgId`, `vpcId`) may be absent.
 */
export class ApiGatewayIdentity implements Omit<APIGatewayEventIdentity, 'principalOrgId'> {
  @IsString() sourceIp!: string;
  @IsOptional() @IsString() accessKey!: string | null;
  @IsOptional() @IsString() accountId!: string | null;
  @IsOptional() @IsString() apiKey!: string | null;
  @IsOptional() @IsString() apiKeyId!: string | null;
  @IsOptional() @IsString() caller!: string | null;
  @IsOptional() @ValidateNested() @Type(() => ClientCert) clientCert!: ClientCert | null;
  @IsOptional() @IsString() cognitoAuthenticationProvider!: string | null;
  @IsOptional() @IsString() cognitoAuthenticationType!: string | null;
  @IsOptional() @IsString() cognitoIdentityId!: string | null;
  @IsOptional() @IsString() cognitoIdentityPoolId!: string | null;
  @IsOptional() @IsString() principalOrgId?: string | null;
  @IsOptional() @IsString() user!: string | null;
  @IsOptional() @IsString() userAgent!: string | null;
  @IsOptional() @IsString() userArn!: string | null;
  @IsOptional() @IsString() vpcId?: string;
  @IsOptional() @IsString() vpceId?: string;
}

/**
 * `requestContext` of a REST API (v1) proxy event. Requests sent with the API Gateway console's Test
 * button lack `path`, `protocol` and `requestTimeEpoch`, so those are optional and the class is not
 * assignable to @types/aws-lambda's `APIGatewayEventRequestContext`, which requires them.
 */
export class ApiGatewayProxyRequestContext
  implements Omit<APIGatewayEventRequestContext, 'identity' | 'path' | 'protocol' | 'requestTimeEpoch'>
{
  @IsString() accountId!: string;
  @IsString() apiId!: string;
  @IsString() httpMethod!: string;
  @ValidateNested() @Type(() => ApiGatewayIdentity) identity!: ApiGatewayIdentity;
  /** Absent from requests sent with the API Gateway console's Test button, as are `protocol` and `requestTimeEpoch`. */
  @IsOptional() @IsString() path?: string;
  @IsOptional() @IsString() protocol?: string;
  @IsString() requestId!: string;
  @IsOptional() @IsNumber() requestTimeEpoch?: number;
  @IsString() resourceId!: string;
  @IsString() resourcePath!: string;
  @IsString() stage!: string;
  /** The authorizer's output (Lambda authorizer context, Cognito claims); absent without an authorizer. */
  @IsOptional() @IsObject() authorizer!: APIGatewayEventDefaultAuthorizerContext;
  @IsOptional() @IsString() domainName?: string;
  @IsOptional() @IsString() domainPrefix?: string;
  @IsOptional() @IsString() extendedRequestId?: string;
  @IsOptional() @IsString() requestTime?: string;
  @IsOptional() @IsString() operationName?: string;
}
