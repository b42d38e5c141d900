import type {
  APIGatewayProxyEventHeaders,
  APIGatewayProxyEventPathParameters,
  APIGatewayProxyEventQueryStringParameters,
  APIGatewayProxyEventStageVariables,
} from 'aws-lambda';
import { IsArray, IsBoolean, IsOptional, IsString } from 'class-validator';
import { IsStringMap } from '../support/validators.js';

/** The fields of a payload format 2.0 event (HTTP API, Function URL) besides the request context. */
export abstract class PayloadV2Event {
  @IsString() version!: string;
  @IsString() rawPath!: string;
  @IsString() rawQueryString!: string;
  @IsOptional() @IsArray() @IsString({ each: true }) cookies?: string[];
  /** Repeated headers arrive comma-joined. */
  @IsStringMap() headers!: APIGatewayProxyEventHeaders;
  /** Repeated keys arrive comma-joined; `rawQueryString` keeps them apart. */
  @IsOptional() @IsStringMap() queryStringParameters?: APIGatewayProxyEventQueryStringParameters;
  @IsOptional() @IsStringMap() pathParameters?: APIGatewayProxyEventPathParameters;
  @IsOptional() @IsStringMap() stageVariables?: APIGatewayProxyEventStageVariables;
  @IsOptional() @IsString() body?: string;
  @IsBoolean() isBase64Encoded!: boolean;
}
