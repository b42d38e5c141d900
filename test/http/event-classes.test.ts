import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClassType } from '../../decorators/class-type.js';
import { eventSourceOf } from '../../decorators/event-source.js';
import {
  AlbEvent,
  ApiGatewayProxyEvent,
  ApiGatewayProxyEventV2,
  ApiGatewayWebSocketEvent,
  FunctionUrlEvent,
  VpcLatticeEvent,
  VpcLatticeEventV2,
} from '../../events/http/index.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { EventValidationError } from '../../src/errors/event-validation-error.js';
import { detectHttpSource, HTTP_SOURCES, type HttpSource } from '../../src/http/detect-source.js';
import { FIXTURE_DIR, fixtureNames, loadFixture } from '../support/fixtures.js';
import { FIXTURES_BY_SOURCE } from './support/events.js';
import { latticeV1Event, latticeV2Event } from './support/lattice.js';

const CLASSES: Record<HttpSource, ClassType<object>> = {
  'apigw-v1': ApiGatewayProxyEvent,
  'apigw-v2': ApiGatewayProxyEventV2,
  alb: AlbEvent,
  'function-url': FunctionUrlEvent,
  websocket: ApiGatewayWebSocketEvent,
  'lattice-v1': VpcLatticeEvent,
  'lattice-v2': VpcLatticeEventV2,
};

/** A fixture as JSON, or its raw text when it is deliberately malformed. */
function anyFixture(name: string): unknown {
  try {
    return loadFixture(name);
  } catch {
    return readFileSync(join(FIXTURE_DIR, name), 'utf8');
  }
}

/** Every fixture of a source, plus the documented Lattice events (no Lattice fixture exists). */
function samplesOf(source: HttpSource): [string, unknown][] {
  const samples: [string, unknown][] = FIXTURES_BY_SOURCE[source].map((name) => [name, loadFixture(name)]);
  if (source === 'lattice-v1') samples.push(['lattice v1 (docs)', latticeV1Event()]);
  if (source === 'lattice-v2') samples.push(['lattice v2 (docs)', latticeV2Event()]);
  return samples;
}

describe.each(HTTP_SOURCES.map((source) => [source, CLASSES[source]] as const))(
  '%s event class',
  (source, cls) => {
    it.each(samplesOf(source))('%s validates and survives a JSON round trip', async (_name, raw) => {
      const instance = await transformAndValidate(cls, raw);
      expect(instance).toBeInstanceOf(cls);
      expect(JSON.parse(JSON.stringify(instance))).toEqual(raw);
    });

    it('is registered with a detector of specificity 10 named after the source', () => {
      const spec = eventSourceOf(cls);
      expect(spec?.name).toBe(source);
      expect(spec?.specificity).toBe(10);
    });

    it('its detector accepts exactly its own fixtures among every fixture file', () => {
      const detect = eventSourceOf(cls)?.detect ?? (() => false);
      const accepted = fixtureNames().filter((name) => detect(anyFixture(name)));
      expect(accepted.sort()).toEqual([...FIXTURES_BY_SOURCE[source]].sort());
    });
  },
);

describe('detectHttpSource', () => {
  it('claims no authorizer, response or non-HTTP fixture', () => {
    const mine = new Set(Object.values(FIXTURES_BY_SOURCE).flat());
    const claimed = fixtureNames().filter(
      (name) => !mine.has(name) && detectHttpSource(anyFixture(name)) !== undefined,
    );
    expect(claimed).toEqual([]);
    for (const name of ['apigw-custom-auth-request.json', 'apigw-custom-auth-request-type-request.json']) {
      expect(detectHttpSource(loadFixture(name))).toBeUndefined();
    }
  });

  it('recognises the documented Lattice shapes and tolerates any input', () => {
    expect(detectHttpSource(latticeV1Event())).toBe('lattice-v1');
    expect(detectHttpSource(latticeV2Event())).toBe('lattice-v2');
    for (const junk of [null, undefined, 42, 'GET /', [], {}, { requestContext: 'x' }]) {
      expect(detectHttpSource(junk)).toBeUndefined();
    }
  });

  it('tells a Function URL from an HTTP API by its domain even with a route key', () => {
    const event = { ...(loadFixture('apigw-v2-request-no-authorizer.json') as object) } as Record<
      string,
      unknown
    >;
    const rc = event.requestContext as Record<string, unknown>;
    event.requestContext = { ...rc, domainName: 'abc123.lambda-url.us-east-1.on.aws' };
    expect(detectHttpSource(event)).toBe('function-url');
  });
});

describe('validation failures', () => {
  it('lists every failing property path, nested ones included', async () => {
    const raw = { ...(loadFixture('apigw-v2-request-iam.json') as Record<string, unknown>) };
    raw.rawPath = 7;
    raw.requestContext = { ...(raw.requestContext as object), http: { method: 'GET' } };
    const error = await transformAndValidate(ApiGatewayProxyEventV2, raw).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventValidationError);
    const paths = (error as EventValidationError).details.map((d) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(['rawPath', 'requestContext.http.path', 'requestContext.http.sourceIp']),
    );
  });

  it('rejects maps whose values are not strings', async () => {
    const raw = {
      ...(loadFixture('alb-lambda-target-request-headers-only.json') as Record<string, unknown>),
      headers: { a: 1 },
    };
    const error = await transformAndValidate(AlbEvent, raw).catch((e: unknown) => e);
    expect((error as EventValidationError).details[0]?.constraints).toHaveProperty('isStringMap');
  });
});
