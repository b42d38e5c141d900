import { IsInt, IsString } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { EventValidationError } from '../../src/errors/event-validation-error.js';
import { loadFixture } from '../../test/support/fixtures.js';
import { EventDecodeError } from '../support/event-decode-error.js';
import { SqsBatchResponse, SqsEvent, SqsMessageAttribute, SqsRecord } from './index.js';

class Order {
  @IsString() id!: string;
  @IsInt() qty!: number;
}

function withBody(body: string, arn?: string): unknown {
  const event = structuredClone(loadFixture('sqs-event.json')) as { Records: Record<string, unknown>[] };
  const [first] = event.Records;
  if (first) {
    first.body = body;
    if (arn) first.eventSourceARN = arn;
  }
  return event;
}

describe('SqsEvent', () => {
  it('turns message attributes into instances', async () => {
    const event = await transformAndValidate(SqsEvent, loadFixture('sqs-event.json'));
    const attr = event.Records[0]?.messageAttributes.Attribute1;
    expect(attr).toBeInstanceOf(SqsMessageAttribute);
    expect(attr?.stringValue).toBe('AttributeValue1');
  });

  it('names the bad attribute entry in the error', async () => {
    const raw = loadFixture('sqs-event.json') as {
      Records: { messageAttributes: Record<string, unknown> }[];
    };
    const bad = structuredClone(raw);
    bad.Records[0]!.messageAttributes.Attribute2 = { stringValue: '1', dataType: 7 };
    const err = await transformAndValidate(SqsEvent, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EventValidationError);
    const details = (err as EventValidationError).details;
    expect(details.map((d) => d.path)).toEqual(['Records.0.messageAttributes']);
    expect(Object.values(details[0]!.constraints).join()).toContain('Attribute2.dataType (isString)');
  });

  it('parses a JSON body into a validated DTO', async () => {
    const event = await transformAndValidate(SqsEvent, withBody('{"id":"o-1","qty":3}'));
    const record = event.Records[0]!;
    expect(record.json()).toEqual({ id: 'o-1', qty: 3 });
    const order = await record.parseBody(Order);
    expect(order).toBeInstanceOf(Order);
    expect(order.qty).toBe(3);
  });

  it('rejects a body that is not JSON with EventDecodeError and a DTO mismatch with EventValidationError', async () => {
    const plain = await transformAndValidate(SqsEvent, loadFixture('sqs-event.json'));
    const record = plain.Records[0]!;
    expect(() => record.json()).toThrow(EventDecodeError);
    const decodeErr = await record.parseBody(Order).catch((e: unknown) => e);
    expect(decodeErr).toBeInstanceOf(EventDecodeError);
    expect((decodeErr as EventDecodeError).errorType).toBe('Runtime.EventDecodeError');
    expect((decodeErr as EventDecodeError).step).toBe('json');

    const wrong = await transformAndValidate(SqsEvent, withBody('{"id":"o-1","qty":"3"}'));
    const validationErr = await wrong.Records[0]!.parseBody(Order).catch((e: unknown) => e);
    expect(validationErr).toBeInstanceOf(EventValidationError);
    expect((validationErr as EventValidationError).details.map((d) => d.path)).toEqual(['qty']);
  });

  it('declares a batch spec keyed by messageId, ordered only for FIFO queues', async () => {
    const spec = eventSourceOf(SqsEvent);
    const batch = spec?.batch;
    expect(spec?.name).toBe('sqs');
    const standard = await transformAndValidate(SqsEvent, loadFixture('sqs-event.json'));
    expect(batch?.records(standard).map((r) => batch.itemIdentifier(r))).toEqual(['MessageID_1']);
    expect(batch?.record).toBe(SqsRecord);
    expect(batch?.ordered?.(standard)).toBe(false);
    const fifo = await transformAndValidate(
      SqsEvent,
      withBody('x', 'arn:aws:sqs:us-east-1:123456789012:orders.fifo'),
    );
    expect(batch?.ordered?.(fifo)).toBe(true);
    expect(fifo.Records[0]?.isFifo).toBe(true);
  });

  it('builds the partial batch response', async () => {
    const event = await transformAndValidate(SqsEvent, loadFixture('sqs-event.json'));
    const response = SqsBatchResponse.forRecords(event.Records).fail('other');
    expect(JSON.parse(JSON.stringify(response))).toEqual({
      batchItemFailures: [{ itemIdentifier: 'MessageID_1' }, { itemIdentifier: 'other' }],
    });
    expect(new SqsBatchResponse().batchItemFailures).toEqual([]);
  });
});
