import { BatchFailedError, Controller, createApp, Handler } from 'lambdakit';
import { type KafkaRecord, MskEvent, SqsEvent, type SqsRecord } from 'lambdakit/events';
import { describe, expect, it } from 'vitest';
import { fixedContext } from '../support/context.js';
import { loadFixture } from '../support/fixtures.js';

type Json = Record<string, unknown>;

/** The real SQS sample with three messages; the second one lacks `eventSourceARN`. */
function sqsBatchWithoutArn(): unknown {
  const sample = loadFixture('sqs-event.json') as { Records: Json[] };
  const [record] = sample.Records;
  const { eventSourceARN: _dropped, ...withoutArn } = record!;
  return {
    Records: [
      { ...record, messageId: 'm-1' },
      { ...withoutArn, messageId: 'm-2' },
      { ...record, messageId: 'm-3' },
    ],
  };
}

describe('per-record batches with one malformed record', () => {
  it('fails only the SQS record that lacks eventSourceARN, not the whole batch', async () => {
    const seen: string[] = [];
    @Controller()
    class Consumer {
      @Handler(SqsEvent, { perRecord: true })
      on(record: SqsRecord) {
        seen.push(record.messageId);
      }
    }
    const result = await createApp({ controllers: [Consumer] }).dispatch(
      sqsBatchWithoutArn(),
      fixedContext(),
    );
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-2' }] });
    expect(seen).toEqual(['m-1', 'm-3']);
  });

  it('names every Kafka record by topic-partition and offset when all of them fail', async () => {
    const sample = loadFixture('kafka-event.json') as { records: Record<string, Json[]> };
    const [record] = sample.records['AWSKafkaTopic-0']!;
    const event = { ...sample, records: { 'AWSKafkaTopic-0': [record, { ...record, offset: 1 }] } };
    @Controller()
    class Consumer {
      @Handler(MskEvent, { perRecord: true })
      on(item: KafkaRecord) {
        throw new Error(`cannot process offset ${item.offset}`);
      }
    }
    const error = await createApp({ controllers: [Consumer] })
      .dispatch(event, fixedContext())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchFailedError);
    const { message } = error as BatchFailedError;
    expect(message).not.toContain('[object Object]');
    expect(message).toContain(
      '{"topic-partition":"AWSKafkaTopic-0","offset":0}: Error: cannot process offset 0',
    );
    expect(message).toContain(
      '{"topic-partition":"AWSKafkaTopic-0","offset":1}: Error: cannot process offset 1',
    );
  });
});
