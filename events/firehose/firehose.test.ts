import { describe, expect, it } from 'vitest';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { loadFixture } from '../../test/support/fixtures.js';
import { EventDecodeError } from '../support/event-decode-error.js';
import {
  FirehoseResultMetadata,
  FirehoseTransformationEvent,
  FirehoseTransformationResponse,
} from './index.js';

describe('Firehose transformation', () => {
  it('decodes records and builds a response Firehose accepts', async () => {
    const event = await transformAndValidate(
      FirehoseTransformationEvent,
      loadFixture('kinesis-firehose-event.json'),
    );
    const [first, second] = event.records;
    expect(first?.text()).toBe('Hello World');
    expect(first?.kinesisRecordMetadata?.subsequenceNumber).toBe(123456);
    const response = new FirehoseTransformationResponse()
      .ok(first!, `${first!.text().toUpperCase()}\n`, { partitionKeys: { day: '2017-10-05' } })
      .dropped(second!)
      .failed({ recordId: 'r3', data: 'AA==' })
      .ok({ recordId: 'r4', data: 'SGk=' });
    const plain = JSON.parse(JSON.stringify(response));
    expect(plain.records).toEqual([
      {
        recordId: 'record1',
        result: 'Ok',
        data: Buffer.from('HELLO WORLD\n').toString('base64'),
        metadata: { partitionKeys: { day: '2017-10-05' } },
      },
      { recordId: 'record2', result: 'Dropped', data: 'SGVsbG8gV29ybGQ=' },
      { recordId: 'r3', result: 'ProcessingFailed', data: 'AA==' },
      { recordId: 'r4', result: 'Ok', data: 'SGk=' },
    ]);
    const validated = await transformAndValidate(FirehoseTransformationResponse, plain);
    expect(validated.records[0]?.metadata).toBeInstanceOf(FirehoseResultMetadata);
  });

  it('encodes bytes as given', () => {
    const response = new FirehoseTransformationResponse().ok(
      { recordId: 'b', data: '' },
      new Uint8Array([0, 255]),
    );
    expect(response.records[0]?.data).toBe('AP8=');
  });

  it('reports bad data as EventDecodeError', async () => {
    const raw = loadFixture('kinesis-firehose-event.json') as { records: Record<string, unknown>[] };
    raw.records[0]!.data = '%%%';
    const event = await transformAndValidate(FirehoseTransformationEvent, raw);
    expect(() => event.records[0]?.json()).toThrow(EventDecodeError);
    await expect(event.records[0]!.parseData(FirehoseResultMetadata)).rejects.toBeInstanceOf(
      EventDecodeError,
    );
  });
});
