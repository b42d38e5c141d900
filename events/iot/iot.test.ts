import { describe, expect, it } from 'vitest';
import type { ClassType } from '../../decorators/class-type.js';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { detectorMismatches } from '../../test/support/detector-matrix.js';
import { fixtureNames, loadFixture } from '../../test/support/fixtures.js';
import { assertMutations } from '../../test/support/sample-mutation.js';
import { IamPolicyDocument, IamPolicyStatement } from '../support/policy-document.js';
import {
  IotButtonEvent,
  IotConnectionMetadata,
  IotCustomAuthorizerEvent,
  IotCustomAuthorizerResponse,
  IotOneClickButtonClicked,
  IotOneClickEvent,
  IotOneClickPlacementInfo,
  IotPreProvisioningHookEvent,
  IotPreProvisioningHookResponse,
  IotProtocolData,
  IotProtocolDataMqtt,
} from './index.js';

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

interface Sample {
  readonly fixture: string;
  readonly type: ClassType<object>;
}

const EVENTS: readonly Sample[] = [
  { fixture: 'iot-button-event.json', type: IotButtonEvent },
  { fixture: 'iot-1-click-event.json', type: IotOneClickEvent },
  { fixture: 'iot-custom-auth-request.json', type: IotCustomAuthorizerEvent },
  { fixture: 'iot-preprovision-hook-request.json', type: IotPreProvisioningHookEvent },
];
const RESPONSES: readonly Sample[] = [
  { fixture: 'iot-custom-auth-response.json', type: IotCustomAuthorizerResponse },
  { fixture: 'iot-preprovision-hook-response.json', type: IotPreProvisioningHookResponse },
];

describe.each(EVENTS)('$fixture → $type.name', ({ fixture, type }) => {
  it('validates, keeps every value through a JSON round trip, and is detected', async () => {
    const raw = loadFixture(fixture);
    const event = await transformAndValidate(type, raw);
    expect(event).toBeInstanceOf(type);
    expect(json(event)).toEqual(raw);
    expect(eventSourceOf(type)?.detect(raw)).toBe(true);
  });
});

describe.each(RESPONSES)('$fixture → $type.name', ({ fixture, type }) => {
  it('parses and round-trips', async () => {
    const raw = loadFixture(fixture);
    const response = await transformAndValidate(type, raw);
    expect(response).toBeInstanceOf(type);
    expect(json(response)).toEqual(raw);
  });
});

describe('nested instances', () => {
  it('1-Click and custom authorizer events', async () => {
    const click = await transformAndValidate(IotOneClickEvent, loadFixture('iot-1-click-event.json'));
    expect(click.deviceEvent.buttonClicked).toBeInstanceOf(IotOneClickButtonClicked);
    expect(click.placementInfo).toBeInstanceOf(IotOneClickPlacementInfo);
    const auth = await transformAndValidate(
      IotCustomAuthorizerEvent,
      loadFixture('iot-custom-auth-request.json'),
    );
    expect(auth.protocolData).toBeInstanceOf(IotProtocolData);
    expect(auth.protocolData.mqtt).toBeInstanceOf(IotProtocolDataMqtt);
    expect(auth.connectionMetadata).toBeInstanceOf(IotConnectionMetadata);
    const response = await transformAndValidate(
      IotCustomAuthorizerResponse,
      loadFixture('iot-custom-auth-response.json'),
    );
    expect(response.policyDocuments[0]).toBeInstanceOf(IamPolicyDocument);
    expect(response.policyDocuments[0]?.Statement[0]).toBeInstanceOf(IamPolicyStatement);
  });
});

describe('detectors', () => {
  it('each accepts exactly its own fixtures among all fixtures', () => {
    const expected = EVENTS.map(({ type, fixture }) => [type, [fixture]] as const);
    expect(detectorMismatches(expected, fixtureNames(), loadFixture)).toEqual([]);
  });
});

describe('response builders', () => {
  it('IotCustomAuthorizerResponse.allow reproduces the AWS sample', () => {
    const built = IotCustomAuthorizerResponse.allow('xxxxxxxx', [
      IamPolicyStatement.of(
        'Allow',
        ['iot:Publish'],
        ['arn:aws:iot:us-east-1:<your_aws_account_id>:topic/customauthtesting'],
      ),
    ]);
    expect(json(built)).toEqual(loadFixture('iot-custom-auth-response.json'));
  });

  it('IotCustomAuthorizerResponse.deny refuses with no policy and the given times', async () => {
    const denied = json(IotCustomAuthorizerResponse.deny('device-9', { refreshAfterInSeconds: 600 }));
    expect(denied).toEqual({
      isAuthenticated: false,
      principalId: 'device-9',
      disconnectAfterInSeconds: 86400,
      refreshAfterInSeconds: 600,
      policyDocuments: [],
    });
    await expect(transformAndValidate(IotCustomAuthorizerResponse, denied)).resolves.toBeInstanceOf(
      IotCustomAuthorizerResponse,
    );
  });

  it('IotPreProvisioningHookResponse.allow reproduces the AWS sample; deny refuses', () => {
    const built = IotPreProvisioningHookResponse.allow({ Key1: 'newCustomValue1', Key2: 'newCustomValue2' });
    expect(json(built)).toEqual(loadFixture('iot-preprovision-hook-response.json'));
    expect(json(IotPreProvisioningHookResponse.deny())).toEqual({ allowProvisioning: false });
  });
});

describe('mutated samples', () => {
  it('either validate or fail with details naming the mutated path', async () => {
    const samples = [...EVENTS, ...RESPONSES].map(({ fixture, type }) => ({
      type,
      raw: loadFixture(fixture),
    }));
    await assertMutations(samples, { numRuns: 400 });
  });
});
