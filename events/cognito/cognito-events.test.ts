import { describe, expect, it } from 'vitest';
import type { ClassType } from '../../decorators/class-type.js';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { detectorMismatches } from '../../test/support/detector-matrix.js';
import { fixtureNames, loadFixture } from '../../test/support/fixtures.js';
import { assertMutations } from '../../test/support/sample-mutation.js';
import { isRecord } from '../support/guards.js';
import {
  CognitoAccessTokenGeneration,
  CognitoCallerContext,
  CognitoChallengeResult,
  CognitoCreateAuthChallengeEvent,
  CognitoCustomMessageEvent,
  CognitoDefineAuthChallengeEvent,
  CognitoGroupConfiguration,
  CognitoInboundFederationAttributes,
  CognitoInboundFederationEvent,
  CognitoPostAuthenticationEvent,
  CognitoPostConfirmationEvent,
  CognitoPreAuthenticationEvent,
  CognitoPreSignUpEvent,
  CognitoPreSignUpRequest,
  CognitoPreTokenGenerationEvent,
  CognitoPreTokenGenerationV2Event,
  CognitoSyncEvent,
  CognitoUserMigrationEvent,
  CognitoVerifyAuthChallengeEvent,
  CREATE_AUTH_CHALLENGE_SOURCES,
  CUSTOM_MESSAGE_SOURCES,
  DEFINE_AUTH_CHALLENGE_SOURCES,
  INBOUND_FEDERATION_SOURCES,
  POST_AUTHENTICATION_SOURCES,
  POST_CONFIRMATION_SOURCES,
  PRE_AUTHENTICATION_SOURCES,
  PRE_SIGN_UP_SOURCES,
  TOKEN_GENERATION_SOURCES,
  USER_MIGRATION_SOURCES,
  VERIFY_AUTH_CHALLENGE_SOURCES,
} from './index.js';

const P = 'cognito-event-userpools-';
interface Sample {
  readonly fixture: string;
  readonly type: ClassType<object>;
}

const CASES: readonly Sample[] = [
  { fixture: `${P}create-auth-challenge.json`, type: CognitoCreateAuthChallengeEvent },
  { fixture: `${P}custommessage.json`, type: CognitoCustomMessageEvent },
  { fixture: `${P}define-auth-challenge.json`, type: CognitoDefineAuthChallengeEvent },
  { fixture: `${P}inbound-federation-oidc.json`, type: CognitoInboundFederationEvent },
  { fixture: `${P}inbound-federation-saml.json`, type: CognitoInboundFederationEvent },
  { fixture: `${P}migrateuser.json`, type: CognitoUserMigrationEvent },
  { fixture: `${P}postauthentication.json`, type: CognitoPostAuthenticationEvent },
  { fixture: `${P}postconfirmation.json`, type: CognitoPostConfirmationEvent },
  { fixture: `${P}preauthentication.json`, type: CognitoPreAuthenticationEvent },
  { fixture: `${P}presignup.json`, type: CognitoPreSignUpEvent },
  { fixture: `${P}pretokengen.json`, type: CognitoPreTokenGenerationEvent },
  { fixture: `${P}pretokengen-v2.json`, type: CognitoPreTokenGenerationV2Event },
  { fixture: `${P}pretokengen-v2_0.json`, type: CognitoPreTokenGenerationV2Event },
  { fixture: `${P}verify-auth-challenge.json`, type: CognitoVerifyAuthChallengeEvent },
  { fixture: 'cognito-event.json', type: CognitoSyncEvent },
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
  it('user pool triggers carry caller context, request and session instances', async () => {
    const signUp = await transformAndValidate(CognitoPreSignUpEvent, loadFixture(`${P}presignup.json`));
    expect(signUp.callerContext).toBeInstanceOf(CognitoCallerContext);
    expect(signUp.request).toBeInstanceOf(CognitoPreSignUpRequest);
    const define = await transformAndValidate(
      CognitoDefineAuthChallengeEvent,
      loadFixture(`${P}define-auth-challenge.json`),
    );
    expect(define.request.session[0]).toBeInstanceOf(CognitoChallengeResult);
    const token = await transformAndValidate(
      CognitoPreTokenGenerationV2Event,
      loadFixture(`${P}pretokengen-v2.json`),
    );
    expect(token.request.groupConfiguration).toBeInstanceOf(CognitoGroupConfiguration);
    expect(token.response.claimsAndScopeOverrideDetails?.accessTokenGeneration).toBeInstanceOf(
      CognitoAccessTokenGeneration,
    );
    const saml = await transformAndValidate(
      CognitoInboundFederationEvent,
      loadFixture(`${P}inbound-federation-saml.json`),
    );
    expect(saml.request.attributes).toBeInstanceOf(CognitoInboundFederationAttributes);
  });
});

const DETECTED = [
  [CognitoPreSignUpEvent, PRE_SIGN_UP_SOURCES, '1'],
  [CognitoPostConfirmationEvent, POST_CONFIRMATION_SOURCES, '1'],
  [CognitoPreAuthenticationEvent, PRE_AUTHENTICATION_SOURCES, '1'],
  [CognitoPostAuthenticationEvent, POST_AUTHENTICATION_SOURCES, '1'],
  [CognitoCustomMessageEvent, CUSTOM_MESSAGE_SOURCES, '1'],
  [CognitoDefineAuthChallengeEvent, DEFINE_AUTH_CHALLENGE_SOURCES, '1'],
  [CognitoCreateAuthChallengeEvent, CREATE_AUTH_CHALLENGE_SOURCES, '1'],
  [CognitoVerifyAuthChallengeEvent, VERIFY_AUTH_CHALLENGE_SOURCES, '1'],
  [CognitoUserMigrationEvent, USER_MIGRATION_SOURCES, '1'],
  [CognitoPreTokenGenerationEvent, TOKEN_GENERATION_SOURCES, '1'],
  [CognitoPreTokenGenerationV2Event, TOKEN_GENERATION_SOURCES, '2'],
  [CognitoPreTokenGenerationV2Event, TOKEN_GENERATION_SOURCES, '3'],
  [CognitoInboundFederationEvent, INBOUND_FEDERATION_SOURCES, '1'],
] as const;

describe('detectors', () => {
  const types = [...new Set(CASES.map((c) => c.type))];

  it('each accepts exactly its own fixtures among all fixtures', () => {
    const expected = types.map(
      (type) => [type, CASES.filter((c) => c.type === type).map((c) => c.fixture)] as const,
    );
    expect(detectorMismatches(expected, fixtureNames(), loadFixture)).toEqual([]);
  });

  it('every documented trigger source (and event version) is claimed by exactly one class', () => {
    const base = loadFixture(`${P}presignup.json`);
    if (!isRecord(base)) throw new Error('fixture is not an object');
    for (const [owner, sources, version] of DETECTED) {
      for (const triggerSource of sources) {
        const event = { ...base, triggerSource, version };
        const claimants = types.filter((type) => eventSourceOf(type)?.detect(event));
        expect(
          claimants.map((t) => t.name),
          `${triggerSource} v${version}`,
        ).toEqual([owner.name]);
      }
    }
  });

  it('reject unknown trigger sources and non-objects', () => {
    const base = loadFixture(`${P}presignup.json`);
    if (!isRecord(base)) throw new Error('fixture is not an object');
    for (const type of types) {
      expect(eventSourceOf(type)?.detect({ ...base, triggerSource: 'PreSignUp_Unknown' })).toBe(false);
      for (const input of [null, 'x', 1, []]) expect(eventSourceOf(type)?.detect(input)).toBe(false);
    }
  });
});

describe('mutated samples', () => {
  it('either validate or fail with details naming the mutated path', async () => {
    const samples = CASES.map(({ fixture, type }) => ({ type, raw: loadFixture(fixture) }));
    await assertMutations(samples, { numRuns: 500 });
  });
});
