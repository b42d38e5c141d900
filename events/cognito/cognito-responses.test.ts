import { describe, expect, it } from 'vitest';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { loadFixture } from '../../test/support/fixtures.js';
import { isRecord } from '../support/guards.js';
import {
  CognitoCreateAuthChallengeEvent,
  CognitoCustomMessageEvent,
  CognitoDefineAuthChallengeEvent,
  CognitoInboundFederationEvent,
  CognitoPreSignUpEvent,
  CognitoPreTokenGenerationEvent,
  CognitoPreTokenGenerationV2Event,
  CognitoUserMigrationEvent,
  CognitoVerifyAuthChallengeEvent,
} from './index.js';

const P = 'cognito-event-userpools-';
const json = (value: unknown): Record<string, unknown> => {
  const parsed: unknown = JSON.parse(JSON.stringify(value));
  if (!isRecord(parsed)) throw new Error('not an object');
  return parsed;
};

/** The fixture with `response` as Cognito sends it before the function runs. */
function beforeFunction(
  name: string,
  response: Record<string, unknown>,
): { raw: unknown; expected: unknown } {
  const expected = loadFixture(name);
  if (!isRecord(expected)) throw new Error('fixture is not an object');
  return { raw: { ...expected, response }, expected };
}

describe('Cognito trigger responses (the event returned with response filled)', () => {
  it('pre sign-up: autoConfirm / autoVerifyEmail / autoVerifyPhone', async () => {
    const { raw } = beforeFunction(`${P}presignup.json`, {
      autoConfirmUser: false,
      autoVerifyEmail: false,
      autoVerifyPhone: false,
    });
    const event = await transformAndValidate(CognitoPreSignUpEvent, raw);
    expect(json(event.autoConfirm()).response).toEqual({
      autoConfirmUser: true,
      autoVerifyEmail: false,
      autoVerifyPhone: false,
    });
    expect(json(event.autoVerifyEmail().autoVerifyPhone()).response).toEqual({
      autoConfirmUser: true,
      autoVerifyEmail: true,
      autoVerifyPhone: true,
    });
    expect(json(event).request).toEqual(json(loadFixture(`${P}presignup.json`)).request);
  });

  it('custom message: setMessage reproduces the AWS sample', async () => {
    const { raw, expected } = beforeFunction(`${P}custommessage.json`, {
      smsMessage: null,
      emailMessage: null,
      emailSubject: null,
    });
    const event = await transformAndValidate(CognitoCustomMessageEvent, raw);
    event.setMessage({ sms: '<custom message to be sent in the message with code parameter>' });
    expect(json(event).response).toEqual({
      smsMessage: '<custom message to be sent in the message with code parameter>',
      emailMessage: null,
      emailSubject: null,
    });
    event.setMessage({
      email: '<custom message to be sent in the message with code parameter>',
      subject: '<custom email subject>',
    });
    expect(json(event)).toEqual(expected);
  });

  it('define auth challenge: issueTokens, failAuthentication, presentChallenge', async () => {
    const { raw } = beforeFunction(`${P}define-auth-challenge.json`, {
      challengeName: null,
      issueTokens: null,
      failAuthentication: null,
    });
    const event = await transformAndValidate(CognitoDefineAuthChallengeEvent, raw);
    expect(json(event.issueTokens()).response).toEqual({
      challengeName: null,
      issueTokens: true,
      failAuthentication: false,
    });
    expect(json(event.failAuthentication()).response).toEqual({
      challengeName: null,
      issueTokens: false,
      failAuthentication: true,
    });
    expect(json(event.presentChallenge()).response).toEqual({
      challengeName: 'CUSTOM_CHALLENGE',
      issueTokens: false,
      failAuthentication: false,
    });
  });

  it('create auth challenge: setChallenge reproduces the AWS sample', async () => {
    const { raw, expected } = beforeFunction(`${P}create-auth-challenge.json`, {
      publicChallengeParameters: null,
      privateChallengeParameters: null,
      challengeMetadata: null,
    });
    const event = await transformAndValidate(CognitoCreateAuthChallengeEvent, raw);
    event.setChallenge({
      publicParameters: { a: 'b' },
      privateParameters: { c: 'd' },
      metadata: 'challengeMetadata',
    });
    expect(json(event)).toEqual(expected);
  });

  it('verify auth challenge: answer reproduces the AWS sample', async () => {
    const { raw, expected } = beforeFunction(`${P}verify-auth-challenge.json`, { answerCorrect: null });
    const event = await transformAndValidate(CognitoVerifyAuthChallengeEvent, raw);
    expect(json(event.answer(true))).toEqual(expected);
  });

  it('user migration: migrate fills the documented response fields', async () => {
    const { raw } = beforeFunction(`${P}migrateuser.json`, {
      userAttributes: null,
      finalUserStatus: null,
      messageAction: null,
      desiredDeliveryMediums: null,
      forceAliasCreation: null,
      enableSMSMFA: null,
    });
    const event = await transformAndValidate(CognitoUserMigrationEvent, raw);
    event.migrate(
      { email: 'a@example.com', email_verified: 'true' },
      {
        finalUserStatus: 'CONFIRMED',
        messageAction: 'SUPPRESS',
        desiredDeliveryMediums: ['EMAIL'],
        forceAliasCreation: true,
      },
    );
    expect(json(event).response).toEqual({
      userAttributes: { email: 'a@example.com', email_verified: 'true' },
      finalUserStatus: 'CONFIRMED',
      messageAction: 'SUPPRESS',
      desiredDeliveryMediums: ['EMAIL'],
      forceAliasCreation: true,
      enableSMSMFA: null,
    });
    await expect(transformAndValidate(CognitoUserMigrationEvent, json(event))).resolves.toBeInstanceOf(
      CognitoUserMigrationEvent,
    );
  });

  it('pre token generation v1: addClaims / suppressClaims / overrideGroups reproduce the AWS sample', async () => {
    const { raw, expected } = beforeFunction(`${P}pretokengen.json`, { claimsOverrideDetails: null });
    const event = await transformAndValidate(CognitoPreTokenGenerationEvent, raw);
    const roles = [
      'arn:aws:iam::XXXXXXXXXXXX:role/sns_callerA',
      'arn:aws:iam::XXXXXXXXX:role/sns_callerB',
      'arn:aws:iam::XXXXXXXXXX:role/sns_callerC',
    ];
    event
      .addClaims({ attribute_key2: 'attribute_value2' })
      .addClaims({ attribute_key: 'attribute_value' })
      .suppressClaims(['email'])
      .overrideGroups({
        groupsToOverride: ['group-A', 'group-B', 'group-C'],
        iamRolesToOverride: roles,
        preferredRole: 'arn:aws:iam::XXXXXXXXXXX:role/sns_caller',
      });
    expect(json(event)).toEqual(expected);
  });

  it('pre token generation v2: overrideIdToken / overrideAccessToken / overrideGroups reproduce the AWS sample', async () => {
    const { raw, expected } = beforeFunction(`${P}pretokengen-v2_0.json`, {
      claimsAndScopeOverrideDetails: null,
    });
    const event = await transformAndValidate(CognitoPreTokenGenerationV2Event, raw);
    const claims = {
      claimsToAddOrOverride: { family_name: 'xyz', favorite_number: 2 },
      claimsToSuppress: ['email', 'birthdate'],
    };
    event
      .overrideIdToken(claims)
      .overrideAccessToken({
        ...claims,
        scopesToAdd: ['scope1', 'scope2', 'scopeLomond'],
        scopesToSuppress: ['phone_number'],
      })
      .overrideGroups({
        groupsToOverride: ['group-A', 'group-B', 'group-C'],
        iamRolesToOverride: [
          'arn:aws:iam::123456789012:role/sns_callerA',
          'arn:aws:iam::123456789012:role/sns_callerB',
          'arn:aws:iam::123456789012:role/sns_callerC',
        ],
        preferredRole: 'arn:aws:iam::123456789012:role/sns_caller',
      });
    expect(json(event)).toEqual(expected);
  });

  it('inbound federation: mapAttributes reproduces the AWS sample', async () => {
    const { raw, expected } = beforeFunction(`${P}inbound-federation-oidc.json`, {
      userAttributesToMap: null,
    });
    const event = await transformAndValidate(CognitoInboundFederationEvent, raw);
    event.mapAttributes({ email: 'testuser@example.com', given_name: 'Test', family_name: 'User' });
    expect(json(event)).toEqual(expected);
  });
});
