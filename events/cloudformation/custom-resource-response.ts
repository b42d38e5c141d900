import type { CloudFormationCustomResourceResponse } from 'aws-lambda';

/** The request fields a response echoes back. */
export interface CustomResourceRequestRef {
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly PhysicalResourceId?: string;
}

/** Options of `CustomResourceResponse.success` and `.failed`. */
export interface CustomResourceResponseOptions {
  /**
   * The resource's physical id. Changing it on an `Update` makes CloudFormation replace the
   * resource (and send a `Delete` for the old id).
   * @default the request's `PhysicalResourceId`, else its `RequestId`
   */
  readonly physicalResourceId?: string;
  /**
   * Values readable with `Fn::GetAtt`.
   * @default undefined
   */
  readonly data?: Record<string, unknown>;
  /**
   * Mask `data` in `Fn::GetAtt` output shown by CloudFormation.
   * @default false
   */
  readonly noEcho?: boolean;
  /**
   * A message for the stack events (required for failures).
   * @default undefined for success
   */
  readonly reason?: string;
}

/**
 * Builds the JSON body a custom resource PUTs to `ResponseURL`. CloudFormation rejects bodies over
 * 4096 bytes; `body()` does not truncate.
 *
 * @example
 * ```ts
 * const body = CustomResourceResponse.failed(event, 'bucket name taken').body();
 * ```
 */
export const CustomResourceResponse = {
  /** A `SUCCESS` response for `request`. */
  success(
    request: CustomResourceRequestRef,
    options: CustomResourceResponseOptions = {},
  ): CustomResourceReply {
    return new CustomResourceReply({ ...base(request, options), Status: 'SUCCESS', Reason: options.reason });
  },

  /** A `FAILED` response for `request` with `reason` shown in the stack events. */
  failed(
    request: CustomResourceRequestRef,
    reason: string,
    options: CustomResourceResponseOptions = {},
  ): CustomResourceReply {
    return new CustomResourceReply({ ...base(request, options), Status: 'FAILED', Reason: reason });
  },
};

function base(request: CustomResourceRequestRef, options: CustomResourceResponseOptions) {
  return {
    PhysicalResourceId: options.physicalResourceId ?? request.PhysicalResourceId ?? request.RequestId,
    StackId: request.StackId,
    RequestId: request.RequestId,
    LogicalResourceId: request.LogicalResourceId,
    ...(options.data === undefined ? {} : { Data: options.data }),
    ...(options.noEcho === undefined ? {} : { NoEcho: options.noEcho }),
  };
}

/** A built custom resource response: `response` is the object, `body()` its JSON. */
export class CustomResourceReply {
  constructor(readonly response: CloudFormationCustomResourceResponse) {}

  /** The JSON text to PUT to `ResponseURL` (undefined fields left out). */
  body(): string {
    return JSON.stringify(this.response);
  }
}
