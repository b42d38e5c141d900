import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Http } from '../../decorators/http.js';
import { createHttpHandler } from '../../src/http/handler.js';
import type { HttpRequest } from '../../src/http/request.js';
import { HttpResponse } from '../../src/http/response.js';
import { StreamResponse } from '../../src/runtime/stream-response.js';
import { loadFixture } from '../support/fixtures.js';
import { context } from './support/context.js';
import { eventFor } from './support/events.js';

async function* ticks() {
  yield 'data: 1\n\n';
  yield Buffer.from('data: 2\n\n');
}

class Streams {
  @Http('GET /readable')
  readable() {
    return Readable.from(['a', 'b', 'c']);
  }

  @Http('GET /events')
  events() {
    return HttpResponse.stream(ticks(), { contentType: 'text/event-stream', status: 201, cookies: ['s=1'] });
  }

  @Http('GET /web-stream')
  webStream() {
    return new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('web'));
        controller.close();
      },
    });
  }

  @Http('GET /raw-stream')
  rawStream() {
    return new StreamResponse(Readable.from(['x']), {
      contentType: 'text/plain',
      prelude: { statusCode: 202, headers: { 'x-a': '1' } },
    });
  }

  @Http('POST /echo-web')
  async echoWeb(req: HttpRequest) {
    const request = req.toWebRequest();
    const text = await request.text();
    return new Response(
      JSON.stringify({
        url: request.url,
        method: request.method,
        text,
        type: request.headers.get('content-type'),
      }),
      {
        status: 202,
        headers: [
          ['content-type', 'application/json'],
          ['set-cookie', 'a=1'],
          ['set-cookie', 'b=2'],
        ],
      },
    );
  }
}

type Json = Record<string, unknown>;
const http = createHttpHandler({ controllers: [{ instance: new Streams() }] });

async function drain(body: StreamResponse['body']): Promise<string> {
  const chunks: Buffer[] = [];
  const source = body instanceof ReadableStream ? Readable.fromWeb(body) : Readable.from(body);
  for await (const chunk of source) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

describe('streaming routes', () => {
  it('Function URL: a Readable becomes a StreamResponse with the prelude', async () => {
    const result = await http.handle(eventFor('function-url', { url: '/readable' }), context);
    expect(result).toBeInstanceOf(StreamResponse);
    const stream = result as StreamResponse;
    expect(stream.options.prelude).toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/octet-stream' },
      cookies: [],
    });
    expect(await drain(stream.body)).toBe('abc');
  });

  it('Function URL: HttpResponse.stream keeps status, content type and cookies in the prelude', async () => {
    const stream = (await http.handle(
      eventFor('function-url', { url: '/events' }),
      context,
    )) as StreamResponse;
    expect(stream.options.prelude).toEqual({
      statusCode: 201,
      headers: { 'content-type': 'text/event-stream' },
      cookies: ['s=1'],
    });
    expect(await drain(stream.body)).toBe('data: 1\n\ndata: 2\n\n');
  });

  it('Function URL: web ReadableStreams and StreamResponse results stream too', async () => {
    const web = (await http.handle(
      eventFor('function-url', { url: '/web-stream' }),
      context,
    )) as StreamResponse;
    expect(await drain(web.body)).toBe('web');
    const raw = (await http.handle(
      eventFor('function-url', { url: '/raw-stream' }),
      context,
    )) as StreamResponse;
    expect(raw.options.prelude).toEqual({
      statusCode: 202,
      headers: { 'x-a': '1', 'content-type': 'text/plain' },
      cookies: [],
    });
  });

  it('integrations that cannot stream get the body buffered', async () => {
    const result = (await http.handle(eventFor('apigw-v2', { url: '/events' }), context)) as Json;
    expect(result).toMatchObject({
      statusCode: 201,
      body: 'data: 1\n\ndata: 2\n\n',
      isBase64Encoded: false,
      cookies: ['s=1'],
    });
    const alb = (await http.handle(eventFor('alb', { url: '/readable' }), context)) as Json;
    expect(Buffer.from(String(alb.body), 'base64').toString()).toBe('abc');
  });
});

describe('REST API with response streaming (streamRestApi)', () => {
  const rest = createHttpHandler({ controllers: [{ instance: new Streams() }], streamRestApi: true });

  it('streams a streamed body with status, headers and cookies in the prelude', async () => {
    const stream = (await rest.handle(eventFor('apigw-v1', { url: '/events' }), context)) as StreamResponse;
    expect(stream).toBeInstanceOf(StreamResponse);
    expect(stream.options.prelude).toEqual({
      statusCode: 201,
      headers: { 'content-type': 'text/event-stream' },
      multiValueHeaders: { 'content-type': ['text/event-stream'], 'set-cookie': ['s=1'] },
    });
    expect(await drain(stream.body)).toBe('data: 1\n\ndata: 2\n\n');
  });

  it('sends a buffered response as a stream too, as the streaming integration requires', async () => {
    const event = eventFor('apigw-v1', { method: 'POST', url: '/echo-web', body: 'hi' });
    const stream = (await rest.handle(event, context)) as StreamResponse;
    expect(stream).toBeInstanceOf(StreamResponse);
    expect(stream.options.prelude).toMatchObject({
      statusCode: 202,
      multiValueHeaders: { 'set-cookie': ['a=1', 'b=2'] },
    });
    expect(JSON.parse(await drain(stream.body))).toMatchObject({ method: 'POST', text: 'hi' });
    const missing = (await rest.handle(eventFor('apigw-v1', { url: '/nowhere' }), context)) as StreamResponse;
    expect(missing.options.prelude?.statusCode).toBe(404);
    expect(JSON.parse(await drain(missing.body))).toMatchObject({ status: 404 });
  });

  it('leaves the other integrations as they are', async () => {
    const v2 = (await rest.handle(eventFor('apigw-v2', { url: '/events' }), context)) as Json;
    expect(v2).toMatchObject({ statusCode: 201, body: 'data: 1\n\ndata: 2\n\n', cookies: ['s=1'] });
    const url = (await rest.handle(
      eventFor('function-url', { url: '/readable' }),
      context,
    )) as StreamResponse;
    expect(url.options.prelude).toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/octet-stream' },
      cookies: [],
    });
  });
});

describe('web Request / Response interop', () => {
  it('toWebRequest() carries URL, method, headers and body; a returned Response is encoded', async () => {
    const event = eventFor('apigw-v1', {
      method: 'POST',
      url: '/echo-web?x=1&y=a%20b',
      headers: { 'content-type': ['text/plain'], host: ['api.example.com'], 'x-forwarded-proto': ['https'] },
      body: 'hello',
    });
    const result = (await http.handle(event, context)) as Json;
    expect(result.statusCode).toBe(202);
    expect(result.multiValueHeaders).toMatchObject({ 'set-cookie': ['a=1', 'b=2'] });
    expect(JSON.parse(String(result.body))).toEqual({
      url: 'https://api.example.com/echo-web?x=1&y=a+b',
      method: 'POST',
      text: 'hello',
      type: 'text/plain',
    });
  });

  it('the REST fixture becomes a web Request with its JSON body', async () => {
    let request: Request | undefined;
    class Capture {
      @Http('ANY /{proxy+}') all(req: HttpRequest) {
        request = req.toWebRequest();
      }
    }
    const result = (await createHttpHandler({ controllers: [{ instance: new Capture() }] }).handle(
      loadFixture('apigw-request.json'),
      context,
    )) as Json;
    expect(result.statusCode).toBe(204);
    expect(request?.url).toBe('https://gy415nuibc.execute-api.us-east-1.amazonaws.com/hello/world?name=me');
    expect(await request?.json()).toEqual({ a: 1 });
  });
});
