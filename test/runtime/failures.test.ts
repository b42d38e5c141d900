import { describe, expect, it } from 'vitest';
import { functionsOnMockApi } from '../support/functions-on-mock-api.js';

const start = functionsOnMockApi();

describe('a failing handler fails only its invocation', () => {
  it.each([
    ['throws', 'OrderNotFound', 'order 42 does not exist'],
    ['syncThrow', 'TypeError', 'sync failure'],
    ['throwsString', 'Runtime.NonErrorThrown', 'plain string'],
    ['cyclic', 'Runtime.ResponseSerializationError', 'circular'],
    ['bigint', 'Runtime.ResponseSerializationError', 'BigInt'],
  ])('%s → %s, and the next invocation is served', async (handler, errorType, message) => {
    const { api, fn } = await start('failures', handler);
    for (let i = 0; i < 2; i++) {
      const answer = await api.invoke({ i });
      expect(answer.kind).toBe('error');
      expect(answer.answers).toBe(1);
      expect(answer.headers['lambda-runtime-function-error-type']).toBe(errorType);
      const body = answer.json() as { errorType: string; errorMessage: string; stackTrace: string[] };
      expect(body.errorType).toBe(errorType);
      expect(body.errorMessage).toContain(message);
      expect(Array.isArray(body.stackTrace)).toBe(true);
    }
    expect(fn.child.exitCode).toBeNull();
    await fn.waitForOutput(new RegExp(`Invoke Error \\{"errorType":"${errorType.replace('.', '\\.')}"`));
  });

  it('reports the stack trace of an Error', async () => {
    const { api } = await start('failures', 'throws');
    const body = (await api.invoke({})).json() as { stackTrace: string[] };
    expect(body.stackTrace.length).toBeGreaterThan(0);
    expect(body.stackTrace[0]).toMatch(/^at /);
  });

  it('turns a response the API refuses as too large into Runtime.ResponseTooLarge', async () => {
    const { api } = await start('failures', 'big');
    const answer = await api.invoke({ bytes: 1000 }, { refuseResponseWith: 413 });
    expect(answer.kind).toBe('error');
    expect(answer.answers).toBe(2);
    expect(answer.json()).toMatchObject({ errorType: 'Runtime.ResponseTooLarge' });
    expect((await api.invoke({ bytes: 3 })).json()).toBe('xxx');
  });

  it('turns any other 4xx refusal of a response into Runtime.ResponseRejected', async () => {
    const { api } = await start('failures', 'big');
    const answer = await api.invoke({ bytes: 10 }, { refuseResponseWith: 400 });
    expect(answer.kind).toBe('error');
    expect(answer.json()).toMatchObject({ errorType: 'Runtime.ResponseRejected' });
  });

  it('settles through the legacy context.succeed', async () => {
    const { api } = await start('failures', 'legacySucceed');
    expect((await api.invoke({})).json()).toEqual({ via: 'succeed' });
  });

  it('fails a handler whose promise can never settle, and keeps serving', async () => {
    const { api, fn } = await start('failures', 'neverSettles');
    for (let i = 0; i < 2; i++) {
      const answer = await api.invoke({});
      expect(answer.json()).toMatchObject({ errorType: 'Runtime.HandlerNeverSettled' });
    }
    expect(fn.child.exitCode).toBeNull();
  });

  it('fails the running invocation with Runtime.UnhandledRejection and exits non-zero', async () => {
    const { api, fn } = await start('failures', 'unhandled');
    const answer = await api.invoke({});
    expect(answer.kind).toBe('error');
    expect(answer.json()).toMatchObject({
      errorType: 'Runtime.UnhandledRejection',
      errorMessage: 'RangeError: escaped the handler',
    });
    expect(await fn.exited).toBe(1);
  });
});

describe('init failures', () => {
  it('reports a module that throws while loading to /init/error and exits non-zero', async () => {
    const { api, fn } = await start('start-init-failure', 'main', {}, { wrap: false });
    expect(await fn.exited).toBe(1);
    expect(api.initErrors).toHaveLength(1);
    expect(api.initErrors[0]?.headers['lambda-runtime-function-error-type']).toBe('Error');
    expect(api.initErrors[0]?.body).toMatchObject({ errorMessage: 'cannot connect to the database at init' });
  });

  it('reports a missing handler export as Runtime.HandlerNotFound', async () => {
    const { api, fn } = await start('start-missing-export', 'main', {}, { wrap: false });
    expect(await fn.exited).toBe(1);
    expect(api.initErrors[0]?.body).toMatchObject({
      errorType: 'Runtime.HandlerNotFound',
      errorMessage: expect.stringContaining('exports: handler'),
    });
  });
});

describe('the Runtime API going away', () => {
  it('ends the process non-zero with a clear message instead of hanging', async () => {
    const { api, fn } = await start('echo', 'handler');
    await api.waitForPolls(1);
    await api.close();
    expect(await fn.exited).toBe(1);
    await fn.waitForOutput(
      /the runtime cannot go on: invocation\/next failed \d+ times before any response arrived \(cannot reach the Runtime API/,
    );
  });
});
