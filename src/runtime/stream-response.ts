import type { Readable } from 'node:stream';

/** What a handler may stream: a Node Readable, a web ReadableStream or any (async) iterable of chunks. */
export type StreamBody =
  | Readable
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

/** Options of a streamed response. */
export interface StreamResponseOptions {
  /**
   * The `Content-Type` sent to the Runtime API.
   * @default 'application/octet-stream', or the HTTP integration type when `prelude` is set
   */
  readonly contentType?: string;
  /**
   * For HTTP streaming: sent as JSON followed by 8 NUL bytes before the body, with content type
   * `application/vnd.awslambda.http-integration-response`. Function URLs read `statusCode`,
   * `headers` and `cookies`; REST APIs with response streaming read `statusCode`, `headers` and
   * `multiValueHeaders`.
   */
  readonly prelude?: {
    statusCode?: number;
    headers?: Record<string, string>;
    multiValueHeaders?: Record<string, string[]>;
    cookies?: string[];
  };
}

/**
 * A handler result that the runtime sends in streaming mode
 * (`Lambda-Runtime-Function-Response-Mode: streaming`). Returning a bare Readable, ReadableStream
 * or async iterable streams too; this class adds a content type or an HTTP prelude.
 *
 * @example
 * ```ts
 * run(async () => new StreamResponse(Readable.from(['a', 'b']), { contentType: 'text/plain' }));
 * ```
 */
export class StreamResponse {
  constructor(
    readonly body: StreamBody,
    readonly options: StreamResponseOptions = {},
  ) {}
}
