import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassType } from '../../decorators/class-type.js';
import { Http } from '../../decorators/http.js';
import { AlbEvent, ApiGatewayProxyEvent, ApiGatewayProxyEventV2 } from '../../events/http/index.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { detectHttpSource } from '../../src/http/detect-source.js';
import { createHttpHandler } from '../../src/http/handler.js';
import { type LocalEventFormat, nodeRequestToEvent } from '../../src/http/local/node-request-to-event.js';
import { writeResultToNodeResponse } from '../../src/http/local/write-result.js';
import type { HttpRequest } from '../../src/http/request.js';
import { HttpResponse } from '../../src/http/response.js';
import { StreamResponse } from '../../src/runtime/stream-response.js';
import { loadFixture } from '../support/fixtures.js';
import { context } from './support/context.js';

class Shop {
  @Http('GET /items/{id}')
  item(req: HttpRequest) {
    return HttpResponse.json({
      id: req.params.id,
      q: req.query.getAll('q'),
      cookies: req.cookies,
      source: req.source,
    })
      .cookie('a=1; Path=/')
      .cookie('b=2; Path=/');
  }

  @Http('POST /upload')
  upload(req: HttpRequest) {
    return HttpResponse.binary(Buffer.from([...req.body].reverse()), 'application/octet-stream');
  }

  @Http('POST /latin1')
  latin1(req: HttpRequest) {
    const type = 'text/plain; charset=iso-8859-1';
    return HttpResponse.text(req.text().toUpperCase(), { headers: { 'content-type': type } });
  }

  @Http('GET /stream')
  stream() {
    return Readable.from(['one ', 'two']);
  }
}

const http = createHttpHandler({ controllers: [{ instance: new Shop() }] });
let server: Server;
let base = '';
const events: unknown[] = [];
let fixed: unknown;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.from(chunk));
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/fixed') return writeResultToNodeResponse(res, fixed);
    const format = (req.headers['x-format'] ?? 'v2') as LocalEventFormat;
    const event = nodeRequestToEvent(req, Buffer.concat(chunks), format);
    events.push(event);
    await writeResultToNodeResponse(res, await http.handle(event, context));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const CLASSES: Record<LocalEventFormat, ClassType<object>> = {
  v2: ApiGatewayProxyEventV2,
  v1: ApiGatewayProxyEvent,
  alb: AlbEvent,
};
const SOURCES = { v2: 'apigw-v2', v1: 'apigw-v1', alb: 'alb' } as const;

describe.each(['v2', 'v1', 'alb'] as const)('local bridge, %s events over a real server', (format) => {
  it('GET with query and cookies: JSON body and every Set-Cookie come back', async () => {
    const response = await fetch(`${base}/items/a%20b?q=1&q=x%2By`, {
      headers: { 'x-format': format, cookie: 'sid=s1; theme=dark' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(await response.json()).toEqual({
      id: 'a b',
      q: ['1', 'x+y'],
      cookies: { sid: 's1', theme: 'dark' },
      source: SOURCES[format],
    });
    const event = events.at(-1);
    expect(detectHttpSource(event)).toBe(SOURCES[format]);
    await expect(transformAndValidate(CLASSES[format], event)).resolves.toBeInstanceOf(CLASSES[format]);
  });

  it('binary bodies travel base64 both ways', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    const response = await fetch(`${base}/upload`, {
      method: 'POST',
      headers: { 'x-format': format, 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from([255, 250, 2, 1, 0]));
    expect(events.at(-1)).toMatchObject({ isBase64Encoded: true, body: bytes.toString('base64') });
  });

  it('text in ISO-8859-1 arrives decoded and leaves as ISO-8859-1 bytes', async () => {
    const response = await fetch(`${base}/latin1`, {
      method: 'POST',
      headers: { 'x-format': format, 'content-type': 'text/plain; charset=iso-8859-1' },
      body: Buffer.from('café', 'latin1'),
    });
    expect(response.headers.get('content-type')).toBe('text/plain; charset=iso-8859-1');
    expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).toBe('CAFÉ');
  });

  it('unknown paths are 404 problem+json; streamed routes arrive whole', async () => {
    const missing = await fetch(`${base}/nope`, { headers: { 'x-format': format } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    const streamed = await fetch(`${base}/stream`, { headers: { 'x-format': format } });
    expect(await streamed.text()).toBe('one two');
  });
});

describe('writeResultToNodeResponse', () => {
  it.each([
    ['apigw-response.json', 200, 'Hello World'],
    ['alb-lambda-target-response.json', 200, 'Hello from Lambda'],
    ['lambda-urls-response.json', 201, '{ "message": "Hello, world!" }'],
  ])('writes the %s fixture', async (name, status, body) => {
    fixed = loadFixture(name);
    const response = await fetch(`${base}/fixed`);
    expect(response.status).toBe(status);
    expect(await response.text()).toBe(body);
    const expectedCookies: Record<string, string[]> = {
      'alb-lambda-target-response.json': [
        'cookie-name=cookie-value;Domain=myweb.com;Secure;HttpOnly',
        'cookie-name=cookie-value;Expires=May 8, 2019',
      ],
      'lambda-urls-response.json': [
        'Cookie_1=Value1; Expires=21 Oct 2021 07:48 GMT',
        'Cookie_2=Value2; Max-Age=78000',
      ],
      'apigw-response.json': [],
    };
    expect(response.headers.getSetCookie()).toEqual(expectedCookies[name]);
    if (name === 'lambda-urls-response.json')
      expect(response.headers.get('my-custom-header')).toBe('Custom Value');
  });

  it('writes a StreamResponse: prelude first, then the body', async () => {
    fixed = new StreamResponse(Readable.from(['x', 'y']), {
      prelude: { statusCode: 203, headers: { 'x-s': '1' }, cookies: ['c=1'] },
    });
    const response = await fetch(`${base}/fixed`);
    expect(response.status).toBe(203);
    expect(response.headers.get('x-s')).toBe('1');
    expect(response.headers.getSetCookie()).toEqual(['c=1']);
    expect(await response.text()).toBe('xy');
  });

  it('an HTTP API result without statusCode is a JSON 200', async () => {
    fixed = { hello: 'world' };
    const response = await fetch(`${base}/fixed`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ hello: 'world' });
  });
});
