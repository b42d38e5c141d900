import { randomUUID } from 'node:crypto';
import { clf, grouped, joined, last } from './event-helpers.js';

/** What every event format needs to know about the request. */
export type Facts = {
  method: string;
  path: string;
  host: string;
  sourceIp: string;
  userAgent: string;
  protocol: string;
  now: Date;
};

/** An HTTP API payload 2.0 event (cookies moved from the Cookie header to `cookies[]`). */
export function v2Event(
  url: URL,
  headers: Record<string, string[]>,
  f: Facts,
  body: object,
): Record<string, unknown> {
  const { cookie, ...rest } = headers;
  const cookies = (cookie ?? [])
    .flatMap((c) => c.split(';'))
    .map((c) => c.trim())
    .filter(Boolean);
  const query = grouped(url.searchParams);
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: f.path,
    rawQueryString: url.search.slice(1),
    ...(cookies.length > 0 ? { cookies } : {}),
    headers: joined(rest),
    ...(query.size > 0 ? { queryStringParameters: joined(Object.fromEntries(query)) } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: 'local',
      domainName: f.host,
      domainPrefix: f.host.split('.')[0],
      http: {
        method: f.method,
        path: f.path,
        protocol: f.protocol,
        sourceIp: f.sourceIp,
        userAgent: f.userAgent,
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: clf(f.now),
      timeEpoch: f.now.getTime(),
    },
    ...body,
  };
}

/** A REST API payload 1.0 event on stage `local`. */
export function v1Event(
  url: URL,
  headers: Record<string, string[]>,
  f: Facts,
  body: object,
): Record<string, unknown> {
  const query = Object.fromEntries(grouped(url.searchParams));
  const hasQuery = Object.keys(query).length > 0;
  const identityNulls = [
    'accessKey',
    'accountId',
    'apiKey',
    'apiKeyId',
    'caller',
    'cognitoAuthenticationProvider',
  ];
  return {
    resource: '/{proxy+}',
    path: f.path,
    httpMethod: f.method,
    headers: last(headers),
    multiValueHeaders: headers,
    queryStringParameters: hasQuery ? last(query) : null,
    multiValueQueryStringParameters: hasQuery ? query : null,
    pathParameters: f.path === '/' ? null : { proxy: f.path.slice(1) },
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'local',
      domainName: f.host,
      domainPrefix: f.host.split('.')[0],
      extendedRequestId: randomUUID(),
      httpMethod: f.method,
      identity: {
        ...Object.fromEntries(identityNulls.map((key) => [key, null])),
        sourceIp: f.sourceIp,
        userAgent: f.userAgent,
      },
      path: `/local${f.path}`,
      protocol: f.protocol,
      requestId: randomUUID(),
      requestTime: clf(f.now),
      requestTimeEpoch: f.now.getTime(),
      resourceId: 'local',
      resourcePath: '/{proxy+}',
      stage: 'local',
    },
    ...body,
  };
}

/** An ALB event in multi-value mode (query left percent-encoded, as ALB sends it). */
export function albEvent(
  url: URL,
  headers: Record<string, string[]>,
  method: string,
  body: object,
): Record<string, unknown> {
  const query: Record<string, string[]> = {};
  for (const pair of url.search.slice(1).split('&').filter(Boolean)) {
    const [key = '', value = ''] = pair.split(/=(.*)/s);
    query[key] = [...(query[key] ?? []), value];
  }
  return {
    requestContext: {
      elb: {
        targetGroupArn:
          'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/local/0123456789abcdef',
      },
    },
    httpMethod: method,
    path: url.pathname,
    multiValueQueryStringParameters: query,
    multiValueHeaders: headers,
    ...body,
  };
}
