import { describe, expect, it } from 'vitest';
import type { FaultEvent } from '../functions/faults.js';
import { functionsOnMockApi } from '../support/functions-on-mock-api.js';

const start = functionsOnMockApi();

/** Faults a handler can commit that fail only its own invocation; `[fault, errorType, message]`. */
const INVOCATION_FAULTS: [NonNullable<FaultEvent['fault']>, string, string | RegExp][] = [
  ['throwObject', 'Runtime.NonErrorThrown', '{"code":42,"reason":"not an Error"}'],
  ['throwUnprintable', 'Runtime.NonErrorThrown', '[object Object]'],
  ['throwProxy', 'Runtime.NonErrorThrown', '[a value that cannot be described]'],
  ['throwHostileError', 'OrderNotFound', ''],
  ['throwBadName', 'BadName', 'bad name'],
  ['rejectUndefined', 'Runtime.NonErrorThrown', 'undefined'],
  ['returnCycle', 'Runtime.ResponseSerializationError', /circular/],
  ['returnBigInt', 'Runtime.ResponseSerializationError', /BigInt/],
  ['returnThrowingToJSON', 'Runtime.ResponseSerializationError', 'the result cannot be serialized: {}'],
];

describe('handler faults, one invocation at a time', () => {
  it('fails each faulty invocation with one clear error and keeps serving', async () => {
    const { api, fn } = await start('faults');
    for (const [fault, errorType, message] of INVOCATION_FAULTS) {
      const answer = await api.invoke({ fault });
      expect(answer.kind, fault).toBe('error');
      expect(answer.answers, fault).toBe(1);
      expect(answer.headers['lambda-runtime-function-error-type'], fault).toBe(errorType);
      const body = answer.json() as { errorType: string; errorMessage: string; stackTrace: unknown };
      expect(body.errorType, fault).toBe(errorType);
      if (typeof message === 'string') expect(body.errorMessage, fault).toBe(message);
      else expect(body.errorMessage, fault).toMatch(message);
      expect(Array.isArray(body.stackTrace), fault).toBe(true);
      const next = await api.invoke({ tag: `after ${fault}` });
      expect(next.json(), fault).toEqual({ tag: `after ${fault}`, requestId: next.requestId });
    }
    expect(api.unknownAnswers).toBe(0);
    expect(fn.child.exitCode).toBeNull();
  });

  it('turns a 7 MB result the API refuses (413) into Runtime.ResponseTooLarge and keeps serving', async () => {
    const { api } = await start('faults');
    const answer = await api.invoke({ fault: 'return7MB' });
    expect(answer.kind).toBe('error');
    expect(answer.answers).toBe(2);
    expect(answer.json()).toMatchObject({
      errorType: 'Runtime.ResponseTooLarge',
      errorMessage: expect.stringContaining('7340034 bytes'),
    });
    expect((await api.invoke({ tag: 'after' })).kind).toBe('response');
  });

  it.each([
    ['streamErrorAtOnce', 'TypeError', 'the source failed before its first byte', ''],
    ['streamErrorMidway', 'RangeError', 'the source failed midway', 'first;'],
  ])(
    'reports a stream that errors (%s) through the error trailers',
    async (fault, errorType, message, body) => {
      const { api } = await start('faults');
      const answer = await api.invoke({ fault });
      expect(answer.kind).toBe('response');
      expect(answer.answers).toBe(1);
      expect(answer.body.toString()).toBe(body);
      expect(answer.trailers['lambda-runtime-function-error-type']).toBe(errorType);
      const error = JSON.parse(
        Buffer.from(answer.trailers['lambda-runtime-function-error-body'] ?? '', 'base64').toString(),
      );
      expect(error).toMatchObject({ errorType, errorMessage: message });
      expect((await api.invoke({ tag: 'after' })).kind).toBe('response');
    },
  );

  it('leaves an invocation that runs past its deadline unanswered and polls no further', async () => {
    const { api, fn } = await start('faults');
    void api.invoke({ fault: 'hang' }, { deadlineMs: Date.now() + 300 });
    await api.waitFor(() => api.handed.length === 1, 'the invocation to be handed out');
    const requestId = api.handed[0]!;
    await fn.waitForOutput(new RegExp(`past the deadline of ${requestId}`));
    expect(api.answersFor(requestId)).toBe(0);
    expect(api.nextRequests).toBe(1);
    expect(fn.child.exitCode).toBeNull();
  });

  it('fails the open invocation with Runtime.UnhandledRejection and exits non-zero', async () => {
    const { api, fn } = await start('faults');
    const answer = await api.invoke({ fault: 'unhandledRejection' });
    expect(answer.answers).toBe(1);
    expect(answer.json()).toMatchObject({
      errorType: 'Runtime.UnhandledRejection',
      errorMessage: 'RangeError: escaped the handler',
    });
    expect(await fn.exited).toBe(1);
  });

  it('reports an unhandled rejection whose reason cannot be turned into text, then exits 1', async () => {
    const { api, fn } = await start('faults');
    const answer = await api.invoke({ fault: 'unhandledUnprintable' });
    expect(answer.answers).toBe(1);
    expect(answer.json()).toMatchObject({
      errorType: 'Runtime.UnhandledRejection',
      errorMessage: '[object Object]',
    });
    expect(await fn.exited).toBe(1);
  });

  it('exits with the code the handler gives process.exit, leaving the invocation to Lambda', async () => {
    const { api, fn } = await start('faults');
    void api.invoke({ fault: 'exit' });
    expect(await fn.exited).toBe(3);
    expect(api.handed).toHaveLength(1);
    expect(api.answersFor(api.handed[0]!)).toBe(0);
  });
});
