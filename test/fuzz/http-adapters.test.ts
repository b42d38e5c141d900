import { IsInt, IsString } from 'class-validator';
import fc from 'fast-check';
import {
  Body,
  Controller,
  Cookie,
  createApp,
  Header,
  Http,
  LambdaKitError,
  Param,
  Query,
  Req,
  StreamResponse,
} from 'lambdakit';
import type { HttpRequest } from 'lambdakit/http';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { context } from '../http/support/context.js';
import { eventFor, FIXTURES_BY_SOURCE, ROUTABLE_SOURCES } from '../http/support/events.js';
import { latticeV1Event, latticeV2Event } from '../http/support/lattice.js';
import { loadFixture } from '../support/fixtures.js';
import { samplePaths } from '../support/sample-mutation.js';

class Order {
  @IsString() sku!: string;
  @IsInt() qty!: number;
}

/** Routes that read every part of the request model, so the fuzzer reaches every lazy field. */
@Controller()
class Everything {
  @Http('ANY /')
  @Http('ANY /{proxy+}')
  all(@Req() req: HttpRequest) {
    return {
      source: req.source,
      method: req.method,
      path: req.path,
      params: req.params,
      query: [...req.query],
      headers: [...req.headers],
      cookies: req.cookies,
      text: req.text(),
      json: req.json(),
      url: req.url().href,
      web: req.toWebRequest().method,
      pathParameters: req.pathParameters,
      stageVariables: req.stageVariables,
    };
  }

  @Http('POST /orders/{id}')
  order(
    @Param('id') id: number,
    @Query('flag') flag: boolean,
    @Header('x-when') when: Date,
    @Cookie('n') n: bigint,
    @Body(Order) order: Order,
  ) {
    return { id, flag, when, n: String(n), order };
  }
}

const app = createApp({ controllers: [Everything] });

/** Real samples of every HTTP source, and requests built over them. */
const SAMPLES: unknown[] = [
  ...Object.values(FIXTURES_BY_SOURCE)
    .flat()
    .map((name) => loadFixture(name)),
  latticeV1Event(),
  latticeV2Event(),
  ...ROUTABLE_SOURCES.flatMap((source) => [
    eventFor(source, { url: '/a/b?x=1&y=%20', headers: { cookie: ['n=1'], 'x-when': ['2024-01-01'] } }),
    eventFor(source, {
      method: 'POST',
      url: '/orders/7?flag=true',
      headers: { 'content-type': ['application/json'], cookie: ['n=3'], 'x-when': ['2024-01-01'] },
      body: '{"sku":"A","qty":1}',
    }),
  ]),
];

/** Hostile scalars: broken percent-escapes, control characters, huge and odd numbers, bad base64. */
const nasty = fc.oneof(
  fc.constantFrom(
    '%',
    '%zz',
    '%C3',
    '\r\n',
    '\u0000',
    '__proto__',
    'constructor',
    '//',
    '/..',
    '{}',
    '=;=',
    '$default',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(Number.NaN, -1, 1e21, true, null),
);

/** A deep copy of `value` with the node at `path` replaced, or removed with `drop`; a path gone already is left alone. */
function replaceAt(value: unknown, path: readonly string[], replacement: unknown, drop: boolean): unknown {
  const copy: unknown = structuredClone(value);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) {
    parent =
      typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[key] : undefined;
  }
  const last = path.at(-1);
  if (last === undefined || typeof parent !== 'object' || parent === null) return copy;
  const record = parent as Record<string, unknown>;
  if (drop) delete record[last];
  else record[last] = replacement;
  return copy;
}

const mutated = fc
  .constantFrom(...SAMPLES.flatMap((sample) => samplePaths(sample).map((path) => ({ sample, path }))))
  .chain(({ sample, path }) =>
    fc.tuple(nasty, fc.boolean()).map(([replacement, drop]) => replaceAt(sample, path, replacement, drop)),
  );

/** Several mutations at once, on one sample. */
const multiplyMutated = fc.constantFrom(...SAMPLES).chain((sample) => {
  const paths = samplePaths(sample);
  return fc
    .array(fc.tuple(fc.constantFrom(...paths), nasty, fc.boolean()), { minLength: 2, maxLength: 5 })
    .map((edits) =>
      edits.reduce<unknown>((event, [path, value, drop]) => replaceAt(event, path, value, drop), sample),
    );
});

/** Where each source keeps the path, the headers and the body flag. */
const FIELDS = {
  'apigw-v1': { path: 'path', headers: 'multiValueHeaders', multi: true, base64: 'isBase64Encoded' },
  'apigw-v2': { path: 'rawPath', headers: 'headers', multi: false, base64: 'isBase64Encoded' },
  alb: { path: 'path', headers: 'multiValueHeaders', multi: true, base64: 'isBase64Encoded' },
  'alb-single': { path: 'path', headers: 'headers', multi: false, base64: 'isBase64Encoded' },
  'function-url': { path: 'rawPath', headers: 'headers', multi: false, base64: 'isBase64Encoded' },
  'lattice-v1': { path: 'raw_path', headers: 'headers', multi: false, base64: 'is_base64_encoded' },
  'lattice-v2': { path: 'path', headers: 'headers', multi: true, base64: 'isBase64Encoded' },
} as const;

/** A request of any source with an arbitrary path, arbitrary header names and values, and an arbitrary body. */
const hostileRequest = fc
  .record({
    source: fc.constantFrom(...ROUTABLE_SOURCES),
    method: fc.oneof(
      fc.constantFrom('GET', 'POST', 'HEAD', 'OPTIONS', 'CONNECT'),
      fc.string({ maxLength: 6 }),
    ),
    path: fc.oneof(
      fc.webPath(),
      fc
        .array(
          fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('%', '%2F', '%00', '..', 'orders', '7')),
          {
            maxLength: 4,
          },
        )
        .map((parts) => `/${parts.join('/')}`),
    ),
    headers: fc.dictionary(
      fc.oneof(
        fc.constantFrom('host', 'content-type', 'cookie', 'x-forwarded-proto', 'x-when'),
        fc.string({ maxLength: 8 }),
      ),
      fc.oneof(
        fc.string({ maxLength: 16 }),
        fc.constantFrom('text/plain; charset=x-nope', 'a b', 'n=%zz', 'ftp:'),
      ),
      { maxKeys: 5 },
    ),
    body: fc.string({ maxLength: 24 }),
    base64: fc.boolean(),
  })
  .map(({ source, method, path, headers, body, base64 }) => {
    const fields = FIELDS[source];
    const event = eventFor(source, { method: 'POST', url: '/orders/7' });
    event[fields.path] = path;
    event[fields.headers] = fields.multi
      ? Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]]))
      : headers;
    event.body = body;
    event[fields.base64] = base64;
    if ('httpMethod' in event) event.httpMethod = method;
    else if ('method' in event) event.method = method;
    else (event.requestContext as { http: { method: string } }).http.method = method;
    return event;
  });

let logged: MockInstance<typeof console.error>;
beforeEach(() => {
  logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * One event through the whole app: it must answer with an HTTP result (a 4xx/5xx always
 * problem+json) or reject with a typed `Runtime.*` error, and nothing it logs may be a TypeError.
 */
async function checkOne(event: unknown): Promise<void> {
  logged.mockClear();
  let outcome: unknown;
  try {
    outcome = await app.dispatch(event, context);
  } catch (error) {
    if (!(error instanceof LambdaKitError) || !error.errorType.startsWith('Runtime.')) throw error;
    return;
  }
  const escaped = logged.mock.calls
    .map(([error]) => error)
    .filter((error) => !(error instanceof LambdaKitError));
  if (escaped.length > 0)
    throw new Error(`untyped error behind a 500: ${String(escaped[0])}`, { cause: escaped[0] });
  if (outcome instanceof StreamResponse) return;
  const result = outcome as {
    statusCode?: unknown;
    headers?: Record<string, string>;
    multiValueHeaders?: unknown;
  };
  expect(typeof result.statusCode).toBe('number');
  if (Number(result.statusCode) >= 400) {
    const type =
      result.headers?.['content-type'] ??
      (result.multiValueHeaders as Record<string, string[]> | undefined)?.['content-type']?.[0];
    expect(type).toBe('application/problem+json');
  }
}

describe('the HTTP adapters under mutated events', () => {
  it('answer every single-field mutation of a real event with a response or a Runtime.* error', async () => {
    await fc.assert(fc.asyncProperty(mutated, checkOne), { numRuns: 600 });
  });

  it('answer several mutations at once the same way', async () => {
    await fc.assert(fc.asyncProperty(multiplyMutated, checkOne), { numRuns: 300 });
  });

  it('answer requests with arbitrary paths, methods, header names and values, and bodies the same way', async () => {
    await fc.assert(fc.asyncProperty(hostileRequest, checkOne), { numRuns: 400 });
  });

  it('answer arbitrary top-level JSON the same way', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), checkOne), { numRuns: 200 });
  });
});
