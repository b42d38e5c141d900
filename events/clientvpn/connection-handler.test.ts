import { describe, expect, it } from 'vitest';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { detectorMismatches } from '../../test/support/detector-matrix.js';
import { fixtureNames, loadFixture } from '../../test/support/fixtures.js';
import { assertMutations } from '../../test/support/sample-mutation.js';
import { ClientVpnConnectionHandlerEvent, ClientVpnConnectionHandlerResponse } from './index.js';

const FIXTURE = 'clientvpn-connectionhandler-request.json';
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('ClientVpnConnectionHandlerEvent', () => {
  it(`${FIXTURE} validates, keeps its kebab-case keys through a round trip and is detected`, async () => {
    const raw = loadFixture(FIXTURE);
    const event = await transformAndValidate(ClientVpnConnectionHandlerEvent, raw);
    expect(event).toBeInstanceOf(ClientVpnConnectionHandlerEvent);
    expect(event['public-ip']).toBe('10.11.12.13');
    expect(json(event)).toEqual(raw);
    expect(eventSourceOf(ClientVpnConnectionHandlerEvent)?.detect(raw)).toBe(true);
  });

  it('detects only its own fixture', () => {
    expect(
      detectorMismatches([[ClientVpnConnectionHandlerEvent, [FIXTURE]]], fixtureNames(), loadFixture),
    ).toEqual([]);
  });

  it('mutated samples either validate or fail naming the mutated path', async () => {
    await assertMutations([{ type: ClientVpnConnectionHandlerEvent, raw: loadFixture(FIXTURE) }], {
      numRuns: 200,
    });
  });
});

describe('ClientVpnConnectionHandlerResponse', () => {
  it('allow and deny produce the documented response and validate', async () => {
    const allowed = json(ClientVpnConnectionHandlerResponse.allow());
    expect(allowed).toEqual({
      allow: true,
      'error-msg-on-denied-connection': '',
      'posture-compliance-statuses': [],
      'schema-version': 'v1',
    });
    const denied = json(ClientVpnConnectionHandlerResponse.deny('Update your OS', ['NonCompliant']));
    expect(denied).toEqual({
      allow: false,
      'error-msg-on-denied-connection': 'Update your OS',
      'posture-compliance-statuses': ['NonCompliant'],
      'schema-version': 'v1',
    });
    for (const body of [allowed, denied]) {
      await expect(transformAndValidate(ClientVpnConnectionHandlerResponse, body)).resolves.toBeInstanceOf(
        ClientVpnConnectionHandlerResponse,
      );
    }
  });
});
