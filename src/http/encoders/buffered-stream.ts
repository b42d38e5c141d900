import type { StreamResponse } from '../../runtime/stream-response.js';
import type { LambdaHttpResult } from './encode.js';
import { bytesBody, readStream, sentAsText } from './parts.js';

/**
 * A streamed Function URL response as the buffered result a managed Node.js runtime can send (it
 * streams only handlers wrapped in its own `awslambda.streamifyResponse`): the prelude's status,
 * headers and cookies, and the body read to its end, as text or base64 like any buffered response.
 *
 * @example
 * ```ts
 * const result = await bufferStreamResponse(toStreamResponse(HttpResponse.stream(lines()), body));
 * // { statusCode: 200, headers: {...}, body: 'line 1\n…', isBase64Encoded: false }
 * ```
 */
export async function bufferStreamResponse(response: StreamResponse): Promise<LambdaHttpResult> {
  const { statusCode = 200, headers = {}, cookies = [] } = response.options.prelude ?? {};
  const text = sentAsText(headers['content-type'], 'content-encoding' in headers);
  return {
    statusCode,
    headers,
    ...(cookies.length > 0 ? { cookies } : {}),
    ...bytesBody(await readStream(response.body), text),
  };
}
