import { Agent, request } from 'node:http';
import type { ErrorPayload } from './error-payload.js';
import { type PostOutcome, postOutcome } from './post-outcome.js';
import { RuntimeApiError } from './runtime-api-error.js';

/** How a streamed response is sent. */
export interface StreamOptions {
  /** `Content-Type` of the stream (for HTTP: `application/vnd.awslambda.http-integration-response`). */
  readonly contentType: string;
  /** Bytes sent before the first chunk (the HTTP integration prelude: JSON + 8 NUL bytes). */
  readonly prelude?: Uint8Array;
  /** Turns a failure of the source into the error carried by the trailers. */
  readonly toErrorPayload: (error: unknown) => ErrorPayload;
  readonly userAgent?: string;
}

const TRAILER_TYPE = 'Lambda-Runtime-Function-Error-Type';
const TRAILER_BODY = 'Lambda-Runtime-Function-Error-Body';
let agent: Agent | undefined;

/**
 * POSTs a chunked streaming response. undici cannot send request trailers, so this rare path uses
 * node:http: a failure after the first byte is reported through the declared error trailers.
 */
export function streamResponse(
  address: string,
  path: string,
  chunks: AsyncIterable<Uint8Array>,
  options: StreamOptions,
): Promise<PostOutcome> {
  const [host, port] = splitAddress(address);
  agent ??= new Agent({ keepAlive: true });
  return new Promise((resolve, reject) => {
    const req = request({
      host,
      port,
      path,
      method: 'POST',
      agent,
      headers: {
        'content-type': options.contentType,
        'lambda-runtime-function-response-mode': 'streaming',
        'transfer-encoding': 'chunked',
        trailer: `${TRAILER_TYPE}, ${TRAILER_BODY}`,
        'user-agent': options.userAgent ?? 'lambdakit',
      },
    });
    req.on('response', (res) => {
      const body: Buffer[] = [];
      res.on('data', (chunk: Buffer) => body.push(chunk));
      res.on('end', () => resolve(postOutcome({ status: res.statusCode ?? 0, body: Buffer.concat(body) })));
    });
    req.on('error', (cause) =>
      reject(new RuntimeApiError(`streaming to the Runtime API failed (${path})`, { cause })),
    );
    pump(req, chunks, options);
  });
}

async function pump(
  req: ReturnType<typeof request>,
  chunks: AsyncIterable<Uint8Array>,
  options: StreamOptions,
) {
  try {
    if (options.prelude) await write(req, options.prelude);
    for await (const chunk of chunks) await write(req, chunk);
  } catch (error) {
    const payload = options.toErrorPayload(error);
    req.addTrailers({
      [TRAILER_TYPE]: payload.errorType,
      [TRAILER_BODY]: Buffer.from(JSON.stringify(payload)).toString('base64'),
    });
  }
  req.end();
}

function write(req: ReturnType<typeof request>, chunk: Uint8Array): Promise<void> | undefined {
  if (chunk.length === 0 || req.write(chunk)) return undefined;
  return new Promise((resolve) => req.once('drain', resolve));
}

function splitAddress(address: string): [string, number] {
  const at = address.lastIndexOf(':');
  return [address.slice(0, at).replace(/^\[|\]$/g, ''), Number(address.slice(at + 1))];
}
