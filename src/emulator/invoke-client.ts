import { request } from 'node:http';
import { INVOKE_HEADER } from './constants.js';

/** Options of one invocation through the Invoke API. */
export interface InvokeOptions {
  /**
   * Client context passed to the function (sent base64 JSON in `X-Amz-Client-Context`).
   * @default undefined
   */
  readonly clientContext?: object;
  /**
   * Cognito identity passed to the function (emulator-only header `X-Lambdakit-Cognito-Identity`).
   * @default undefined
   */
  readonly cognitoIdentity?: object;
  /**
   * Tenant id (`X-Amz-Tenant-Id`).
   * @default undefined
   */
  readonly tenantId?: string;
  /**
   * `RequestResponse` waits for the result, `Event` returns 202 at once, `DryRun` 204.
   * @default 'RequestResponse'
   */
  readonly invocationType?: 'RequestResponse' | 'Event' | 'DryRun';
  /**
   * Name in the path; the emulator serves one function whatever the name.
   * @default 'function'
   */
  readonly functionName?: string;
  /**
   * Cancels the request.
   * @default undefined
   */
  readonly signal?: AbortSignal;
}

/** The Invoke API's answer. */
export interface InvokeResult {
  readonly statusCode: number;
  readonly requestId: string | undefined;
  /** `Unhandled` when the function failed; the payload is then the error document. */
  readonly functionError: string | undefined;
  readonly contentType: string | undefined;
  /** The payload bytes (a streamed response, joined). */
  readonly body: Buffer;
  /** The payload as UTF-8 text. */
  readonly payload: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Trailers of a streamed response (`lambda-runtime-function-error-type`/`-body` on a mid-stream error). */
  readonly trailers: Readonly<Record<string, string>>;
  /** The payload parsed as JSON. */
  json(): unknown;
}

/**
 * Invokes the function behind an emulator's Invoke API. A Buffer event is sent as is; any other
 * value is JSON-encoded.
 *
 * @example
 * ```ts
 * const result = await invokeFunction('http://127.0.0.1:9000', { name: 'World' });
 * if (result.functionError) console.error(result.json());
 * ```
 */
export function invokeFunction(
  baseUrl: string,
  event: unknown,
  options: InvokeOptions = {},
): Promise<InvokeResult> {
  const body = Buffer.isBuffer(event) ? event : Buffer.from(JSON.stringify(event) ?? 'null');
  const url = new URL(
    `/2015-03-31/functions/${encodeURIComponent(options.functionName ?? 'function')}/invocations`,
    baseUrl,
  );
  const headers: Record<string, string | number> = {
    'content-type': 'application/json',
    'content-length': body.length,
  };
  if (options.clientContext) headers[INVOKE_HEADER.clientContext] = base64Json(options.clientContext);
  if (options.cognitoIdentity) headers[INVOKE_HEADER.cognitoIdentity] = base64Json(options.cognitoIdentity);
  if (options.tenantId) headers[INVOKE_HEADER.tenantId] = options.tenantId;
  if (options.invocationType) headers[INVOKE_HEADER.invocationType] = options.invocationType;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, signal: options.signal }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('error', reject);
      res.once('end', () => {
        const payloadBytes = Buffer.concat(chunks);
        const payload = payloadBytes.toString('utf8');
        const flat = flatten(res.headers);
        resolve({
          statusCode: res.statusCode ?? 0,
          requestId: flat[INVOKE_HEADER.requestId],
          functionError: flat[INVOKE_HEADER.functionError],
          contentType: flat['content-type'],
          body: payloadBytes,
          payload,
          headers: flat,
          trailers: flatten(res.trailers),
          json: () => JSON.parse(payload),
        });
      });
    });
    req.once('error', reject);
    req.end(body);
  });
}

function base64Json(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64');
}

function flatten(headers: NodeJS.Dict<string | string[]>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) result[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
}
