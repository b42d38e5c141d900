import type { CloudFormationCustomResourceEventCommon } from 'aws-lambda';
import { IsIn, IsObject, IsOptional, IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { isRecord, isString } from '../support/guards.js';

/** The three request types. */
export const CUSTOM_RESOURCE_REQUEST_TYPES = ['Create', 'Update', 'Delete'] as const;

/** Detects a CloudFormation custom resource request: `RequestType`, `ResponseURL`, `StackId`. */
export const isCloudFormationCustomResourceEvent = safely(
  (event) =>
    isRecord(event) &&
    CUSTOM_RESOURCE_REQUEST_TYPES.some((type) => type === event.RequestType) &&
    isString(event.StackId) &&
    isString(event.LogicalResourceId),
);

/** The user-defined properties plus the `ServiceToken` CloudFormation always adds. */
export type CustomResourceProperties<T> = T & { ServiceToken: string; ServiceTimeout?: string };

/**
 * A Lambda-backed CloudFormation custom resource request. One class for the three request types:
 * `PhysicalResourceId` is set for `Update` and `Delete`, `OldResourceProperties` for `Update`.
 * Reply with `CustomResourceResponse` (sending it to `ResponseURL` is up to you).
 *
 * Not assignable to @types/aws-lambda's `CloudFormationCustomResourceEvent`: `ResponseURL` is
 * absent from CDK provider-framework requests.
 *
 * @example
 * ```ts
 * @Handler(CloudFormationCustomResourceEvent)
 * async onResource(@Event() e: CloudFormationCustomResourceEvent<{ BucketName: string }>) {
 *   const body = CustomResourceResponse.success(e, { data: { Arn: 'arn:…' } }).body();
 *   await fetch(e.ResponseURL, { method: 'PUT', body });
 * }
 * ```
 */
@EventSource<CloudFormationCustomResourceEvent>({
  name: 'cloudformation-custom-resource',
  detect: isCloudFormationCustomResourceEvent,
})
export class CloudFormationCustomResourceEvent<TProps extends object = Record<string, unknown>>
  implements Omit<CloudFormationCustomResourceEventCommon<TProps>, 'ResponseURL'>
{
  @IsIn(CUSTOM_RESOURCE_REQUEST_TYPES) RequestType!: (typeof CUSTOM_RESOURCE_REQUEST_TYPES)[number];
  @IsString() ServiceToken!: string;
  /** Presigned S3 URL that receives the response (HTTP PUT). */
  /**
   * Where to PUT the answer. The CDK provider framework invokes its `onEvent` handler without it
   * (the framework answers CloudFormation itself), so it is optional here and the class is not
   * assignable to @types/aws-lambda's `CloudFormationCustomResourceEventCommon`, which requires it.
   */
  @IsOptional() @IsString() ResponseURL?: string;
  @IsString() StackId!: string;
  @IsString() RequestId!: string;
  @IsString() LogicalResourceId!: string;
  @IsString() ResourceType!: string;
  @IsObject() ResourceProperties!: CustomResourceProperties<TProps>;
  /** Set on `Update` and `Delete`: the id the resource got when it was created. */
  @IsOptional() @IsString() PhysicalResourceId?: string;
  /** Set on `Update`: the properties before the update. */
  @IsOptional() @IsObject() OldResourceProperties?: Record<string, unknown>;
}
