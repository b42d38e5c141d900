import type { HttpSource } from '../../../src/http/detect-source.js';
import { loadFixture } from '../../support/fixtures.js';
import { latticeV1Event, latticeV2Event } from './lattice.js';

/** The fixture files of each HTTP source. */
export const FIXTURES_BY_SOURCE: Record<HttpSource, string[]> = {
  // apigw-websocket-request.json carries a connectionId, yet has a method, path and resource: REST.
  'apigw-v1': ['apigw-request.json', 'apigw-restapi-openapi-request.json', 'apigw-websocket-request.json'],
  'apigw-v2': [
    'apigw-v2-request-iam.json',
    'apigw-v2-request-jwt-authorizer.json',
    'apigw-v2-request-lambda-authorizer.json',
    'apigw-v2-request-no-authorizer.json',
  ],
  alb: ['alb-lambda-target-request-headers-only.json', 'alb-lambda-target-request-multivalue-headers.json'],
  'function-url': ['lambda-urls-request.json'],
  websocket: ['apigw-websocket-request-disconnect.json', 'apigw-websocket-request-send-message.json'],
  'lattice-v1': [],
  'lattice-v2': [],
};

/** A request to build an event for. */
export interface RequestSpec {
  method?: string;
  /** Path with an optional `?query` (written encoded, as on the wire). */
  url?: string;
  /** Header name → values (several values = a repeated header). */
  headers?: Record<string, string[]>;
  body?: string | Buffer;
}

type EventRecord = Record<string, unknown>;

function fixture(name: string): EventRecord {
  const value = loadFixture(name);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(name);
  return value as EventRecord;
}

/** HTTP sources that carry a method and path (WebSocket routes on route keys). */
export const ROUTABLE_SOURCES = [
  'apigw-v1',
  'apigw-v2',
  'alb',
  'alb-single',
  'function-url',
  'lattice-v1',
  'lattice-v2',
] as const;
export type RoutableSource = (typeof ROUTABLE_SOURCES)[number];

/**
 * An event of `source` for the request, built over a real fixture (or the documented Lattice
 * shape) with the request's fields replaced as that integration would send them.
 */
export function eventFor(source: RoutableSource, spec: RequestSpec): EventRecord {
  const method = spec.method ?? 'GET';
  const [path = '/', query = ''] = (spec.url ?? '/').split(/\?(.*)/s);
  const headers = spec.headers ?? {};
  const binary = Buffer.isBuffer(spec.body);
  const body =
    spec.body === undefined ? undefined : binary ? spec.body.toString('base64') : String(spec.body);
  const pairs = query ? query.split('&').map((p) => p.split(/=(.*)/s) as [string, string?]) : [];
  const decoded = pairs.map(([k, v = '']) => [
    decodeURIComponent(k),
    decodeURIComponent(v.replace(/\+/g, ' ')),
  ]);
  const multi = <T>(list: [string, T][]) => {
    const out: Record<string, T[]> = {};
    for (const [k, v] of list) out[k] = [...(out[k] ?? []), v];
    return out;
  };
  const single = (m: Record<string, string[]>) =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.join(',')]));
  const lastOf = (m: Record<string, string[]>) =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.at(-1) ?? '']));
  switch (source) {
    case 'apigw-v1': {
      const e = fixture('apigw-request.json');
      const q = multi(decoded as [string, string][]);
      return {
        ...e,
        httpMethod: method,
        path,
        headers: lastOf(headers),
        multiValueHeaders: headers,
        queryStringParameters: pairs.length ? lastOf(q) : null,
        multiValueQueryStringParameters: pairs.length ? q : null,
        requestContext: {
          ...(e.requestContext as EventRecord),
          httpMethod: method,
          path: `/testStage${path}`,
        },
        body: body ?? null,
        isBase64Encoded: binary,
      };
    }
    case 'apigw-v2':
    case 'function-url': {
      const e = fixture(
        source === 'apigw-v2' ? 'apigw-v2-request-no-authorizer.json' : 'lambda-urls-request.json',
      );
      const { cookie, ...rest } = headers;
      const rc = e.requestContext as EventRecord;
      // HTTP APIs deliver the path percent-decoded; Function URLs keep it encoded.
      const rawPath = source === 'apigw-v2' ? decodeURIComponent(path) : path;
      const out: EventRecord = {
        ...e,
        rawPath,
        rawQueryString: query,
        headers: single(rest),
        queryStringParameters: pairs.length ? single(multi(decoded as [string, string][])) : undefined,
        requestContext: { ...rc, http: { ...(rc.http as EventRecord), method, path: rawPath } },
        isBase64Encoded: binary,
      };
      out.cookies = cookie ? cookie.flatMap((c) => c.split(';').map((s) => s.trim())) : undefined;
      out.body = body;
      return JSON.parse(JSON.stringify(out)) as EventRecord;
    }
    case 'alb':
    case 'alb-single': {
      const isMulti = source === 'alb';
      const e = fixture(
        isMulti
          ? 'alb-lambda-target-request-multivalue-headers.json'
          : 'alb-lambda-target-request-headers-only.json',
      );
      const raw = multi(pairs.map(([k, v = '']) => [k, v]));
      return {
        requestContext: e.requestContext,
        httpMethod: method,
        path,
        ...(isMulti
          ? { multiValueQueryStringParameters: raw, multiValueHeaders: headers }
          : { queryStringParameters: lastOf(raw), headers: lastOf(headers) }),
        body: body ?? '',
        isBase64Encoded: binary,
      };
    }
    case 'lattice-v1':
      return {
        ...latticeV1Event(),
        method,
        raw_path: path,
        headers: single(headers),
        query_string_parameters: lastOf(multi(decoded as [string, string][])),
        body: body ?? '',
        is_base64_encoded: binary,
      };
    case 'lattice-v2':
      return {
        ...latticeV2Event(),
        method,
        path,
        headers,
        queryStringParameters: multi(decoded as [string, string][]),
        body,
        isBase64Encoded: binary,
      };
  }
}

/** The integration `detectHttpSource` reports for a routable source name. */
export function httpSourceOf(source: RoutableSource): HttpSource {
  return source === 'alb-single' ? 'alb' : source;
}
