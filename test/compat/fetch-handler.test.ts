import { StreamResponse } from 'lambdakit';
import { createFetchHandler } from 'lambdakit/http';
import { describe, expect, it } from 'vitest';
import { context } from '../http/support/context.js';
import { eventFor, ROUTABLE_SOURCES, type RoutableSource } from '../http/support/events.js';
import { loadFixture } from '../support/fixtures.js';
import { app, PNG_BYTES } from './functions/hono-app.js';
import { decodeResult } from './support.js';

const handler = createFetchHandler(app.fetch);

async function call(source: RoutableSource, spec: Parameters<typeof eventFor>[1]) {
  const result = await handler(eventFor(source, spec), context);
  expect(result).not.toBeInstanceOf(StreamResponse);
  return decodeResult(result);
}

/** Single-value ALB target groups and Lattice v1 keep one value per query key. */
const KEEPS_REPEATED_QUERY = (source: RoutableSource) => source !== 'alb-single' && source !== 'lattice-v1';

describe.each(ROUTABLE_SOURCES)('a Hono app through createFetchHandler, %s events', (source) => {
  it('routes path parameters and the query', async () => {
    const res = await call(source, { url: '/users/7?q=hello%20world&tag=a&tag=b' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const tags = KEEPS_REPEATED_QUERY(source) ? ['a', 'b'] : ['b'];
    expect(JSON.parse(res.body.toString())).toEqual({ id: '7', q: 'hello world', tags });
  });

  it('reads a JSON body and answers with status and headers', async () => {
    const res = await call(source, {
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': ['application/json'] },
      body: JSON.stringify({ item: 'beans', qty: 2 }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe('/echo/1');
    expect(JSON.parse(res.body.toString())).toEqual({
      received: { item: 'beans', qty: 2 },
      type: 'application/json',
    });
  });

  it('passes request headers in and response headers out', async () => {
    const res = await call(source, { url: '/headers', headers: { 'x-custom': ['forty-two'] } });
    expect(res.headers['x-reply']).toBe('saw forty-two');
    expect(res.body.toString()).toBe('ok');
  });

  it('reads request cookies and sets several response cookies', async () => {
    const res = await call(source, { url: '/cookies', headers: { cookie: ['theme=dark; lang=en'] } });
    expect(JSON.parse(res.body.toString())).toEqual({ theme: 'dark', lang: 'en' });
    expect(res.cookies).toEqual(['session=s-42; Path=/; HttpOnly', 'visited=1; Max-Age=3600; Path=/']);
  });

  it('sends binary bodies base64-encoded', async () => {
    const res = await call(source, { url: '/logo.png' });
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.body).toEqual(Buffer.from(PNG_BYTES));
  });

  it('reads a streamed body to the end: the managed runtime takes buffered results', async () => {
    const res = await call(source, { url: '/ticks?gap=5' });
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe('tick 1\ntick 2\ntick 3\n');
  });

  it("answers Hono's own 404 and 500", async () => {
    const missing = await call(source, { url: '/no/such/page' });
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe('404 Not Found');
    const broken = await call(source, { url: '/boom' });
    expect(broken.status).toBe(500);
  });

  it('hands the Lambda context and the raw event to the app as its env', async () => {
    const res = await call(source, { url: '/context' });
    expect(JSON.parse(res.body.toString())).toEqual({
      fromEnv: context.awsRequestId,
      fromCurrentContext: null,
      eventHasRequestContext: source !== 'lattice-v1',
    });
  });
});

describe('createFetchHandler beyond routing', () => {
  it('answers HEAD without a body', async () => {
    const res = decodeResult(
      await handler(eventFor('apigw-v2', { method: 'HEAD', url: '/users/7' }), context),
    );
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
  });

  it('routes WebSocket messages and disconnects on method = event type, path = / + route key', async () => {
    const message = decodeResult(
      await handler(loadFixture('apigw-websocket-request-send-message.json'), context),
    );
    expect(message.status).toBe(200);
    expect(JSON.parse(message.body.toString())).toEqual({ message: '{\r\n\t"a": 1\r\n}' });
    const gone = decodeResult(await handler(loadFixture('apigw-websocket-request-disconnect.json'), context));
    expect(gone.status).toBe(204);
  });

  it('turns a throw from a bare fetch handler into a problem+json 500', async () => {
    const failing = createFetchHandler(() => {
      throw new Error('no');
    });
    const res = decodeResult(await failing(eventFor('alb', { url: '/' }), context));
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toBe('application/problem+json');
  });

  it('answers invalid base64 with a 400 before the app runs', async () => {
    const event = {
      ...eventFor('apigw-v1', { method: 'POST', url: '/echo' }),
      body: '@@@',
      isBase64Encoded: true,
    };
    expect(decodeResult(await handler(event, context)).status).toBe(400);
  });

  it('fails the invocation for an event that is not an HTTP request', async () => {
    await expect(handler(loadFixture('sqs-event.json'), context)).rejects.toMatchObject({
      errorType: 'Runtime.NoMatchingHandler',
    });
  });
});
