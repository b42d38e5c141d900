import { describe, expect, it } from 'vitest';
import type { ClassType } from '../../decorators/class-type.js';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { detectorMismatches } from '../../test/support/detector-matrix.js';
import { fixtureNames, loadFixture } from '../../test/support/fixtures.js';
import { assertMutations } from '../../test/support/sample-mutation.js';
import { isRecord } from '../support/guards.js';
import {
  ApiGatewayAuthorizerIdentity,
  ApiGatewayAuthorizerRequestContext,
  ApiGatewayAuthorizerRequestContextV2,
  ApiGatewayClientCertificate,
  ApiGatewayClientCertificateValidity,
  ApiGatewayRequestAuthorizerEvent,
  ApiGatewayRequestAuthorizerEventV2,
  ApiGatewayTokenAuthorizerEvent,
  AppSyncAuthorizerEvent,
  AppSyncAuthorizerRequestContext,
  HttpApiRequestAuthorizerEventV1,
} from './index.js';

interface Sample {
  readonly fixture: string;
  readonly type: ClassType<object>;
}

const CASES: readonly Sample[] = [
  { fixture: 'apigw-custom-auth-request.json', type: ApiGatewayTokenAuthorizerEvent },
  { fixture: 'apigw-custom-auth-request-type-request.json', type: ApiGatewayRequestAuthorizerEvent },
  { fixture: 'apigw-v2-custom-authorizer-v1-request.json', type: HttpApiRequestAuthorizerEventV1 },
  { fixture: 'apigw-v2-custom-authorizer-v2-request.json', type: ApiGatewayRequestAuthorizerEventV2 },
  { fixture: 'appsync-lambda-auth-request.json', type: AppSyncAuthorizerEvent },
];

describe.each(CASES)('$fixture → $type.name', ({ fixture, type }) => {
  it('validates, keeps every value through a JSON round trip, and is detected', async () => {
    const raw = loadFixture(fixture);
    const event = await transformAndValidate(type, raw);
    expect(event).toBeInstanceOf(type);
    expect(JSON.parse(JSON.stringify(event))).toEqual(raw);
    expect(eventSourceOf(type)?.detect(raw)).toBe(true);
  });
});

describe('nested instances', () => {
  it('REST request authorizer: context, identity and client certificate', async () => {
    const event = await transformAndValidate(
      ApiGatewayRequestAuthorizerEvent,
      loadFixture('apigw-custom-auth-request-type-request.json'),
    );
    expect(event.requestContext).toBeInstanceOf(ApiGatewayAuthorizerRequestContext);
    expect(event.requestContext.identity).toBeInstanceOf(ApiGatewayAuthorizerIdentity);
    expect(event.requestContext.identity.clientCert).toBeInstanceOf(ApiGatewayClientCertificate);
    expect(event.requestContext.identity.clientCert?.validity).toBeInstanceOf(
      ApiGatewayClientCertificateValidity,
    );
    expect(event.multiValueHeaders?.Accept).toEqual(['*/*']);
  });

  it('HTTP API payload 1.0: identity sources joined in one string', async () => {
    const event = await transformAndValidate(
      HttpApiRequestAuthorizerEventV1,
      loadFixture('apigw-v2-custom-authorizer-v1-request.json'),
    );
    expect(event.identitySource).toBe('user1,123');
    expect(event.requestContext.identity.clientCert).toBeInstanceOf(ApiGatewayClientCertificate);
  });

  it('HTTP API payload 2.0: v2 context with mutual TLS', async () => {
    const event = await transformAndValidate(
      ApiGatewayRequestAuthorizerEventV2,
      loadFixture('apigw-v2-custom-authorizer-v2-request.json'),
    );
    expect(event.identitySource).toEqual(['user1', '123']);
    expect(event.requestContext).toBeInstanceOf(ApiGatewayAuthorizerRequestContextV2);
    expect(event.requestContext.authentication?.clientCert).toBeInstanceOf(ApiGatewayClientCertificate);
    expect(event.requestContext.http.method).toBe('POST');
  });

  it('AppSync authorizer: request context', async () => {
    const event = await transformAndValidate(
      AppSyncAuthorizerEvent,
      loadFixture('appsync-lambda-auth-request.json'),
    );
    expect(event.requestContext).toBeInstanceOf(AppSyncAuthorizerRequestContext);
    expect(event.requestContext.operationName).toBe('MyQuery');
  });
});

describe('detectors', () => {
  it('each accepts exactly its own fixtures among all fixtures', () => {
    const expected = CASES.map(({ type, fixture }) => [type, [fixture]] as const);
    expect(detectorMismatches(expected, fixtureNames(), loadFixture)).toEqual([]);
  });

  it('request authorizers outrank the HTTP request classes', () => {
    for (const type of [
      ApiGatewayRequestAuthorizerEvent,
      HttpApiRequestAuthorizerEventV1,
      ApiGatewayRequestAuthorizerEventV2,
    ]) {
      expect(eventSourceOf(type)?.specificity).toBe(20);
    }
  });

  it('never throw on non-object input', () => {
    for (const { type } of CASES) {
      for (const input of [null, undefined, 42, 'x', [], [{}]])
        expect(eventSourceOf(type)?.detect(input)).toBe(false);
    }
  });
});

describe('mutated samples', () => {
  it('either validate or fail with details naming the mutated path', async () => {
    const samples = CASES.map(({ fixture, type }) => ({ type, raw: loadFixture(fixture) }));
    await assertMutations(samples, { numRuns: 400 });
  });

  it('a missing methodArn is reported at its path', async () => {
    const raw = loadFixture('apigw-custom-auth-request.json');
    if (!isRecord(raw)) throw new Error('not an object');
    const { methodArn: _dropped, ...withoutArn } = raw;
    await expect(transformAndValidate(ApiGatewayTokenAuthorizerEvent, withoutArn)).rejects.toMatchObject({
      details: [{ path: 'methodArn' }],
    });
  });
});
