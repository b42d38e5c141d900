import type { ServerResponse } from 'node:http';
import { isRecord, isString } from '../dispatch/guards.js';
import { sendJson } from './http-io.js';
import type { InvocationStatus } from './options.js';

/** The error a failed invocation carried, as far as it can be read. */
export interface FailedInvocation {
  readonly status: InvocationStatus;
  readonly errorType: string | undefined;
  /** The error document (or trailer body) the function or the emulator produced. */
  readonly document: string;
}

/**
 * Answers an HTTP request whose invocation failed, as API Gateway does: a function error or crash is
 * a 502 `{"message":"Internal server error"}`, a timeout a 504 `{"message":"Endpoint request timed
 * out"}`. Locally the body also names the `errorType` and `errorMessage` so the cause is visible.
 */
export function sendInvocationFailure(res: ServerResponse, failure: FailedInvocation): void {
  const parsed = parse(failure.document);
  const errorType = failure.errorType ?? (isString(parsed?.errorType) ? parsed.errorType : 'Unhandled');
  const errorMessage = isString(parsed?.errorMessage) ? parsed.errorMessage : failure.document;
  if (failure.status === 'timeout') {
    sendJson(res, 504, { message: 'Endpoint request timed out', errorType, errorMessage });
  } else {
    sendJson(res, 502, { message: 'Internal server error', errorType, errorMessage });
  }
}

/** The function answered something that is not an HTTP response (API Gateway: 502). */
export function sendMalformedResponse(res: ServerResponse, reason: string): void {
  sendJson(res, 502, { message: 'Internal server error', errorMessage: reason });
}

/** The request cannot become an invocation (too large for the Lambda payload limit). */
export function sendRequestTooLarge(res: ServerResponse): void {
  sendJson(res, 413, { message: 'Request Entity Too Large' });
}

/** The emulator is stopping and takes no more invocations. */
export function sendUnavailable(res: ServerResponse): void {
  sendJson(res, 503, { message: 'Service Unavailable' });
}

function parse(document: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(document);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
