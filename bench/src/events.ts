import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { BENCH_DIR, FIXTURE_DIR } from './paths.js';

/** An event a contender is served instead of the `--event` fixture. */
export interface EventSpec {
  /** How the report names it. */
  readonly name: string;
  /** The bytes every invocation carries. */
  load(): Buffer;
}

/** A fixture from test/fixtures/events-aws-lambda-go/. */
export function fixtureEvent(file: string): Buffer {
  return readFileSync(join(FIXTURE_DIR, file));
}

/** A JSON file under bench/events/ (a direct invocation's payload). */
export function benchEvent(file: string): EventSpec {
  return { name: `bench/events/${file}`, load: () => readFileSync(join(BENCH_DIR, 'events', file)) };
}

/** The order the HTTP contenders create, as the client posts it (a `CreateOrder`). */
const ORDER = { sku: 'BOOK-0042', quantity: 3, unitPrice: 12.5, currency: 'EUR', giftWrap: false };

/**
 * `POST /orders/42` with a JSON body, as API Gateway HTTP API (payload 2.0) delivers it: the real
 * sample `apigw-v2-request-no-authorizer.json` with its method, path and body changed.
 */
export const POST_ORDER_V2: EventSpec = {
  name: 'apigw-v2-request-no-authorizer.json as POST /orders/42 + JSON body',
  load() {
    const sample = fixtureEvent('apigw-v2-request-no-authorizer.json').toString('utf8');
    const event = JSON.parse(sample) as APIGatewayProxyEventV2;
    const body = JSON.stringify(ORDER);
    const routeKey = 'POST /orders/{id}';
    const post: APIGatewayProxyEventV2 = {
      ...event,
      routeKey,
      rawPath: '/orders/42',
      headers: {
        ...event.headers,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      },
      requestContext: {
        ...event.requestContext,
        routeKey,
        http: { ...event.requestContext.http, method: 'POST', path: '/orders/42' },
      },
      pathParameters: { id: '42' },
      body,
      isBase64Encoded: false,
    };
    return Buffer.from(JSON.stringify(post));
  },
};
