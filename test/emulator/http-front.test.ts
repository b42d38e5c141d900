import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator, InvocationReport } from '../../src/emulator/index.js';
import { PNG_BYTES } from './functions/http-app.js';
import { bundleHttpApp, send, serveHttpApp } from './support/http-app.js';
import { eventually } from './support/start.js';

describe('the HTTP front (HTTP API v2 events)', () => {
  let emulator: Emulator;
  let reports: InvocationReport[];
  beforeAll(async () => {
    ({ emulator, reports } = await serveHttpApp(await bundleHttpApp('v2')));
  });
  afterAll(() => emulator.stop());

  it('routes a GET with a path parameter and a repeated query key', async () => {
    const res = await fetch(`${emulator.url}/orders/42?expand=items&expand=customer`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ id: 42, expand: ['items', 'customer'] });
  });

  it('passes a JSON body to a validated @Body and sends back status and headers', async () => {
    const created = await fetch(`${emulator.url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ item: 'espresso beans', quantity: 2 }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/orders/1001');
    expect(await created.json()).toEqual({ id: 'ord-1001', item: 'espresso beans', quantity: 2 });

    const invalid = await fetch(`${emulator.url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ item: 'espresso beans', quantity: 0 }),
    });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toBe('application/problem+json');
    expect(JSON.stringify(await invalid.json())).toContain('quantity');
  });

  it('sends binary bodies as bytes', async () => {
    const res = await send(`${emulator.url}/logo.png`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.body).toEqual(Buffer.from(PNG_BYTES));
  });

  it('reads request cookies and sets several response cookies', async () => {
    const res = await send(`${emulator.url}/session`, { headers: { cookie: 'theme=dark; lang=en' } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString())).toEqual({ theme: 'dark' });
    expect(res.headers['set-cookie']).toEqual(['session=s-42; Path=/; HttpOnly', 'visited=1; Max-Age=3600']);
  });

  it("answers the app router's 404 and 405 as the function sent them", async () => {
    const missing = await fetch(`${emulator.url}/no/such/page`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(await missing.json()).toMatchObject({ status: 404, title: 'Not Found' });
    const wrongMethod = await fetch(`${emulator.url}/orders/42`, { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers a function error with 500 Internal Server Error, as an HTTP API does', async () => {
    const res = await fetch(`${emulator.url}/crash`);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.text()).toBe('{"message":"Internal Server Error"}');
    expect(res.headers.get('x-lambdakit-error')).toBe('TypeError: the function crashed on purpose');
    // The function stays warm: the next request is served by the same process.
    expect((await fetch(`${emulator.url}/orders/1`)).status).toBe(200);
  });

  it('buffers a streamed route for HTTP API events, which cannot stream', async () => {
    const res = await send(`${emulator.url}/ticks?gap=10`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body.toString()).toBe('tick 1\ntick 2\ntick 3\n');
  });

  it('sends the event an HTTP API would: v2 source, path, query, host and body', async () => {
    const res = await fetch(`${emulator.url}/echo/a/b%20c?x=1&y=two`, {
      method: 'PUT',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(await res.json()).toEqual({
      source: 'apigw-v2',
      method: 'PUT',
      path: '/echo/a/b%20c',
      query: { x: '1', y: 'two' },
      host: new URL(emulator.url).host,
      body: 'hello',
    });
  });

  it('keeps the Lambda API paths for the emulator and reports HTTP invocations with method and path', async () => {
    const api = await fetch(`${emulator.url}/2015-03-31/functions/function/nope`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ errorType: 'NotFound' });
    const runtime = await fetch(`${emulator.url}/2018-06-01/runtime/whatever`);
    expect(runtime.status).toBe(404);

    await fetch(`${emulator.url}/orders/7?expand=lines`);
    await eventually(() => reports.some((report) => report.http?.path === '/orders/7?expand=lines'));
    const report = reports.find((candidate) => candidate.http?.path === '/orders/7?expand=lines');
    expect(report).toMatchObject({
      status: 'success',
      http: { method: 'GET', path: '/orders/7?expand=lines' },
    });
    const crash = reports.find((candidate) => candidate.http?.path === '/crash');
    expect(crash).toMatchObject({ status: 'error', errorType: 'TypeError' });
  });
});

describe('the HTTP front with other integrations', () => {
  let outfile: string;
  beforeAll(async () => {
    outfile = await bundleHttpApp('formats');
  });

  it.each([
    ['v1', 'apigw-v1'],
    ['alb', 'alb'],
    ['function-url', 'function-url'],
  ] as const)('builds %s events the app detects as %s', async (format, source) => {
    const { emulator } = await serveHttpApp(outfile, { httpFormat: format });
    try {
      const echo = await fetch(`${emulator.url}/echo/items?page=2`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"a":1}',
      });
      expect(echo.status).toBe(200);
      expect(await echo.json()).toMatchObject({
        source,
        method: 'POST',
        path: '/echo/items',
        query: { page: '2' },
        body: '{"a":1}',
      });
      const order = await fetch(`${emulator.url}/orders/9?expand=items`);
      expect(await order.json()).toEqual({ id: 9, expand: ['items'] });
      const cookies = await send(`${emulator.url}/session`, { headers: { cookie: 'theme=light' } });
      expect(JSON.parse(cookies.body.toString())).toEqual({ theme: 'light' });
      expect(cookies.headers['set-cookie']).toEqual([
        'session=s-42; Path=/; HttpOnly',
        'visited=1; Max-Age=3600',
      ]);
      const logo = await send(`${emulator.url}/logo.png`);
      expect(logo.body).toEqual(Buffer.from(PNG_BYTES));
    } finally {
      await emulator.stop();
    }
  });

  it('streams a Function URL response to the client as it is produced', async () => {
    const { emulator } = await serveHttpApp(outfile, { httpFormat: 'function-url' });
    try {
      const res = await send(`${emulator.url}/ticks?gap=400`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.headers['transfer-encoding']).toBe('chunked');
      expect(res.body.toString()).toBe('tick 1\ntick 2\ntick 3\n');
      expect(res.complete).toBe(true);
      const first = res.chunks[0]!;
      expect(first.bytes.toString()).toBe('tick 1\n');
      // Two gaps of 400 ms follow the first chunk: it reached the client well before the end.
      expect(res.endedAt - first.at).toBeGreaterThanOrEqual(600);
    } finally {
      await emulator.stop();
    }
  });

  it('streams a REST API response, cookies and all, when the integration streams', async () => {
    const { emulator } = await serveHttpApp(outfile, {
      httpFormat: 'v1',
      env: { HTTP_APP_STREAM_REST_API: '1' },
    });
    try {
      const res = await send(`${emulator.url}/ticks?gap=400`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.body.toString()).toBe('tick 1\ntick 2\ntick 3\n');
      expect(res.endedAt - res.chunks[0]!.at).toBeGreaterThanOrEqual(600);
      const session = await send(`${emulator.url}/session`);
      expect(session.status).toBe(200);
      expect(session.headers['set-cookie']).toEqual([
        'session=s-42; Path=/; HttpOnly',
        'visited=1; Max-Age=3600',
      ]);
      expect(JSON.parse(session.body.toString())).toEqual({ theme: null });
    } finally {
      await emulator.stop();
    }
  });

  it('cuts the connection when a streamed response fails half way', async () => {
    const { emulator, reports } = await serveHttpApp(outfile, { httpFormat: 'function-url' });
    try {
      const res = await send(`${emulator.url}/broken-stream`);
      expect(res.status).toBe(200);
      expect(res.body.toString()).toBe('first part\n');
      expect(res.complete).toBe(false);
      await eventually(() => reports.length > 0);
      expect(reports[0]).toMatchObject({ status: 'error', http: { method: 'GET', path: '/broken-stream' } });
    } finally {
      await emulator.stop();
    }
  });

  it('keeps reading a stream whose client went away, so the function finishes in time', async () => {
    const { emulator, reports } = await serveHttpApp(outfile, { httpFormat: 'function-url' });
    try {
      // 20 chunks of 64 KiB: far more than the buffers between the function and the client hold.
      await new Promise<void>((resolveAbort, reject) => {
        const req = request(`${emulator.url}/ticks?gap=20&count=20&pad=65536`, (res) => {
          res.once('data', () => {
            req.destroy();
            resolveAbort();
          });
        });
        req.once('error', (error) => (req.destroyed ? undefined : reject(error)));
        req.end();
      });
      await eventually(() => reports.length > 0, 2500);
      expect(reports[0]).toMatchObject({
        status: 'success',
        http: { path: '/ticks?gap=20&count=20&pad=65536' },
      });
      expect((await fetch(`${emulator.url}/orders/3`)).status).toBe(200);
    } finally {
      await emulator.stop();
    }
  });

  it('answers a timed-out invocation as the function error it is to an HTTP API: 500', async () => {
    const { emulator, reports } = await serveHttpApp(outfile, { timeoutSeconds: 1 });
    try {
      const res = await fetch(`${emulator.url}/slow`);
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ message: 'Internal Server Error' });
      expect(res.headers.get('x-lambdakit-error')).toMatch(
        /^Sandbox\.Timedout: RequestId: \S+ Error: Task timed out after 1\.00 seconds$/,
      );
      expect(reports[0]).toMatchObject({ status: 'timeout', http: { method: 'GET', path: '/slow' } });
    } finally {
      await emulator.stop();
    }
  });
});
