import { Readable } from 'node:stream';
import {
  Controller,
  createApp,
  Http,
  type Middleware,
  Param,
  StreamResponse,
  UseMiddleware,
} from 'lambdakit';
import { cors, HttpResponse, TooManyRequestsError } from 'lambdakit/http';
import { afterEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { context } from './support/context.js';
import { eventFor, ROUTABLE_SOURCES } from './support/events.js';

/** Responses a route may try to send, each with something that must not reach the wire. */
const BAD: Record<string, () => unknown> = {
  'crlf-value': () => HttpResponse.text('x').header('x-note', 'a\r\nx-admin: 1'),
  'lf-value': () => new HttpResponse('x', { headers: { 'x-note': 'a\nx-admin: 1' } }),
  'control-value': () => HttpResponse.text('x').header('x-note', 'a\u0001b'),
  'space-name': () => HttpResponse.text('x').header('x admin', '1'),
  'colon-name': () => new HttpResponse('x', { headers: [['x-admin:', '1']] }),
  'cookie-crlf': () => HttpResponse.text('x').cookie('id=1\r\nx-admin: 1'),
  'cookie-name': () => HttpResponse.text('x').header('set-cookie', 'id; Domain=evil.example=1'),
  'cookie-pushed': () => {
    const res = HttpResponse.text('x');
    res.cookies.push('id=1\nx-admin: 1');
    return res;
  },
  'stream-prelude': () =>
    new StreamResponse(Readable.from(['x']), {
      prelude: { statusCode: 200, headers: { 'x-note': 'a\r\nb' } },
    }),
};

const BAD_HEADER_ERROR = new TooManyRequestsError('slow down', {
  headers: { 'retry-after': '30', 'x-note': 'a\r\nx-admin: 1' },
});
const throwBadHeaders: Middleware = async () => {
  throw BAD_HEADER_ERROR;
};

@Controller()
class Api {
  @Http('GET /bad/{kind}')
  bad(@Param('kind') kind: string) {
    return BAD[kind]?.();
  }

  @Http('GET /limited')
  limited() {
    throw BAD_HEADER_ERROR;
  }

  @Http('GET /denied')
  @UseMiddleware(throwBadHeaders)
  denied() {
    return 'never';
  }

  @Http('GET /ok')
  ok() {
    return HttpResponse.text('ok')
      .header('x-note', 'tab\tand obs-text \u00e9')
      .cookie('id=1; Path=/; HttpOnly');
  }
}

interface Result {
  statusCode: number;
  body?: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  cookies?: string[];
}

const app = createApp({ controllers: [Api] });
const corsApp = createApp({
  controllers: [Api],
  http: { middleware: [cors({ exposeHeaders: ['x-a\r\nx-b'] })] },
});

async function call(source: (typeof ROUTABLE_SOURCES)[number], url: string, on = app): Promise<Result> {
  const result = await on.dispatch(
    eventFor(source, { url, headers: { origin: ['https://a.example'] } }),
    context,
  );
  if (result instanceof StreamResponse) throw new Error('expected a buffered response');
  return result as Result;
}

/** Everything a result would put on the wire as header lines, lower-cased. */
function wire(result: Result): string {
  return JSON.stringify([result.headers, result.multiValueHeaders, result.cookies]).toLowerCase();
}

/** The `errorType` of everything logged with `console.error`. */
function loggedTypes(logged: MockInstance<typeof console.error>): unknown[] {
  return logged.mock.calls.map(([error]) => (error as { errorType?: string }).errorType);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(ROUTABLE_SOURCES)('response headers that could split or inject, to %s', (source) => {
  it.each(Object.keys(BAD))('%s: answers a bare 500 and logs Http.InvalidResponseHeader', async (kind) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await call(source, `/bad/${kind}`);
    expect(result.statusCode).toBe(500);
    expect(JSON.parse(String(result.body))).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
    });
    expect(wire(result)).not.toContain('x-admin');
    expect(loggedTypes(logged)).toEqual(['Http.InvalidResponseHeader']);
  });

  it('refuses a header cors() would set from a bad option', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await call(source, '/ok', corsApp);
    expect(result.statusCode).toBe(500);
    expect(wire(result)).not.toContain('x-b');
    expect(loggedTypes(logged)).toEqual(['Http.InvalidResponseHeader']);
  });

  it("keeps an HttpError's status and good headers, and drops and logs a bad one", async () => {
    for (const url of ['/limited', '/denied']) {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const result = await call(source, url);
      expect(result.statusCode).toBe(429);
      expect(wire(result)).toContain('"retry-after"');
      expect(wire(result)).not.toContain('x-admin');
      expect(loggedTypes(logged)).toEqual(['Http.InvalidResponseHeader']);
      vi.restoreAllMocks();
    }
  });

  it('sends valid headers and cookies as they were set', async () => {
    const result = await call(source, '/ok');
    expect(result.statusCode).toBe(200);
    expect(wire(result)).toContain('tab\\tand obs-text \u00e9');
    expect(wire(result)).toContain('id=1; path=/; httponly');
  });
});
