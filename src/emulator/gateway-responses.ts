import type { ServerResponse } from 'node:http';
import { isRecord, isString } from '../../events/support/guards.js';
import { sendBytes, sendJson } from './http-io.js';
import type { HttpEventFormat } from './options.js';

/** One answer an integration sends in place of the function's. */
export interface GatewayAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** How one HTTP integration answers when the function does not give it a usable response. */
export interface GatewayBehaviour {
  /** The function failed: an error it reported, a crash, or Lambda's own timeout (`Sandbox.Timedout`). */
  readonly functionError: GatewayAnswer;
  /** The function answered, but not with an HTTP response this integration accepts. */
  readonly invalidResponse: GatewayAnswer;
  /** Whether a buffered result (parsed JSON) is an HTTP response for this integration. */
  isValidResult(result: unknown): boolean;
}

const ALB_502_PAGE =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
  '<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';

/**
 * What each integration returns to the client when the function fails or answers something that is
 * not an HTTP response. A Lambda timeout is a function error to all of them: the gateways' own
 * timeouts (REST 29 s, HTTP API 30 s) are not modelled, the function's timeout ends first here.
 */
export const GATEWAY_BEHAVIOUR: Readonly<Record<HttpEventFormat, GatewayBehaviour>> = {
  /**
   * API Gateway REST API, Lambda proxy: the Lambda developer guide's page on handling Lambda errors
   * with API Gateway says a function error or a response in the wrong format is a 502 with
   * `{"message": "Internal server error"}`, and a result without a numeric `statusCode` is such a
   * "Malformed Lambda proxy response" (API Gateway's execution log).
   */
  v1: {
    functionError: json(502, '{"message": "Internal server error"}'),
    invalidResponse: json(502, '{"message": "Internal server error"}'),
    isValidResult: hasStatusCode,
  },
  /**
   * API Gateway HTTP API, payload 2.0: a failed function is a 500 `{"message":"Internal Server
   * Error"}` (as users of the Lambda runtimes report it); a result without `statusCode` is inferred
   * to be a JSON 200 (the HTTP API developer guide on Lambda response formats), so only a
   * `statusCode` that is not a valid status makes the response invalid.
   */
  v2: {
    functionError: json(500, '{"message":"Internal Server Error"}'),
    invalidResponse: json(500, '{"message":"Internal Server Error"}'),
    isValidResult: statusCodeValidIfPresent,
  },
  /**
   * Application Load Balancer, Lambda target: the ALB troubleshooting guide lists a function error
   * and a malformed response (no `statusCode`) among the causes of its own 502 Bad Gateway page.
   */
  alb: {
    functionError: { status: 502, contentType: 'text/html', body: ALB_502_PAGE },
    invalidResponse: { status: 502, contentType: 'text/html', body: ALB_502_PAGE },
    isValidResult: hasStatusCode,
  },
  /**
   * Lambda Function URL: a failed function or an invalid response is a 502 `Internal Server Error`
   * (as reported against the Lambda developer guide's Function URL invocation page); results are
   * inferred as for HTTP APIs (payload 2.0).
   */
  'function-url': {
    functionError: { status: 502, contentType: 'application/json', body: 'Internal Server Error' },
    invalidResponse: { status: 502, contentType: 'application/json', body: 'Internal Server Error' },
    isValidResult: statusCodeValidIfPresent,
  },
};

/** Locally only: why the integration answered itself, e.g. `TypeError: no such order`. */
export const CAUSE_HEADER = 'x-lambdakit-error';

/** Sends the integration's answer; `cause` goes in {@link CAUSE_HEADER} so it stays visible locally. */
export function sendGatewayAnswer(res: ServerResponse, answer: GatewayAnswer, cause: string): void {
  const headers = { [CAUSE_HEADER]: oneLine(cause) };
  sendBytes(res, answer.status, Buffer.from(answer.body), answer.contentType, headers);
}

/** The cause of a failed invocation from its error document: `errorType: errorMessage`. */
export function failureCause(errorType: string | undefined, document: string): string {
  const parsed = parse(document);
  const type = errorType ?? (isString(parsed?.errorType) ? parsed.errorType : 'Unhandled');
  const message = isString(parsed?.errorMessage) ? parsed.errorMessage : document;
  return `${type}: ${message}`;
}

/** The request cannot become an invocation (too large for the Lambda payload limit). */
export function sendRequestTooLarge(res: ServerResponse): void {
  sendJson(res, 413, { message: 'Request Entity Too Large' });
}

/** The emulator is stopping and takes no more invocations. */
export function sendUnavailable(res: ServerResponse): void {
  sendJson(res, 503, { message: 'Service Unavailable' });
}

function json(status: number, body: string): GatewayAnswer {
  return { status, contentType: 'application/json', body };
}

function isStatus(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

function hasStatusCode(result: unknown): boolean {
  return isRecord(result) && isStatus(result.statusCode);
}

function statusCodeValidIfPresent(result: unknown): boolean {
  return !isRecord(result) || result.statusCode === undefined || isStatus(result.statusCode);
}

/** Header-safe: printable ASCII on one line, at most 200 characters. */
function oneLine(text: string): string {
  return text
    .replace(/[^\x20-\x7e]+/g, ' ')
    .trim()
    .slice(0, 200);
}

function parse(document: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(document);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
