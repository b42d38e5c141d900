import type { IncomingMessage, ServerResponse } from 'node:http';
import { HEADER } from './constants.js';
import { sendJson } from './http-io.js';
import type { Invocation } from './invocation.js';

/**
 * Receives a streamed response (`Lambda-Runtime-Function-Response-Mode: streaming`) and passes
 * each chunk to the invoker as it arrives; the error trailers, if any, follow at the end.
 */
export function receiveStream(req: IncomingMessage, res: ServerResponse, invocation: Invocation): void {
  invocation.beginStream(req.headers['content-type'] ?? 'application/octet-stream');
  req.on('data', (chunk: Buffer) => {
    if (!invocation.writeChunk(chunk)) {
      req.pause();
      invocation.onDrain(() => req.resume());
    }
  });
  req.once('end', () => {
    invocation.endStream(errorTrailers(req.trailers));
    sendJson(res, 202, { status: 'OK' });
  });
}

function errorTrailers(trailers: NodeJS.Dict<string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of [HEADER.errorType, HEADER.errorBody]) {
    const value = trailers[name];
    if (value) result[name] = value;
  }
  return result;
}
