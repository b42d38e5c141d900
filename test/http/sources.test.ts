import { describe, expect, it } from 'vitest';
import { Http } from '../../decorators/http.js';
import { createHttpHandler } from '../../src/http/handler.js';
import type { HttpRequest } from '../../src/http/request.js';
import { loadFixture } from '../support/fixtures.js';
import { context } from './support/context.js';
import { FIXTURES_BY_SOURCE } from './support/events.js';
import { latticeV1Event, latticeV2Event } from './support/lattice.js';

class Echo {
  @Http('ANY /')
  @Http('ANY /{proxy+}')
  echo(req: HttpRequest) {
    return {
      source: req.source,
      method: req.method,
      path: req.path,
      params: req.params,
      query: [...req.query.entries()],
      headers: Object.fromEntries(req.headers.entries()),
      cookies: req.cookies,
      body: req.text(),
    };
  }
}

type Json = Record<string, unknown>;
const http = createHttpHandler({ controllers: [{ instance: new Echo() }] });

/** What each fixture says the request is, read from the fields that integration uses. */
function expected(source: string, e: Json) {
  const rc = (e.requestContext ?? {}) as Json;
  const multiHeaders = (e.multiValueHeaders ?? undefined) as Record<string, string[]> | undefined;
  const headersFrom = (m: Record<string, string[] | string> | undefined) =>
    Object.fromEntries(
      Object.entries(m ?? {}).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v]),
    );
  switch (source) {
    case 'apigw-v1':
      return {
        method: e.httpMethod,
        path: e.path,
        query: Object.entries((e.multiValueQueryStringParameters ?? {}) as Record<string, string[]>).flatMap(
          ([k, vs]) => vs.map((v) => [k, v]),
        ),
        headers: headersFrom(multiHeaders),
        body: e.body ?? '',
      };
    case 'apigw-v2':
    case 'function-url':
      return {
        method: (rc.http as Json).method,
        path: e.rawPath,
        query: [...new URLSearchParams(String(e.rawQueryString)).entries()],
        headers: {
          ...headersFrom(e.headers as Record<string, string>),
          ...(Array.isArray(e.cookies) ? { cookie: e.cookies.join('; ') } : {}),
        },
        body: e.body ?? '',
      };
    case 'alb':
      return {
        method: e.httpMethod,
        path: e.path,
        query: Object.entries(
          (e.multiValueQueryStringParameters ?? e.queryStringParameters ?? {}) as Json,
        ).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x])),
        headers: headersFrom(multiHeaders ?? (e.headers as Record<string, string>)),
        body: e.body ?? '',
      };
    case 'websocket':
      return {
        method: rc.eventType,
        path: `/${rc.routeKey}`,
        query: Object.entries((e.multiValueQueryStringParameters ?? {}) as Record<string, string[]>).flatMap(
          ([k, vs]) => vs.map((v) => [k, v]),
        ),
        headers: headersFrom(multiHeaders ?? (e.headers as Record<string, string>)),
        body: e.body ?? '',
      };
    default:
      throw new Error(source);
  }
}

const RESULT_KEYS: Record<string, string[]> = {
  'apigw-v1': ['body', 'headers', 'isBase64Encoded', 'multiValueHeaders', 'statusCode'],
  websocket: ['body', 'headers', 'isBase64Encoded', 'multiValueHeaders', 'statusCode'],
  'apigw-v2': ['body', 'headers', 'isBase64Encoded', 'statusCode'],
  'function-url': ['body', 'headers', 'isBase64Encoded', 'statusCode'],
};

const cases = Object.entries(FIXTURES_BY_SOURCE).flatMap(([source, names]) =>
  names.map((name) => [source, name] as const),
);

describe.each(cases)('%s fixture %s through adapter → router → encoder', (source, name) => {
  it('reads method, path, query, headers, cookies and body, and encodes the per-source shape', async () => {
    const event = loadFixture(name) as Json;
    const result = (await http.handle(event, context)) as Json;
    const albMulti = source === 'alb' && 'multiValueHeaders' in event;
    const keys = RESULT_KEYS[source] ?? [
      'body',
      albMulti ? 'multiValueHeaders' : 'headers',
      'isBase64Encoded',
      'statusCode',
      'statusDescription',
    ];
    expect(Object.keys(result).sort()).toEqual([...keys].sort());
    expect(result.statusCode).toBe(200);
    if (source === 'alb') expect(result.statusDescription).toBe('200 OK');
    expect(result.isBase64Encoded).toBe(false);
    const contentType = albMulti
      ? (result.multiValueHeaders as Record<string, string[]>)['content-type']?.[0]
      : (result.headers as Record<string, string>)['content-type'];
    expect(contentType).toBe('application/json');
    const seen = JSON.parse(String(result.body)) as Json;
    const want = expected(source, event);
    expect(seen.source).toBe(source);
    expect(seen.method).toBe(want.method);
    expect(seen.path).toBe(want.path);
    expect(seen.query).toEqual(want.query);
    expect(seen.headers).toEqual(want.headers);
    expect(seen.body).toBe(want.body);
  });
});

describe('fixture details', () => {
  it('HTTP API cookies[] become cookies and a Cookie header', async () => {
    const seen = JSON.parse(
      String(((await http.handle(loadFixture('apigw-v2-request-iam.json'), context)) as Json).body),
    );
    expect(seen.cookies).toEqual({ cookie1: '', cookie2: '' });
    expect(seen.query).toEqual([
      ['parameter1', 'value1'],
      ['parameter1', 'value2'],
      ['parameter2', 'value'],
    ]);
    expect(seen.params).toEqual({ proxy: 'my/path' });
  });

  it('REST and HTTP API requests expose authorizer, stage variables and path parameters', async () => {
    let captured: HttpRequest | undefined;
    class Capture {
      @Http('ANY /{proxy+}') all(req: HttpRequest) {
        captured = req;
      }
    }
    const handler = createHttpHandler({ controllers: [{ instance: new Capture() }] });
    await handler.handle(loadFixture('apigw-request.json'), context);
    expect(captured?.authorizer).toEqual({ principalId: 'admin', clientId: 1, clientName: 'Exata' });
    expect(captured?.stageVariables).toEqual({ stageVariableName: 'stageVariableValue' });
    expect(captured?.pathParameters).toEqual({ proxy: 'hello/world' });
    expect(captured?.json()).toEqual({ a: 1 });
    await handler.handle(loadFixture('apigw-v2-request-jwt-authorizer.json'), context);
    expect(captured?.authorizer).toEqual({
      jwt: { claims: { claim1: 'value1', claim2: 'value2' }, scopes: ['scope1', 'scope2'] },
    });
    await handler.handle(loadFixture('lambda-urls-request.json'), context);
    expect(captured?.source).toBe('function-url');
    expect(captured?.headers.get('header2')).toBe('value1,value2');
    expect(captured?.text()).toBe('Hello from client!');
  });

  it.each([
    ['lattice-v1', latticeV1Event()],
    ['lattice-v2', latticeV2Event()],
  ])('%s documented event reads and encodes with statusDescription', async (source, event) => {
    const result = (await http.handle(event, context)) as Json;
    expect(Object.keys(result).sort()).toEqual([
      'body',
      'headers',
      'isBase64Encoded',
      'statusCode',
      'statusDescription',
    ]);
    const seen = JSON.parse(String(result.body)) as Json;
    expect(seen).toMatchObject({ source, method: 'POST', path: '/orders/42', body: '{"qty": 2}' });
    expect(seen.cookies).toEqual({ session: 'abc', theme: 'dark' });
    if (source === 'lattice-v2') {
      expect(seen.query).toEqual([
        ['order-id', '1'],
        ['tag', 'a'],
        ['tag', 'b'],
      ]);
      expect((seen.headers as Json).accept).toBe('application/json, text/plain');
    } else {
      expect(seen.query).toEqual([
        ['order-id', '1'],
        ['expand', 'items'],
      ]);
    }
  });
});
