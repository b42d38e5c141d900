import { LambdaKitError } from '../errors/lambdakit-error.js';

/**
 * A response header (or `Set-Cookie` value) that must not be sent: a name that is not an RFC 9110
 * token, or a value with CR, LF or another control character (header injection). A bug in the
 * function, not the client's fault: the request is answered with a bare 500 and this error is
 * logged with its reason.
 *
 * @example
 * ```ts
 * res.header('x-note', 'a\r\nset-cookie: admin=1'); // throws InvalidResponseHeaderError (Http.InvalidResponseHeader)
 * ```
 */
export class InvalidResponseHeaderError extends LambdaKitError {
  readonly errorType = 'Http.InvalidResponseHeader';
}

/**
 * Response text that cannot be sent in the charset its content type declares: a charset lambdakit
 * cannot encode, or a character outside it (`€` in ISO-8859-1). Answered with a bare 500 and
 * logged; a streamed body that meets it mid-stream ends with this error in the trailers.
 *
 * @example
 * ```ts
 * HttpResponse.text('5 €', { headers: { 'content-type': 'text/plain; charset=iso-8859-1' } });
 * // encoding it throws ResponseEncodingError (Http.ResponseEncoding)
 * ```
 */
export class ResponseEncodingError extends LambdaKitError {
  readonly errorType = 'Http.ResponseEncoding';
}
