import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Http } from '../../decorators/http.js';
import { createHttpHandler } from '../../src/http/handler.js';
import { compress, negotiate } from '../../src/http/middleware/compress.js';
import { cors } from '../../src/http/middleware/cors.js';
import type { HttpMiddleware } from '../../src/http/middleware/middleware.js';
import { context } from './support/context.js';
import { eventFor } from './support/events.js';

const BIG = 'lambdakit '.repeat(500);

class Api {
  @Http('GET /big')
  big() {
    return { text: BIG };
  }

  @Http('GET /small')
  small() {
    return { text: 'tiny' };
  }

  @Http('POST /items')
  create() {
    return { created: true };
  }
}

type Json = Record<string, unknown>;

describe('cors()', () => {
  const http = createHttpHandler({
    controllers: [{ instance: new Api() }],
    middleware: [
      cors({ origin: ['https://app.example'], credentials: true, exposeHeaders: ['x-total'], maxAge: 600 }),
    ],
  });

  it('answers a preflight with 204 before routing', async () => {
    const event = eventFor('apigw-v2', {
      method: 'OPTIONS',
      url: '/items',
      headers: {
        origin: ['https://app.example'],
        'access-control-request-method': ['POST'],
        'access-control-request-headers': ['content-type, x-id'],
      },
    });
    const result = (await http.handle(event, context)) as Json;
    expect(result.statusCode).toBe(204);
    expect(result.headers).toMatchObject({
      'access-control-allow-origin': 'https://app.example',
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, HEAD, PUT, PATCH, POST, DELETE',
      'access-control-allow-headers': 'content-type, x-id',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
  });

  it('adds CORS headers to actual responses, error responses included', async () => {
    const ok = (await http.handle(
      eventFor('apigw-v2', { method: 'POST', url: '/items', headers: { origin: ['https://app.example'] } }),
      context,
    )) as Json;
    expect(ok.headers).toMatchObject({
      'access-control-allow-origin': 'https://app.example',
      'access-control-expose-headers': 'x-total',
    });
    const missing = (await http.handle(
      eventFor('apigw-v2', { url: '/nope', headers: { origin: ['https://app.example'] } }),
      context,
    )) as Json;
    expect(missing.statusCode).toBe(404);
    expect(missing.headers).toMatchObject({ 'access-control-allow-origin': 'https://app.example' });
  });

  it('ignores disallowed origins; without cors, OPTIONS is a 405', async () => {
    const other = (await http.handle(
      eventFor('apigw-v2', { url: '/small', headers: { origin: ['https://evil.example'] } }),
      context,
    )) as Json;
    expect((other.headers as Json)['access-control-allow-origin']).toBeUndefined();
    const plain = createHttpHandler({ controllers: [{ instance: new Api() }] });
    const preflight = eventFor('apigw-v2', {
      method: 'OPTIONS',
      url: '/items',
      headers: { origin: ['https://x'], 'access-control-request-method': ['POST'] },
    });
    expect(((await plain.handle(preflight, context)) as Json).statusCode).toBe(405);
    const star = createHttpHandler({ controllers: [{ instance: new Api() }], middleware: [cors()] });
    const any = (await star.handle(
      eventFor('alb', { url: '/small', headers: { origin: ['https://x'] } }),
      context,
    )) as Json;
    expect(any.multiValueHeaders).toMatchObject({ 'access-control-allow-origin': ['*'] });
  });
});

describe('compress()', () => {
  const http = createHttpHandler({ controllers: [{ instance: new Api() }], middleware: [compress()] });

  it.each([
    ['br', 'gzip, deflate, br', brotliDecompressSync],
    ['gzip', 'gzip;q=1, br;q=0', gunzipSync],
    ['gzip', 'gzip', gunzipSync],
  ])('compresses large bodies with %s for "%s"', async (encoding, accept, decompress) => {
    const result = (await http.handle(
      eventFor('apigw-v2', { url: '/big', headers: { 'accept-encoding': [accept] } }),
      context,
    )) as Json;
    expect(result.isBase64Encoded).toBe(true);
    expect(result.headers).toMatchObject({ 'content-encoding': encoding, vary: 'Accept-Encoding' });
    const raw = Buffer.from(String(result.body), 'base64');
    expect(raw.length).toBeLessThan(BIG.length / 5);
    expect(JSON.parse(decompress(raw).toString('utf8'))).toEqual({ text: BIG });
  });

  it('leaves small bodies and clients without Accept-Encoding alone', async () => {
    const small = (await http.handle(
      eventFor('apigw-v2', { url: '/small', headers: { 'accept-encoding': ['gzip'] } }),
      context,
    )) as Json;
    expect(small).toMatchObject({ isBase64Encoded: false, body: '{"text":"tiny"}' });
    expect((small.headers as Json)['content-encoding']).toBeUndefined();
    const none = (await http.handle(eventFor('apigw-v2', { url: '/big' }), context)) as Json;
    expect(none.isBase64Encoded).toBe(false);
    expect(JSON.parse(String(none.body))).toEqual({ text: BIG });
    const refused = (await http.handle(
      eventFor('apigw-v2', { url: '/big', headers: { 'accept-encoding': ['identity'] } }),
      context,
    )) as Json;
    expect(refused.isBase64Encoded).toBe(false);
  });

  it('honours the threshold option and never re-encodes', async () => {
    const eager = createHttpHandler({
      controllers: [{ instance: new Api() }],
      middleware: [compress({ threshold: 1, encodings: ['gzip'] })],
    });
    const result = (await eager.handle(
      eventFor('alb', { url: '/small', headers: { 'accept-encoding': ['br, gzip'] } }),
      context,
    )) as Json;
    expect(result.multiValueHeaders).toMatchObject({ 'content-encoding': ['gzip'] });
    expect(gunzipSync(Buffer.from(String(result.body), 'base64')).toString()).toBe('{"text":"tiny"}');
    expect(negotiate('*;q=0.5, br;q=0', ['br', 'gzip'])).toBe('gzip');
    expect(negotiate(null, ['br'])).toBeUndefined();
  });

  it('runs middleware in order, outermost first', async () => {
    const order: string[] = [];
    const tag =
      (name: string): HttpMiddleware =>
      async (_req, next) => {
        order.push(`${name}>`);
        const res = await next();
        order.push(`<${name}`);
        return res.header(`x-${name}`, '1');
      };
    const chained = createHttpHandler({
      controllers: [{ instance: new Api() }],
      middleware: [tag('a'), tag('b')],
    });
    const result = (await chained.handle(eventFor('apigw-v2', { url: '/small' }), context)) as Json;
    expect(order).toEqual(['a>', 'b>', '<b', '<a']);
    expect(result.headers).toMatchObject({ 'x-a': '1', 'x-b': '1' });
  });
});
