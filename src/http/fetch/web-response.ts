import { HttpResponse } from '../response.js';
import { fromWebResponse } from '../to-http-response.js';

/**
 * A fetch handler's `Response` as an `HttpResponse`. With `stream`, its body stays the web
 * `ReadableStream` it is (sent as it comes where the integration streams); otherwise it is read
 * to the end. `Set-Cookie` headers become cookies either way.
 */
export async function webResponseToHttpResponse(response: Response, stream: boolean): Promise<HttpResponse> {
  if (!stream || response.body === null) return fromWebResponse(response);
  return new HttpResponse(response.body, { status: response.status, headers: response.headers });
}
