import { describe, expect, it } from 'vitest';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { loadFixture } from '../../test/support/fixtures.js';
import { EventDecodeError } from '../support/event-decode-error.js';
import { ActiveMqEvent, isActiveMqEvent, RabbitMqEvent } from './index.js';

describe('ActiveMqEvent', () => {
  it('decodes the message body', async () => {
    const event = await transformAndValidate(ActiveMqEvent, loadFixture('activemq-event.json'));
    const [message] = event.messages;
    expect(message?.text()).toBe('Enter some text here for the message body...');
    expect(message?.properties).toEqual({ testKey: 'testValue' });
    expect(() => message?.json()).toThrow(EventDecodeError);
  });

  it('recognises both eventSource spellings', () => {
    const raw = loadFixture('activemq-event.json') as Record<string, unknown>;
    expect(isActiveMqEvent({ ...raw, eventSource: 'aws:amq' })).toBe(true);
    expect(isActiveMqEvent({ ...raw, eventSource: 'aws:rmq' })).toBe(false);
  });
});

describe('RabbitMqEvent', () => {
  it('decodes JSON bodies across queues', async () => {
    const event = await transformAndValidate(RabbitMqEvent, loadFixture('rabbitmq-event.json'));
    const [message] = event.allMessages();
    expect(message?.json()).toEqual({ timeout: 0, data: 'CZrmf0Gw8Ov4bqLQxD4E' });
    expect(message?.basicProperties.bodySize).toBe(80);
    expect(message?.basicProperties.headers?.numberInHeader).toBe(10);
  });
});
