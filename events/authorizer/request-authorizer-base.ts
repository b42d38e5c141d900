import '../support/metadata.js';
import { Type } from 'class-transformer';
import { Equals, IsObject, IsString, ValidateNested } from 'class-validator';
import { Nullable } from '../support/validators.js';
import { ApiGatewayAuthorizerRequestContext } from './request-context.js';

/**
 * The fields shared by REST `REQUEST` authorizer events and HTTP API authorizer events with
 * payload format 1.0. Maps AWS may send as `null` are present-but-nullable.
 */
export abstract class RequestAuthorizerEventBase {
  @Equals('REQUEST') type!: 'REQUEST';
  @IsString() methodArn!: string;
  @IsString() resource!: string;
  @IsString() path!: string;
  @IsString() httpMethod!: string;
  @Nullable() @IsObject() headers!: Record<string, string> | null;
  @Nullable() @IsObject() queryStringParameters!: Record<string, string> | null;
  @Nullable() @IsObject() pathParameters!: Record<string, string> | null;
  @Nullable() @IsObject() stageVariables!: Record<string, string> | null;

  @IsObject()
  @ValidateNested()
  @Type(() => ApiGatewayAuthorizerRequestContext)
  requestContext!: ApiGatewayAuthorizerRequestContext;
}
