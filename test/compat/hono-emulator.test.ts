import { type Emulator, HTTP_EVENT_FORMATS } from 'lambdakit/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, serveHttpApp } from '../emulator/support/http-app.js';
import { PNG_BYTES } from './functions/hono-app.js';
import { bundleCompatFunction } from './support.js';

let outfile: string;
beforeAll(async () => {
  outfile = await bundleCompatFunction('hono-fetch');
});

describe.each(HTTP_EVENT_FORMATS)(
  'runFetch(app.fetch) of a Hono app on the emulator, %s events',
  (format) => {
    let emulator: Emulator;
    beforeAll(async () => {
      ({ emulator } = await serveHttpApp(outfile, { httpFormat: format }));
    });
    afterAll(() => emulator.stop());

    it('routes path parameters and a repeated query key', async () => {
      const res = await fetch(`${emulator.url}/users/7?q=x&tag=a&tag=b`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ id: '7', q: 'x', tags: ['a', 'b'] });
    });

    it('reads a JSON body and answers with status, headers and cookies', async () => {
      const created = await fetch(`${emulator.url}/echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ item: 'beans' }),
      });
      expect(created.status).toBe(201);
      expect(created.headers.get('location')).toBe('/echo/1');
      expect(await created.json()).toEqual({ received: { item: 'beans' }, type: 'application/json' });

      const headers = await fetch(`${emulator.url}/headers`, { headers: { 'x-custom': 'hi' } });
      expect(headers.headers.get('x-reply')).toBe('saw hi');

      const cookies = await send(`${emulator.url}/cookies`, { headers: { cookie: 'theme=dark; lang=en' } });
      expect(JSON.parse(cookies.body.toString())).toEqual({ theme: 'dark', lang: 'en' });
      expect(cookies.headers['set-cookie']).toEqual([
        'session=s-42; Path=/; HttpOnly',
        'visited=1; Max-Age=3600; Path=/',
      ]);
    });

    it('sends bytes, a streamed body read to the end, and 404s', async () => {
      const logo = await send(`${emulator.url}/logo.png`);
      expect(logo.body).toEqual(Buffer.from(PNG_BYTES));
      const ticks = await send(`${emulator.url}/ticks?gap=10`);
      expect(ticks.body.toString()).toBe('tick 1\ntick 2\ntick 3\n');
      const missing = await fetch(`${emulator.url}/nope`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe('404 Not Found');
    });

    it("gives the app the invocation's context, as env and through currentContext()", async () => {
      const body = (await (await fetch(`${emulator.url}/context`)).json()) as Record<string, unknown>;
      expect(body.fromEnv).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.fromCurrentContext).toBe(body.fromEnv);
    });
  },
);

describe('runFetch streams where the integration streams', () => {
  it('sends a streamed Response to a RESPONSE_STREAM Function URL as it is produced', async () => {
    const { emulator } = await serveHttpApp(outfile, {
      httpFormat: 'function-url',
      env: { STREAM_FUNCTION_URL: '1' },
    });
    try {
      const res = await send(`${emulator.url}/ticks?gap=400`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.headers['transfer-encoding']).toBe('chunked');
      expect(res.body.toString()).toBe('tick 1\ntick 2\ntick 3\n');
      expect(res.chunks[0]?.bytes.toString()).toBe('tick 1\n');
      // Two gaps of 400 ms follow the first chunk: it reached the client well before the end.
      expect(res.endedAt - (res.chunks[0]?.at ?? 0)).toBeGreaterThanOrEqual(600);
      const cookies = await send(`${emulator.url}/cookies`);
      expect(cookies.headers['set-cookie']).toEqual([
        'session=s-42; Path=/; HttpOnly',
        'visited=1; Max-Age=3600; Path=/',
      ]);
    } finally {
      await emulator.stop();
    }
  });

  it('sends every response to a streaming REST API integration as a stream', async () => {
    const { emulator } = await serveHttpApp(outfile, { httpFormat: 'v1', env: { STREAM_REST_API: '1' } });
    try {
      const res = await send(`${emulator.url}/ticks?gap=400`);
      expect(res.body.toString()).toBe('tick 1\ntick 2\ntick 3\n');
      expect(res.endedAt - (res.chunks[0]?.at ?? 0)).toBeGreaterThanOrEqual(600);
      const users = await fetch(`${emulator.url}/users/3`);
      expect(await users.json()).toEqual({ id: '3', q: null, tags: [] });
    } finally {
      await emulator.stop();
    }
  });
});
