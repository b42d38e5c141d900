import { describe, expect, it } from 'vitest';
import { Http } from '../../decorators/http.js';
import { createHttpHandler } from '../../src/http/handler.js';
import type { HttpRequest } from '../../src/http/request.js';
import { HttpResponse } from '../../src/http/response.js';
import { context } from './support/context.js';
import { eventFor, ROUTABLE_SOURCES, type RoutableSource } from './support/events.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]);

class Files {
  @Http('POST /upload')
  upload(req: HttpRequest) {
    return { size: req.body.length, sha: req.body.toString('hex'), type: req.headers.get('content-type') };
  }

  @Http('GET /image')
  image() {
    return HttpResponse.binary(PNG, 'image/png');
  }

  @Http('GET /login')
  login() {
    return HttpResponse.json({ ok: true })
      .cookie('a=1; Path=/; HttpOnly')
      .cookie('b=2; Secure')
      .header('x-multi', 'one')
      .header('cache-control', 'no-store');
  }

  @Http('GET /headers')
  headers(req: HttpRequest) {
    return { accept: req.headers.get('accept'), xs: req.headers.get('x-s') };
  }
}

type Json = Record<string, unknown>;
const http = createHttpHandler({ controllers: [{ instance: new Files() }] });
const handle = async (source: RoutableSource, spec: Parameters<typeof eventFor>[1]) =>
  (await http.handle(eventFor(source, spec), context)) as Json;

/** The Set-Cookie values of an encoded result, whatever the integration's format. */
function setCookies(result: Json): string[] {
  if (Array.isArray(result.cookies)) return result.cookies;
  const multi = result.multiValueHeaders as Record<string, string[]> | undefined;
  if (multi?.['set-cookie']) return multi['set-cookie'];
  const single = (result.headers ?? {}) as Record<string, string>;
  return Object.entries(single)
    .filter(([name]) => name.toLowerCase() === 'set-cookie')
    .map(([, value]) => value);
}

describe.each(ROUTABLE_SOURCES)('bodies and headers over %s', (source) => {
  it('decodes a base64 binary body in', async () => {
    const result = await handle(source, {
      method: 'POST',
      url: '/upload',
      headers: { 'content-type': ['image/png'] },
      body: PNG,
    });
    expect(JSON.parse(String(result.body))).toEqual({
      size: PNG.length,
      sha: PNG.toString('hex'),
      type: 'image/png',
    });
  });

  it('sends a binary body out base64-encoded', async () => {
    const result = await handle(source, { url: '/image' });
    expect(result.isBase64Encoded).toBe(true);
    expect(Buffer.from(String(result.body), 'base64')).toEqual(PNG);
  });

  it('answers invalid base64 with a 400 problem, not a crash', async () => {
    const event = eventFor(source, { method: 'POST', url: '/upload', body: PNG });
    event.body = '@@not base64!!';
    const result = (await http.handle(event, context)) as Json;
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(String(result.body)).detail).toMatch(/not valid base64/);
  });

  it('sends every cookie and header', async () => {
    const result = await handle(source, { url: '/login' });
    expect(setCookies(result)).toEqual(['a=1; Path=/; HttpOnly', 'b=2; Secure']);
    const headers = { ...(result.headers as Json), ...(result.multiValueHeaders as Json) };
    expect([headers['cache-control']].flat()).toEqual(['no-store']);
  });

  it('merges repeated request headers', async () => {
    const result = await handle(source, {
      url: '/headers',
      headers: { accept: ['text/html', 'application/json'], 'x-s': ['1'] },
    });
    const body = JSON.parse(String(result.body)) as Json;
    const single = source === 'alb-single';
    expect(body).toEqual({
      accept: single ? 'application/json' : expect.stringMatching(/text\/html, ?application\/json/),
      xs: '1',
    });
  });
});

describe('per-source encodings', () => {
  it('REST: multiValueHeaders carry each cookie; headers the single values', async () => {
    const result = await handle('apigw-v1', { url: '/login' });
    expect(result.multiValueHeaders).toMatchObject({
      'set-cookie': ['a=1; Path=/; HttpOnly', 'b=2; Secure'],
      'cache-control': ['no-store'],
    });
    expect(result.headers).toMatchObject({ 'cache-control': 'no-store', 'x-multi': 'one' });
    expect((result.headers as Json)['set-cookie']).toBeUndefined();
  });

  it('HTTP API and Function URL: cookies[]', async () => {
    for (const source of ['apigw-v2', 'function-url'] as const) {
      const result = await handle(source, { url: '/login' });
      expect(result.cookies).toEqual(['a=1; Path=/; HttpOnly', 'b=2; Secure']);
    }
  });

  it('ALB single-value mode: each cookie under a differently cased Set-Cookie name', async () => {
    const result = await handle('alb-single', { url: '/login' });
    expect(result.multiValueHeaders).toBeUndefined();
    const names = Object.keys(result.headers as Json).filter((n) => n.toLowerCase() === 'set-cookie');
    expect(new Set(names).size).toBe(2);
    expect(result.statusDescription).toBe('200 OK');
  });
});
