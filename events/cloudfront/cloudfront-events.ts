import '../support/metadata.js';
import type {
  CloudFrontRequestEvent as AwsRequestEvent,
  CloudFrontResponseEvent as AwsResponseEvent,
} from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsObject, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { firstOf, isRecord } from '../support/guards.js';
import { CloudFrontConfig, CloudFrontRequestData, CloudFrontResponseData } from './cloudfront-parts.js';

/** `cf` of a Lambda@Edge record when there is a response (viewer-response, origin-response). */
function edgeRecord(event: unknown): Record<string, unknown> | undefined {
  const cf = firstOf(event, 'Records')?.cf;
  return isRecord(cf) && isRecord(cf.config) && isRecord(cf.request) ? cf : undefined;
}

/** Detects a Lambda@Edge viewer-request or origin-request event: `Records[0].cf` without a response. */
export const isCloudFrontRequestEvent = safely((event) => {
  const cf = edgeRecord(event);
  return cf !== undefined && cf.response === undefined;
});

/** Detects a Lambda@Edge viewer-response or origin-response event: `Records[0].cf.response`. */
export const isCloudFrontResponseEvent = safely((event) => isRecord(edgeRecord(event)?.response));

/** `cf` of a request record. */
export class CloudFrontRequestCf {
  @IsObject() @ValidateNested() @Type(() => CloudFrontConfig) config!: CloudFrontConfig;
  @IsObject() @ValidateNested() @Type(() => CloudFrontRequestData) request!: CloudFrontRequestData;
}

/** One record of a `CloudFrontRequestEvent` (CloudFront always sends exactly one). */
export class CloudFrontRequestRecord {
  @IsObject() @ValidateNested() @Type(() => CloudFrontRequestCf) cf!: CloudFrontRequestCf;
}

/** `cf` of a response record: the request as it went to the origin and the response. */
export class CloudFrontResponseCf {
  @IsObject() @ValidateNested() @Type(() => CloudFrontConfig) config!: CloudFrontConfig;
  @IsObject() @ValidateNested() @Type(() => CloudFrontRequestData) request!: CloudFrontRequestData;
  @IsObject() @ValidateNested() @Type(() => CloudFrontResponseData) response!: CloudFrontResponseData;
}

/** One record of a `CloudFrontResponseEvent`. */
export class CloudFrontResponseRecord {
  @IsObject() @ValidateNested() @Type(() => CloudFrontResponseCf) cf!: CloudFrontResponseCf;
}

/**
 * A Lambda@Edge viewer-request or origin-request trigger. Return the request (changed or not) to let
 * it through, or a `CloudFrontResponse` to answer at the edge.
 *
 * @example
 * ```ts
 * @Handler(CloudFrontRequestEvent)
 * route(@Event() event: CloudFrontRequestEvent) {
 *   const { request } = event.Records[0]!.cf;
 *   if (!request.header('authorization')) return CloudFrontResponse.status(401).text('sign in first');
 *   return request;
 * }
 * ```
 */
@EventSource<CloudFrontRequestEvent>({ name: 'cloudfront-request', detect: isCloudFrontRequestEvent })
export class CloudFrontRequestEvent implements AwsRequestEvent {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CloudFrontRequestRecord)
  Records!: CloudFrontRequestRecord[];
}

/**
 * A Lambda@Edge viewer-response or origin-response trigger. Return the response, changed or not, or
 * a `CloudFrontResponse` that replaces it.
 *
 * @example
 * ```ts
 * @Handler(CloudFrontResponseEvent)
 * secure(@Event() event: CloudFrontResponseEvent) {
 *   const { response } = event.Records[0]!.cf;
 *   response.headers['strict-transport-security'] = [{ key: 'Strict-Transport-Security', value: 'max-age=63072000' }];
 *   return response;
 * }
 * ```
 */
@EventSource<CloudFrontResponseEvent>({ name: 'cloudfront-response', detect: isCloudFrontResponseEvent })
export class CloudFrontResponseEvent implements AwsResponseEvent {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CloudFrontResponseRecord)
  Records!: CloudFrontResponseRecord[];
}
