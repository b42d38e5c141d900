import '../support/metadata.js';
import type { CloudFrontHeaders, CloudFrontOrigin } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { isRecord, isString } from '../support/guards.js';
import { IsRecordOf } from '../support/validators.js';

/** Headers as CloudFront sends them: lower-case name → list of `{ key, value }`. */
export type CloudFrontHeaderMap = CloudFrontHeaders;

/** A CloudFront header map entry: `[{ key?: 'Host', value: 'example.com' }, …]`. */
export function isCloudFrontHeaderList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (entry) => isRecord(entry) && isString(entry.value) && (entry.key === undefined || isString(entry.key)),
    )
  );
}

/** `config` of a Lambda@Edge record: which distribution and which of the four trigger points. */
export class CloudFrontConfig {
  @IsString() distributionDomainName!: string;
  @IsString() distributionId!: string;
  @IsIn(['viewer-request', 'viewer-response', 'origin-request', 'origin-response'])
  eventType!: 'viewer-request' | 'viewer-response' | 'origin-request' | 'origin-response';
  @IsString() requestId!: string;
}

/** The request body, present when the trigger is configured with "include body". */
export class CloudFrontRequestBody {
  @IsIn(['read-only', 'replace']) action!: 'read-only' | 'replace';
  @IsString() data!: string;
  @IsIn(['base64', 'text']) encoding!: 'base64' | 'text';
  @IsBoolean() inputTruncated!: boolean;
}

/** The request of a Lambda@Edge record. `origin` is set on origin-facing triggers only. */
export class CloudFrontRequestData {
  @IsString() clientIp!: string;
  @IsString() method!: string;
  @IsString() uri!: string;
  /** The raw query string without `?` (empty when none). */
  @IsString() querystring!: string;
  @IsRecordOf(isCloudFrontHeaderList, 'lists of { key?, value }') headers!: CloudFrontHeaderMap;
  /** `{ s3: … }` or `{ custom: … }`: the origin the request goes to; kept as sent. */
  @IsOptional() @IsObject() origin?: CloudFrontOrigin;
  @IsOptional() @ValidateNested() @Type(() => CloudFrontRequestBody) body?: CloudFrontRequestBody;

  /** The first value of a header (names are matched case-insensitively), or undefined. */
  header(name: string): string | undefined {
    return this.headers[name.toLowerCase()]?.[0]?.value;
  }
}

/** The response of a Lambda@Edge viewer-response or origin-response record. */
export class CloudFrontResponseData {
  /** The HTTP status as text (`"200"`). */
  @IsString() status!: string;
  @IsString() statusDescription!: string;
  @IsRecordOf(isCloudFrontHeaderList, 'lists of { key?, value }') headers!: CloudFrontHeaderMap;
}
