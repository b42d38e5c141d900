import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { FIXTURE_DIR } from './paths.js';

/** The sample every contender that takes it is served (`--event` changes it for those without their own). */
export const DEFAULT_EVENT = 'apigw-v2-request-no-authorizer.json';

/** An event a contender is served instead of the `--event` fixture. */
export interface EventSpec {
  /** How the report names it. */
  readonly name: string;
  /** The bytes every invocation carries. */
  load(): Buffer;
}

/** A fixture from test/fixtures/events-aws-lambda-go/. */
function fixtureEvent(file: string): Buffer {
  return readFileSync(join(FIXTURE_DIR, file));
}

/**
 * The default sample as the event of a contender that only takes an HTTP API (v2) event (a
 * `@Handler(ApiGatewayProxyEventV2)` controller), so `--event` with another fixture leaves it on this one.
 */
export const HTTP_API_V2: EventSpec = { name: DEFAULT_EVENT, load: () => fixtureEvent(DEFAULT_EVENT) };

/** The order the HTTP contenders create, as the client posts it (a `CreateOrder`). */
const ORDER = { sku: 'BOOK-0042', quantity: 3, unitPrice: 12.5, currency: 'EUR', giftWrap: false };

/**
 * `POST /orders/42` with a JSON body, as API Gateway HTTP API (payload 2.0) delivers it: the real
 * sample (`DEFAULT_EVENT`) with its method, path and body changed.
 */
export const POST_ORDER_V2: EventSpec = {
  name: 'apigw-v2-request-no-authorizer.json as POST /orders/42 + JSON body',
  load() {
    const sample = fixtureEvent(DEFAULT_EVENT).toString('utf8');
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
