import { IsInt } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { EventValidationError } from '../../src/errors/event-validation-error.js';
import { loadFixture } from '../../test/support/fixtures.js';
import { EventDecodeError } from '../support/event-decode-error.js';
import {
  KinesisAnalyticsOutputDeliveryEvent,
  KinesisAnalyticsOutputDeliveryResponse,
  KinesisBatchResponse,
  KinesisStreamEvent,
  KinesisTimeWindowEvent,
} from './index.js';

class Click {
  @IsInt() x!: number;
}

async function withData(data: string) {
  const raw = loadFixture('kinesis-event.json') as { Records: { kinesis: Record<string, unknown> }[] };
  raw.Records[0]!.kinesis.data = data;
  return (await transformAndValidate(KinesisStreamEvent, raw)).Records[0]!;
}

function thrown(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (e) {
    return e;
  }
}

describe('KinesisRecord decoding', () => {
  it('decodes the fixture data', async () => {
    const event = await transformAndValidate(KinesisStreamEvent, loadFixture('kinesis-event.json'));
    expect(event.Records.map((r) => r.text())).toEqual(['Hello World', 'Hello World']);
    expect(event.Records[0]?.bytes()).toEqual(Buffer.from('Hello World'));
  });

  it('decodes JSON data into a validated DTO', async () => {
    const record = await withData(Buffer.from('{"x":3}').toString('base64'));
    expect(record.json()).toEqual({ x: 3 });
    await expect(record.parseData(Click)).resolves.toMatchObject({ x: 3 });
    const wrong = await withData(Buffer.from('{"x":"3"}').toString('base64'));
    await expect(wrong.parseData(Click)).rejects.toBeInstanceOf(EventValidationError);
  });

  it.each([
    ['base64', 'SGVsbG8*'],
    ['base64', 'SGVsbG8'],
    ['utf8', Buffer.from([0xff, 0xfe, 0x41]).toString('base64')],
    ['json', Buffer.from('{"x":').toString('base64')],
  ])('reports broken %s as EventDecodeError', async (step, data) => {
    const record = await withData(data);
    const err = thrown(() => record.json());
    expect(err).toBeInstanceOf(EventDecodeError);
    expect((err as EventDecodeError).step).toBe(step);
    expect((err as EventDecodeError).field).toBe('KinesisRecord.kinesis.data');
    await expect(record.parseData(Click)).rejects.toBeInstanceOf(EventDecodeError);
  });
});

describe('Kinesis batch semantics', () => {
  it('identifies records by sequence number and builds the failure response', async () => {
    const event = await transformAndValidate(KinesisStreamEvent, loadFixture('kinesis-event.json'));
    const batch = eventSourceOf(KinesisStreamEvent)?.batch;
    const ids = batch?.records(event).map((r) => batch.itemIdentifier(r));
    expect(ids).toEqual([
      '49568167373333333333333333333333333333333333333333333333',
      '49568167373333333334444444444444444444444444444444444444',
    ]);
    const response = KinesisBatchResponse.forRecords([event.Records[1]!]);
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: ids?.[1] }]);
  });

  it('keeps window state on time-window events and shares the batch spec', async () => {
    const event = await transformAndValidate(
      KinesisTimeWindowEvent,
      loadFixture('kinesis-time-window-event.json'),
    );
    expect(event.state).toEqual({ 1: 'state 1', 2: 'state 2' });
    expect(event.Records[0]?.text()).toBe('Hello, this is a test.');
    const batch = eventSourceOf(KinesisTimeWindowEvent)?.batch;
    expect(batch?.records(event).map((r) => batch.itemIdentifier(r))).toEqual([
      '49590338271490256608559692538361571095921575989136588898',
    ]);
  });
});

describe('Kinesis Analytics output delivery', () => {
  it('decodes rows and answers per record', async () => {
    const raw = loadFixture('kinesis-analytics-output-delivery-event.json');
    const event = await transformAndValidate(KinesisAnalyticsOutputDeliveryEvent, raw);
    expect(event.records[0]?.text()).toBe('This is a test from Kinesis Analytics');
    const response = new KinesisAnalyticsOutputDeliveryResponse()
      .ok(event.records[0]!)
      .failed({ recordId: 'r2' });
    const plain = JSON.parse(JSON.stringify(response));
    expect(plain).toEqual({
      records: [
        { recordId: event.records[0]?.recordId, result: 'Ok' },
        { recordId: 'r2', result: 'DeliveryFailed' },
      ],
    });
    await expect(transformAndValidate(KinesisAnalyticsOutputDeliveryResponse, plain)).resolves.toBeDefined();
  });
});
