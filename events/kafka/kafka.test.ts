import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IsNumber, IsString } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { EventValidationError } from '../../src/errors/event-validation-error.js';
import { loadFixture } from '../../test/support/fixtures.js';
import { EventDecodeError } from '../support/event-decode-error.js';
import { KafkaBatchResponse, KafkaRecord, MskEvent, SelfManagedKafkaEvent } from './index.js';

class Order {
  @IsString() id!: string;
  @IsNumber() total!: number;
}

const sample = (): unknown =>
  JSON.parse(
    readFileSync(
      join(dirname(fileURLToPath(import.meta.url)), '../support/samples/self-managed-kafka.json'),
      'utf8',
    ),
  );

describe('Kafka records', () => {
  it('decodes the MSK fixture key and value', async () => {
    const event = await transformAndValidate(MskEvent, loadFixture('kafka-event.json'));
    const [record] = event.allRecords();
    expect(record).toBeInstanceOf(KafkaRecord);
    expect(record?.keyText()).toBe('8d5596b4-1813-4238-b24b-6dad8e3d1c0c');
    expect(record?.valueText()).toBe('8d5596b4-1813-4238-b24b-6dad8e3d1c0c');
    expect(record?.valueBytes().length).toBe(36);
  });

  it('reports the fixture header, which is not UTF-8, as EventDecodeError', async () => {
    const event = await transformAndValidate(MskEvent, loadFixture('kafka-event.json'));
    expect(() => event.allRecords()[0]?.headerText('headerKey')).toThrow(EventDecodeError);
    expect(event.allRecords()[0]?.headerText('absent')).toBeUndefined();
  });

  it('decodes self-managed records: JSON values, UTF-8 headers, missing keys', async () => {
    const event = await transformAndValidate(SelfManagedKafkaEvent, sample());
    const [first, second] = event.allRecords();
    await expect(first!.parseValue(Order)).resolves.toMatchObject({ id: 'order-7', total: 12 });
    expect(first?.headerText('trace-id')).toBe('abc');
    expect(second?.keyText()).toBeUndefined();
    expect(second?.valueJson()).toEqual({ id: 'order-8', total: 3 });
  });

  it('names a bad record inside the topic-partition map', async () => {
    const raw = sample() as { records: Record<string, Record<string, unknown>[]> };
    raw.records['orders-1']![1]!.offset = 'forty-two';
    const err = await transformAndValidate(SelfManagedKafkaEvent, raw).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EventValidationError);
    const detail = (err as EventValidationError).details[0];
    expect(detail?.path).toBe('records');
    expect(Object.values(detail?.constraints ?? {}).join()).toContain('orders-1.1.offset (isInt)');
  });
});

describe('Kafka partial batch response', () => {
  it('names failures by topic-partition and offset', async () => {
    const event = await transformAndValidate(SelfManagedKafkaEvent, sample());
    const [, second] = event.allRecords();
    expect(JSON.parse(JSON.stringify(KafkaBatchResponse.forRecords([second!])))).toEqual({
      batchItemFailures: [{ itemIdentifier: { 'topic-partition': 'orders-1', offset: 42 } }],
    });
  });

  it('is a batch source whose records are named by topic-partition and offset', () => {
    const sample = loadFixture('kafka-event.json');
    for (const type of [MskEvent, SelfManagedKafkaEvent]) {
      const batch = eventSourceOf(type)?.batch;
      const [first] = batch?.records(sample as never) ?? [];
      expect(batch?.itemIdentifier(first as never)).toEqual({
        'topic-partition': 'AWSKafkaTopic-0',
        offset: 0,
      });
    }
  });
});
