import { isRecord } from '../../../events/support/guards.js';
import { NoMatchingHandlerError } from '../../errors/runtime-errors.js';
import { toHttpRequest } from '../adapters/to-http-request.js';
import { detectHttpSource } from '../detect-source.js';
import { type EncodeTarget, encodeResponse } from '../encoders/encode.js';
import { errorToResponse } from '../error-response.js';
import type { HttpResponse } from '../response.js';
import type { FetchHandler, LambdaHttpHandler, RunFetchOptions } from './fetch-handler.js';
import { webResponseToHttpResponse } from './web-response.js';

/**
 * A fetch handler as a Lambda handler: the event becomes a web `Request` through lambdakit's
 * adapters (its URL carries the path as the event did, an API Gateway stage prefix included), the
 * `Response` is encoded for the integration that sent the event. A throw from the
 * fetch handler is a bare 500 (an `HttpError` its problem document), as for `@Http` routes; an
 * event that is not an HTTP request fails the invocation with `Runtime.NoMatchingHandler`.
 */
export function fetchToLambdaHandler(
  fetchHandler: FetchHandler,
  options: RunFetchOptions,
): LambdaHttpHandler {
  return async (event, context) => {
    const source = detectHttpSource(event);
    if (!source) throw new NoMatchingHandlerError('the event is not an HTTP request');
    const target: EncodeTarget = {
      source,
      multiValue: isRecord(event) && isRecord(event.multiValueHeaders),
      restApiStreaming: options.streamRestApi === true,
    };
    const stream =
      (source === 'function-url' && options.streamFunctionUrl === true) ||
      (source === 'apigw-v1' && options.streamRestApi === true);
    let response: HttpResponse;
    try {
      const request = toHttpRequest(event, { source });
      const answer = await fetchHandler(request.toWebRequest(), { event, lambdaContext: context });
      response = await webResponseToHttpResponse(answer, stream);
      if (request.method === 'HEAD') response.body = undefined;
    } catch (error) {
      response = errorToResponse(error);
    }
    return encodeResponse(response, target);
  };
}
