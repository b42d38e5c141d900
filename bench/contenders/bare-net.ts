/**
 * A floor candidate with no HTTP library: one keep-alive `net.Socket` per loop, requests written by
 * hand, responses parsed by hand (status line, headers, then a Content-Length or chunked body). Same
 * work as bare-undici otherwise. It exists to measure what
 * undici's `Client` costs in cold start and memory; it is not a runtime.
 */
import { connect, type Socket } from 'node:net';
import { handler } from './handler.js';

const [HOST, PORT] = splitAddress(process.env.AWS_LAMBDA_RUNTIME_API ?? '127.0.0.1:9001');
const NEXT = `GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: ${HOST}\r\n\r\n`;
const HEADER_END = Buffer.from('\r\n\r\n');

interface Reply {
  readonly headers: string;
  readonly body: Buffer;
}

/** Reads one response at a time from a socket: headers up to CRLFCRLF, then Content-Length bytes. */
class Responses {
  #buffer: Buffer = Buffer.alloc(0);
  #waiting: ((reply: Reply) => void) | undefined;

  constructor(socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
      this.#drain();
    });
  }

  next(): Promise<Reply> {
    return new Promise((resolve) => {
      this.#waiting = resolve;
      this.#drain();
    });
  }

  #drain(): void {
    if (!this.#waiting) return;
    const end = this.#buffer.indexOf(HEADER_END);
    if (end < 0) return;
    const headers = this.#buffer.toString('latin1', 0, end);
    const start = end + HEADER_END.length;
    const body = /\r\ntransfer-encoding: *chunked/i.test(headers)
      ? this.#chunked(start)
      : this.#sized(start, Number(/\r\ncontent-length: *(\d+)/i.exec(headers)?.[1] ?? 0));
    if (!body) return;
    const resolve = this.#waiting;
    this.#waiting = undefined;
    resolve({ headers, body });
  }

  #sized(start: number, length: number): Buffer | undefined {
    if (this.#buffer.length < start + length) return undefined;
    const body = this.#buffer.subarray(start, start + length);
    this.#buffer = this.#buffer.subarray(start + length);
    return body;
  }

  /** A whole chunked body (`size CRLF data CRLF … 0 CRLF CRLF`), or undefined until it has arrived. */
  #chunked(start: number): Buffer | undefined {
    const parts: Buffer[] = [];
    let at = start;
    for (;;) {
      const lineEnd = this.#buffer.indexOf('\r\n', at);
      if (lineEnd < 0) return undefined;
      const size = Number.parseInt(this.#buffer.toString('latin1', at, lineEnd), 16);
      const dataStart = lineEnd + 2;
      if (this.#buffer.length < dataStart + size + 2) return undefined;
      if (size === 0) {
        this.#buffer = this.#buffer.subarray(dataStart + 2);
        return parts.length === 1 ? parts[0] : Buffer.concat(parts);
      }
      parts.push(this.#buffer.subarray(dataStart, dataStart + size));
      at = dataStart + size + 2;
    }
  }
}

async function loop(): Promise<never> {
  const socket = connect({ host: HOST, port: PORT, noDelay: true });
  const responses = new Responses(socket);
  for (;;) {
    socket.write(NEXT);
    const next = await responses.next();
    const requestId = /\r\nlambda-runtime-aws-request-id: *([^\r]+)/i.exec(next.headers)?.[1] ?? '';
    const result = JSON.stringify(
      await handler(JSON.parse(next.body.toString('utf8')), { awsRequestId: requestId }),
    );
    socket.write(
      `POST /2018-06-01/runtime/invocation/${requestId}/response HTTP/1.1\r\nHost: ${HOST}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(result)}\r\n\r\n${result}`,
    );
    await responses.next();
  }
}

function splitAddress(address: string): [string, number] {
  const at = address.lastIndexOf(':');
  return [address.slice(0, at), Number(address.slice(at + 1))];
}

const loops = Math.max(1, Number.parseInt(process.env.AWS_LAMBDA_MAX_CONCURRENCY ?? '1', 10) || 1);
await Promise.all(Array.from({ length: loops }, loop));
