import type { StreamResponse } from '../../runtime/stream-response.js';
import { declaredCharset } from '../charset.js';
import { isTextContentType } from '../content-type.js';
import type { LambdaHttpResult } from './encode.js';
import { readStream } from './parts.js';

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
  const contentType = headers['content-type'];
  const bytes = await readStream(response.body);
  // A charset other than UTF-8 was applied to the chunks already: only base64 keeps those bytes.
  const text =
    isTextContentType(contentType) &&
    !('content-encoding' in headers) &&
    declaredCharset(contentType) === undefined;
  return {
    statusCode,
    headers,
    ...(cookies.length > 0 ? { cookies } : {}),
    ...(text
      ? { body: bytes.toString('utf8'), isBase64Encoded: false }
      : { body: bytes.toString('base64'), isBase64Encoded: true }),
  };
}
