import { describe, expect, it } from 'vitest';
import { functionsOnMockApi } from '../support/functions-on-mock-api.js';

const start = functionsOnMockApi();

describe('callback-style handlers (event, context, callback)', () => {
  it('answers with callback(null, result) and keeps serving', async () => {
    const { api, fn } = await start('callbacks', 'result');
    for (let i = 0; i < 2; i++) {
      const answer = await api.invoke({ i });
      expect(answer.kind).toBe('response');
      expect(answer.answers).toBe(1);
      expect(answer.json()).toEqual({ via: 'callback' });
    }
    expect(fn.child.exitCode).toBeNull();
  });

  it.each([
    ['error', 'OrderNotFound', 'order 7 does not exist'],
    ['errorString', 'Runtime.NonErrorThrown', 'plain failure'],
    ['syncThrow', 'TypeError', 'thrown before the callback'],
  ])('%s fails the invocation as %s', async (handler, errorType, message) => {
    const { api, fn } = await start('callbacks', handler);
    const answer = await api.invoke({});
    expect(answer.kind).toBe('error');
    expect(answer.answers).toBe(1);
    expect(answer.json()).toMatchObject({ errorType, errorMessage: message });
    expect((await api.invoke({})).kind).toBe('error');
    expect(fn.child.exitCode).toBeNull();
  });

  it('takes the first answer only when the callback is called again', async () => {
    const { api, fn } = await start('callbacks', 'twice');
    const answer = await api.invoke({});
    expect(answer.json()).toBe('first');
    expect(answer.answers).toBe(1);
    expect((await api.invoke({})).json()).toBe('first');
    expect(fn.child.exitCode).toBeNull();
  });

  it('fails a handler that never calls its callback with Runtime.HandlerNeverSettled, not a silent null', async () => {
    const { api, fn } = await start('callbacks', 'forgets');
    const answer = await api.invoke({});
    expect(answer.kind).toBe('error');
    expect(answer.json()).toMatchObject({ errorType: 'Runtime.HandlerNeverSettled' });
    expect((await api.invoke({})).kind).toBe('error');
    expect(fn.child.exitCode).toBeNull();
  });

  it('answers with the returned promise of a three-parameter async handler, without waiting for the event loop', async () => {
    const { api } = await start('callbacks', 'promiseWins');
    expect((await api.invoke({})).json()).toBe('returned');
    expect((await api.invoke({})).json()).toBe('returned');
  });

  it('polls for the next invocation only once the event loop is empty (callbackWaitsForEmptyEventLoop)', async () => {
    const { api, fn } = await start('callbacks', 'leavesWork');
    expect((await api.invoke({ wait: true })).json()).toEqual({ pendingWorkDoneBefore: false });
    expect((await api.invoke({ wait: true })).json()).toEqual({ pendingWorkDoneBefore: true });
    await fn.waitForOutput(/pending work done/);
  });

  it('polls at once when callbackWaitsForEmptyEventLoop is false', async () => {
    const { api } = await start('callbacks', 'leavesWork');
    expect((await api.invoke({ wait: false })).json()).toEqual({ pendingWorkDoneBefore: false });
    expect((await api.invoke({ wait: false })).json()).toEqual({ pendingWorkDoneBefore: false });
  });
});
