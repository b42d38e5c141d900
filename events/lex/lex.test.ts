import { describe, expect, it } from 'vitest';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { detectorMismatches } from '../../test/support/detector-matrix.js';
import { fixtureNames, loadFixture } from '../../test/support/fixtures.js';
import { assertMutations } from '../../test/support/sample-mutation.js';
import {
  LexBot,
  LexCurrentIntent,
  LexDialogAction,
  LexEvent,
  LexGenericAttachment,
  LexResponse,
  LexResponseCard,
  LexV2Bot,
  LexV2Event,
  LexV2Intent,
  LexV2Interpretation,
  LexV2ProposedNextState,
  LexV2Response,
  LexV2SessionState,
} from './index.js';

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A Lex V2 dialog code hook event laid out as the Lex V2 developer guide's input event format. */
function lexV2Event(): Record<string, unknown> {
  const intent = {
    name: 'OrderFlowers',
    slots: {
      FlowerType: {
        shape: 'Scalar',
        value: { originalValue: 'roses', interpretedValue: 'roses', resolvedValues: ['roses'] },
      },
      PickupDate: null,
    },
    state: 'InProgress',
    confirmationState: 'None',
  };
  return {
    messageVersion: '1.0',
    invocationSource: 'DialogCodeHook',
    inputMode: 'Text',
    responseContentType: 'text/plain; charset=utf-8',
    sessionId: '123456789012345',
    inputTranscript: 'I would like to order roses',
    bot: {
      id: 'BOT1234567',
      name: 'FlowerBot',
      aliasId: 'TSTALIASID',
      aliasName: 'TestBotAlias',
      localeId: 'en_US',
      version: 'DRAFT',
    },
    interpretations: [
      {
        intent,
        nluConfidence: 0.91,
        interpretationSource: 'Lex',
        sentimentResponse: {
          sentiment: 'NEUTRAL',
          sentimentScore: { mixed: 0, negative: 0, neutral: 0.97, positive: 0.03 },
        },
      },
      { intent: { name: 'FallbackIntent', slots: {}, state: 'InProgress', confirmationState: 'None' } },
    ],
    proposedNextState: {
      dialogAction: { type: 'ElicitSlot', slotToElicit: 'PickupDate' },
      intent,
      prompt: { attempt: 'Initial' },
    },
    requestAttributes: {},
    sessionState: {
      activeContexts: [],
      sessionAttributes: { customer: 'c-1' },
      intent,
      originatingRequestId: 'b4b7e7a1-0f8e-4e0d-9a7b-5d6c0e3e1f2a',
    },
    transcriptions: [
      {
        transcription: 'I would like to order roses',
        transcriptionConfidence: 1,
        resolvedContext: { intent: 'OrderFlowers' },
        resolvedSlots: {},
      },
    ],
  };
}

describe('LexEvent (V1)', () => {
  it('lex-event.json validates with nested instances, round-trips and is detected', async () => {
    const raw = loadFixture('lex-event.json');
    const event = await transformAndValidate(LexEvent, raw);
    expect(event).toBeInstanceOf(LexEvent);
    expect(event.currentIntent).toBeInstanceOf(LexCurrentIntent);
    expect(event.bot).toBeInstanceOf(LexBot);
    expect(json(event)).toEqual(raw);
    expect(eventSourceOf(LexEvent)?.detect(raw)).toBe(true);
  });
});

describe('LexV2Event', () => {
  it('an event built from the documented format validates, round-trips and is detected', async () => {
    const raw = lexV2Event();
    const event = await transformAndValidate(LexV2Event, raw);
    expect(event.bot).toBeInstanceOf(LexV2Bot);
    expect(event.interpretations[0]).toBeInstanceOf(LexV2Interpretation);
    expect(event.interpretations[0]?.intent).toBeInstanceOf(LexV2Intent);
    expect(event.proposedNextState).toBeInstanceOf(LexV2ProposedNextState);
    expect(event.sessionState).toBeInstanceOf(LexV2SessionState);
    expect(json(event)).toEqual(raw);
    expect(eventSourceOf(LexV2Event)?.detect(raw)).toBe(true);
    expect(eventSourceOf(LexEvent)?.detect(raw)).toBe(false);
  });

  it('names the failing path in nested intents', async () => {
    const raw = lexV2Event();
    raw.interpretations = [
      { intent: { name: 7, slots: {}, state: 'InProgress', confirmationState: 'None' } },
    ];
    await expect(transformAndValidate(LexV2Event, raw)).rejects.toMatchObject({
      details: [{ path: 'interpretations.0.intent.name' }],
    });
  });
});

describe('detectors', () => {
  it('LexEvent accepts only lex-event.json and LexV2Event no fixture', () => {
    expect(
      detectorMismatches(
        [
          [LexEvent, ['lex-event.json']],
          [LexV2Event, []],
        ],
        fixtureNames(),
        loadFixture,
      ),
    ).toEqual([]);
  });
});

describe('LexResponse (V1)', () => {
  it('lex-response.json parses with nested instances and round-trips', async () => {
    const raw = loadFixture('lex-response.json');
    const response = await transformAndValidate(LexResponse, raw);
    expect(response.dialogAction).toBeInstanceOf(LexDialogAction);
    expect(response.dialogAction.responseCard).toBeInstanceOf(LexResponseCard);
    expect(response.dialogAction.responseCard?.genericAttachments[0]).toBeInstanceOf(LexGenericAttachment);
    expect(json(response)).toEqual(raw);
  });

  it('close / elicitSlot / delegate / confirmIntent / elicitIntent build the documented dialog actions', async () => {
    const slots = { 'slot-name1': 'value1', 'slot-name2': null };
    const cases = [
      [
        LexResponse.close('Fulfilled', { message: 'Done', sessionAttributes: { key1: 'value1' } }),
        {
          sessionAttributes: { key1: 'value1' },
          dialogAction: {
            type: 'Close',
            fulfillmentState: 'Fulfilled',
            message: { contentType: 'PlainText', content: 'Done' },
          },
        },
      ],
      [
        LexResponse.elicitSlot('intent-name', slots, 'slot-name2', {
          message: { contentType: 'SSML', content: '<speak>Which?</speak>' },
        }),
        {
          dialogAction: {
            type: 'ElicitSlot',
            intentName: 'intent-name',
            slots,
            slotToElicit: 'slot-name2',
            message: { contentType: 'SSML', content: '<speak>Which?</speak>' },
          },
        },
      ],
      [LexResponse.delegate(slots), { dialogAction: { type: 'Delegate', slots } }],
      [
        LexResponse.confirmIntent('intent-name', slots),
        { dialogAction: { type: 'ConfirmIntent', intentName: 'intent-name', slots } },
      ],
      [
        LexResponse.elicitIntent({ message: 'What next?' }),
        {
          dialogAction: {
            type: 'ElicitIntent',
            message: { contentType: 'PlainText', content: 'What next?' },
          },
        },
      ],
    ] as const;
    for (const [built, expected] of cases) {
      expect(json(built)).toEqual(expected);
      await expect(transformAndValidate(LexResponse, json(built))).resolves.toBeInstanceOf(LexResponse);
    }
  });
});

describe('LexV2Response', () => {
  it('close / elicitSlot / delegate build the documented session state', async () => {
    const event = await transformAndValidate(LexV2Event, lexV2Event());
    const intent = event.sessionState.intent;
    if (!intent) throw new Error('no intent');
    const closed = json(
      LexV2Response.close(intent, 'Fulfilled', 'Your roses are ordered').withSessionAttributes({ a: 'b' }),
    );
    expect(closed).toEqual({
      sessionState: {
        sessionAttributes: { a: 'b' },
        dialogAction: { type: 'Close' },
        intent: { ...(json(intent) as object), state: 'Fulfilled' },
      },
      messages: [{ contentType: 'PlainText', content: 'Your roses are ordered' }],
    });
    expect(json(LexV2Response.elicitSlot(intent, 'PickupDate', ['When?']))).toMatchObject({
      sessionState: {
        dialogAction: { type: 'ElicitSlot', slotToElicit: 'PickupDate' },
        intent: { name: 'OrderFlowers' },
      },
      messages: [{ contentType: 'PlainText', content: 'When?' }],
    });
    expect(json(LexV2Response.delegate(intent))).toEqual({
      sessionState: { dialogAction: { type: 'Delegate' }, intent: json(intent) },
    });
    await expect(transformAndValidate(LexV2Response, closed)).resolves.toBeInstanceOf(LexV2Response);
  });
});

describe('mutated samples', () => {
  it('either validate or fail with details naming the mutated path', async () => {
    const samples = [
      { type: LexEvent, raw: loadFixture('lex-event.json') },
      { type: LexV2Event, raw: lexV2Event() },
      { type: LexResponse, raw: loadFixture('lex-response.json') },
    ];
    await assertMutations(samples, { numRuns: 300 });
  });
});
