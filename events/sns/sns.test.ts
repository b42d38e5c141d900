import { IsString } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { EventValidationError } from '../../src/errors/event-validation-error.js';
import { loadFixture } from '../../test/support/fixtures.js';
import { EventDecodeError } from '../support/event-decode-error.js';
import { SnsEvent, SnsMessageAttribute } from './index.js';

class Greeting {
  @IsString() hello!: string;
}

function withMessage(message: string): unknown {
  const event = loadFixture('sns-event.json') as { Records: { Sns: Record<string, unknown> }[] };
  event.Records[0]!.Sns.Message = message;
  return event;
}

describe('SnsEvent', () => {
  it('keeps message attributes as instances', async () => {
    const event = await transformAndValidate(SnsEvent, loadFixture('sns-event.json'));
    const attr = event.Records[0]?.Sns.MessageAttributes.TestBinary;
    expect(attr).toBeInstanceOf(SnsMessageAttribute);
    expect(attr?.Type).toBe('Binary');
    expect(event.Records[0]?.Sns.Subject).toBe('TestInvoke');
  });

  it('decodes the message as JSON and as a validated DTO', async () => {
    const event = await transformAndValidate(SnsEvent, withMessage('{"hello":"world"}'));
    const record = event.Records[0]!;
    expect(record.json()).toEqual({ hello: 'world' });
    await expect(record.parseBody(Greeting)).resolves.toMatchObject({ hello: 'world' });
  });

  it('reports a non-JSON message as EventDecodeError and a wrong shape as EventValidationError', async () => {
    const plain = await transformAndValidate(SnsEvent, loadFixture('sns-event.json'));
    expect(() => plain.Records[0]!.json()).toThrow(EventDecodeError);
    const wrong = await transformAndValidate(SnsEvent, withMessage('{"hello":1}'));
    const err = await wrong.Records[0]!.parseBody(Greeting).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EventValidationError);
    expect((err as EventValidationError).details[0]?.path).toBe('hello');
  });

  it('accepts a null Subject, as SNS sends for messages without one', async () => {
    const raw = loadFixture('sns-event.json') as { Records: { Sns: Record<string, unknown> }[] };
    raw.Records[0]!.Sns.Subject = null;
    const event = await transformAndValidate(SnsEvent, raw);
    expect(event.Records[0]?.Sns.Subject).toBeNull();
  });
});
