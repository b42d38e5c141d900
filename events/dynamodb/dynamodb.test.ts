import { NumberValueImpl } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { EventValidationError } from '../../src/errors/event-validation-error.js';
import { loadFixture } from '../../test/support/fixtures.js';
import { EventDecodeError } from '../support/event-decode-error.js';
import { TimeWindowResponse } from '../support/time-window.js';
import {
  DynamoDbBatchResponse,
  DynamoDbStreamEvent,
  DynamoDbTimeWindowEvent,
  unmarshallImage,
} from './index.js';

type Raw = { Records: { dynamodb: Record<string, unknown> }[] };

describe('DynamoDbRecord images', () => {
  it('unmarshalls every attribute type of the fixture', async () => {
    const event = await transformAndValidate(DynamoDbStreamEvent, loadFixture('dynamodb-event.json'));
    const record = event.Records[1]!;
    const image = record.newImage<Record<string, unknown>>();
    expect(image?.String).toBe('Hello');
    expect(image?.IntegerNumber).toBe(123);
    expect(image?.FloatNumber).toBe(123.45);
    expect(image?.Boolean).toBe(true);
    expect(image?.Null).toBeNull();
    expect(image?.List).toEqual(['Cookies', 'Coffee', Number('3.14159')]);
    expect(image?.Map).toEqual({ Name: 'Joe', Age: 35 });
    expect(image?.StringSet).toEqual(new Set(['Giraffe', 'Zebra']));
    expect(image?.NumberSet).toEqual(new Set([1234, 567.8]));
    expect(image?.EmptyStringSet).toEqual(new Set());
    expect(Buffer.from(image?.Binary as Uint8Array)).toEqual(Buffer.from([0, 1, 42, 65]));
    const binarySet = image?.BinarySet;
    expect(binarySet).toBeInstanceOf(Set);
    expect([...(binarySet as Set<Uint8Array>)].map((b) => Buffer.from(b).toString('base64'))).toEqual([
      'AAEqQQ==',
      'AAEqQQ==',
    ]);
    expect(record.keys()).toEqual({ val: 'data', key: 'binary' });
    expect(record.oldImage()).toBeUndefined();
  });

  it('reads old and new images of a MODIFY and REMOVE', async () => {
    const event = await transformAndValidate(
      DynamoDbTimeWindowEvent,
      loadFixture('dynamodb-time-window-event.json'),
    );
    const [, modify, remove] = event.Records;
    expect(modify?.oldImage()).toEqual({ Message: 'New item!', Id: 101 });
    expect(modify?.newImage()).toEqual({ Message: 'This item has changed', Id: 101 });
    expect(remove?.newImage()).toBeUndefined();
  });

  it('keeps big numbers exact: NumberValue with wrapNumbers, bigint without', () => {
    const image = { big: { N: '123456789012345678901234567890' }, small: { N: '-1.5e3' } };
    const wrapped = unmarshallImage(image, 'test', { wrapNumbers: true });
    expect(wrapped.big).toBeInstanceOf(NumberValueImpl);
    expect(String(wrapped.big)).toBe('123456789012345678901234567890');
    expect(unmarshallImage(image, 'test')).toEqual({ big: 123456789012345678901234567890n, small: -1500 });
  });

  it('refuses a number that is not numeric text instead of producing NaN', () => {
    expect(() => unmarshallImage({ n: { N: 'abc' } }, 'test')).toThrow(/n\.N/);
    expect(() => unmarshallImage({ n: { NS: ['1', 'x'] } }, 'test')).toThrow(EventDecodeError);
  });

  it('refuses broken binary with EventDecodeError', () => {
    const err = (() => {
      try {
        return unmarshallImage({ blob: { B: 'no!' } }, 'NewImage');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(EventDecodeError);
    expect((err as EventDecodeError).step).toBe('dynamodb');
    expect((err as EventDecodeError).message).toContain('blob.B');
  });
});

describe('malformed DynamoDB events', () => {
  it('name the bad field', async () => {
    const raw = loadFixture('dynamodb-event.json') as Raw;
    raw.Records[0]!.dynamodb.SequenceNumber = 1405400000;
    (raw.Records[1]!.dynamodb.NewImage as Record<string, unknown>).Map = { M: { Age: { N: 35 } } };
    const err = await transformAndValidate(DynamoDbStreamEvent, raw).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EventValidationError);
    const details = (err as EventValidationError).details;
    expect(details.map((d) => d.path)).toEqual([
      'Records.0.dynamodb.SequenceNumber',
      'Records.1.dynamodb.NewImage',
    ]);
    expect(Object.values(details[1]!.constraints).join()).toContain('Map.M.Age.N');
  });
});

describe('DynamoDB batch semantics', () => {
  it('identifies records by SequenceNumber, with and without a time window', async () => {
    const event = await transformAndValidate(
      DynamoDbTimeWindowEvent,
      loadFixture('dynamodb-time-window-event.json'),
    );
    for (const type of [DynamoDbStreamEvent, DynamoDbTimeWindowEvent]) {
      const batch = eventSourceOf(type)?.batch;
      expect(batch?.records(event).map((r) => batch.itemIdentifier(r))).toEqual(['111', '222', '333']);
    }
    expect(JSON.parse(JSON.stringify(DynamoDbBatchResponse.forRecords(event.Records.slice(1))))).toEqual({
      batchItemFailures: [{ itemIdentifier: '222' }, { itemIdentifier: '333' }],
    });
    expect(event.window.start).toBe('2020-07-30T17:00:00Z');
    const reply = new TimeWindowResponse({ count: event.Records.length }, ['333']);
    expect(JSON.parse(JSON.stringify(reply))).toEqual({
      state: { count: 3 },
      batchItemFailures: [{ itemIdentifier: '333' }],
    });
  });
});
