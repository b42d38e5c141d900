import { Controller, createApp, Handler } from 'lambdakit';
import { type KafkaRecord, MskEvent } from 'lambdakit/events';
import { describe, expect, it } from 'vitest';
import { fixedContext } from '../support/context.js';
import { loadFixture } from '../support/fixtures.js';

describe('per-record mode on a real MSK event', () => {
  it('names failed records by topic-partition and offset', async () => {
    const sample = loadFixture('kafka-event.json') as { records: Record<string, Record<string, unknown>[]> };
    const [record] = sample.records['AWSKafkaTopic-0']!;
    const event = {
      ...sample,
      records: { 'AWSKafkaTopic-0': [record, { ...record, offset: 1 }, { ...record, offset: 2 }] },
    };
    const seen: number[] = [];
    @Controller()
    class Consumer {
      @Handler(MskEvent, { perRecord: true })
      on(item: KafkaRecord) {
        if (item.offset === 1) throw new Error('cannot process offset 1');
        seen.push(item.offset);
      }
    }
    const result = await createApp({ controllers: [Consumer] }).dispatch(event, fixedContext());
    expect(result).toEqual({
      batchItemFailures: [{ itemIdentifier: { 'topic-partition': 'AWSKafkaTopic-0', offset: 1 } }],
    });
    expect(seen).toEqual([0, 2]);
  });
});
