import { describe, expect, it } from 'vitest';
import type { ClassType } from '../../decorators/class-type.js';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { detectorMismatches } from '../../test/support/detector-matrix.js';
import { fixtureNames, loadFixture } from '../../test/support/fixtures.js';
import { assertMutations } from '../../test/support/sample-mutation.js';
import {
  AppSyncIdentityCognito,
  AppSyncIdentityIam,
  AppSyncIdentityLambda,
  AppSyncIdentityOidc,
  AppSyncResolverEvent,
  AppSyncResolverInfo,
  AppSyncResolverRequest,
} from './index.js';

/** A direct Lambda resolver event as the AppSync resolver context reference lays it out. */
function resolverEvent(identity: unknown): Record<string, unknown> {
  return {
    arguments: { id: 'post-1' },
    identity,
    source: null,
    request: {
      headers: { 'content-type': 'application/json', host: 'abc.appsync-api.us-east-1.amazonaws.com' },
      domainName: null,
    },
    prev: null,
    info: {
      selectionSetList: ['id', 'title', 'author', 'author/name'],
      selectionSetGraphQL: '{\n  id\n  title\n  author {\n    name\n  }\n}',
      parentTypeName: 'Query',
      fieldName: 'getPost',
      variables: { id: 'post-1' },
    },
    stash: {},
  };
}

interface Sample {
  readonly fixture: string;
  readonly type: ClassType<object>;
}

const IDENTITIES: readonly Sample[] = [
  { fixture: 'appsync-identity-iam.json', type: AppSyncIdentityIam },
  { fixture: 'appsync-identity-cognito.json', type: AppSyncIdentityCognito },
];

describe.each(IDENTITIES)('$fixture → $type.name', ({ fixture, type }) => {
  it('validates on its own and round-trips', async () => {
    const raw = loadFixture(fixture);
    const identity = await transformAndValidate(type, raw);
    expect(identity).toBeInstanceOf(type);
    expect(JSON.parse(JSON.stringify(identity))).toEqual(raw);
  });

  it('inside a resolver event: detected, identity typed by shape, round-trips', async () => {
    const raw = resolverEvent(loadFixture(fixture));
    expect(eventSourceOf(AppSyncResolverEvent)?.detect(raw)).toBe(true);
    const event = await transformAndValidate(AppSyncResolverEvent, raw);
    expect(event).toBeInstanceOf(AppSyncResolverEvent);
    expect(event.identity).toBeInstanceOf(type);
    expect(event.request).toBeInstanceOf(AppSyncResolverRequest);
    expect(event.info).toBeInstanceOf(AppSyncResolverInfo);
    expect(JSON.parse(JSON.stringify(event))).toEqual(raw);
  });
});

describe('AppSyncResolverEvent', () => {
  it('types OIDC, Lambda and API-key (null) identities', async () => {
    const oidc = await transformAndValidate(
      AppSyncResolverEvent,
      resolverEvent({ sub: 'u1', issuer: 'https://idp.example.com', claims: { sub: 'u1' } }),
    );
    expect(oidc.identity).toBeInstanceOf(AppSyncIdentityOidc);
    const lambda = await transformAndValidate(
      AppSyncResolverEvent,
      resolverEvent({ resolverContext: { tenant: 't1' } }),
    );
    expect(lambda.identity).toBeInstanceOf(AppSyncIdentityLambda);
    const apiKey = await transformAndValidate(AppSyncResolverEvent, resolverEvent(null));
    expect(apiKey.identity).toBeNull();
  });

  it('reports an invalid identity under identity.*', async () => {
    await expect(
      transformAndValidate(AppSyncResolverEvent, resolverEvent({ sub: 'u1', issuer: 'x', username: 5 })),
    ).rejects.toMatchObject({
      details: expect.arrayContaining([expect.objectContaining({ path: 'identity.username' })]),
    });
  });

  it('is detected on no fixture (none of them is a resolver event)', () => {
    expect(detectorMismatches([[AppSyncResolverEvent, []]], fixtureNames(), loadFixture)).toEqual([]);
  });

  it('mutated events either validate or fail naming the mutated path', async () => {
    const samples = [
      ...IDENTITIES.map(({ fixture }) => ({
        type: AppSyncResolverEvent,
        raw: resolverEvent(loadFixture(fixture)),
      })),
      ...IDENTITIES.map(({ fixture, type }) => ({ type, raw: loadFixture(fixture) })),
    ];
    await assertMutations(samples, { numRuns: 300 });
  });
});
