import '../support/metadata.js';
import type {
  ALBEvent,
  ALBEventHeaders,
  ALBEventMultiValueHeaders,
  ALBEventMultiValueQueryStringParameters,
  ALBEventQueryStringParameters,
  ALBEventRequestContext,
} from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { detectHttpSource } from '../../src/http/detect-source.js';
import { IsStringListMap, IsStringMap } from '../support/validators.js';

/** `requestContext.elb`. */
export class AlbElbContext {
  @IsString() targetGroupArn!: string;
}

/** `requestContext` of an ALB event. */
export class AlbRequestContext implements ALBEventRequestContext {
  @ValidateNested() @Type(() => AlbElbContext) elb!: AlbElbContext;
}

/**
 * An Application Load Balancer target group event. Single-value mode sends `headers` and
 * `queryStringParameters`; multi-value mode the `multiValue…` maps instead. Query keys and values
 * are percent-encoded as the client sent them.
 *
 * @example
 * ```ts
 * @Handler(AlbEvent) raw(event: AlbEvent) { return { statusCode: 200, body: event.path }; }
 * ```
 */
@EventSource<AlbEvent>({ name: 'alb', detect: (e) => detectHttpSource(e) === 'alb', specificity: 10 })
export class AlbEvent implements ALBEvent {
  @ValidateNested() @Type(() => AlbRequestContext) requestContext!: AlbRequestContext;
  @IsString() httpMethod!: string;
  @IsString() path!: string;
  @IsOptional() @IsStringMap() queryStringParameters?: ALBEventQueryStringParameters;
  @IsOptional() @IsStringMap() headers?: ALBEventHeaders;
  @IsOptional() @IsStringListMap() multiValueQueryStringParameters?: ALBEventMultiValueQueryStringParameters;
  @IsOptional() @IsStringListMap() multiValueHeaders?: ALBEventMultiValueHeaders;
  @IsOptional() @IsString() body!: string | null;
  @IsBoolean() isBase64Encoded!: boolean;
}
