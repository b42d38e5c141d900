import { describe, expect, it } from 'vitest';
import type { FaultEvent } from '../functions/faults.js';
import { functionsOnMockApi } from '../support/functions-on-mock-api.js';

const start = functionsOnMockApi();
const CONCURRENT = { AWS_LAMBDA_MAX_CONCURRENCY: '8' };

/** The faults that fail only their own invocation, with the errorType each must get. */
const FAILING: [NonNullable<FaultEvent['fault']>, string][] = [
  ['throwObject', 'Runtime.NonErrorThrown'],
  ['throwUnprintable', 'Runtime.NonErrorThrown'],
  ['throwProxy', 'Runtime.NonErrorThrown'],
  ['throwHostileError', 'OrderNotFound'],
  ['throwBadName', 'BadName'],
  ['rejectUndefined', 'Runtime.NonErrorThrown'],
  ['returnCycle', 'Runtime.ResponseSerializationError'],
  ['returnBigInt', 'Runtime.ResponseSerializationError'],
  ['returnThrowingToJSON', 'Runtime.ResponseSerializationError'],
  ['return7MB', 'Runtime.ResponseTooLarge'],
];

describe('faults in concurrent mode (AWS_LAMBDA_MAX_CONCURRENCY=8)', () => {
  it('fails each faulty invocation alone while the others beside it succeed', async () => {
    const { api, fn } = await start('faults', 'handler', CONCURRENT);
    await api.waitForPolls(8);
    const faulty = FAILING.map(([fault]) => api.invoke({ fault }));
    const healthy = Array.from({ length: 20 }, (_, i) => api.invoke({ tag: `ok${i}` }));
    for (const [i, answer] of (await Promise.all(faulty)).entries()) {
      const [fault, errorType] = FAILING[i]!;
      expect(answer.kind, fault).toBe('error');
      expect(answer.json(), fault).toMatchObject({ errorType });
    }
    for (const [i, answer] of (await Promise.all(healthy)).entries()) {
      expect(answer.json()).toEqual({ tag: `ok${i}`, requestId: answer.requestId });
      expect(answer.answers).toBe(1);
    }
    expect(api.unknownAnswers).toBe(0);
    expect(api.maxOutstanding).toBeLessThanOrEqual(8);
    expect(fn.child.exitCode).toBeNull();
  });

  it('keeps serving on the other pollers while one invocation hangs past its deadline', async () => {
    const { api, fn } = await start('faults', 'handler', CONCURRENT);
    await api.waitForPolls(8);
    void api.invoke({ fault: 'hang' }, { deadlineMs: Date.now() + 300 });
    await api.waitFor(() => api.handed.length === 1, 'the hanging invocation to be handed out');
    const hanging = api.handed[0]!;
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => api.invoke({ tag: `ok${i}` })));
    expect(answers.every((answer) => answer.kind === 'response')).toBe(true);
    await fn.waitForOutput(new RegExp(`past the deadline of ${hanging}`));
    expect(api.answersFor(hanging)).toBe(0);
    expect(fn.child.exitCode).toBeNull();
  });

  it('retries each poller whose idle connection the API closed', async () => {
    const { api, fn } = await start('faults', 'handler', CONCURRENT, { api: { dropIdleConnections: true } });
    await api.waitForPolls(8);
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(
        Array.from({ length: 16 }, (_, i) => api.invoke({ tag: `r${round}-${i}` })),
      );
      for (const [i, answer] of answers.entries()) {
        expect(answer.json()).toEqual({ tag: `r${round}-${i}`, requestId: answer.requestId });
      }
    }
    expect(fn.child.exitCode).toBeNull();
  });

  it('streams a failing source in one invocation while the others succeed', async () => {
    const { api } = await start('faults', 'handler', CONCURRENT);
    await api.waitForPolls(8);
    const [failed, ...others] = await Promise.all([
      api.invoke({ fault: 'streamErrorMidway' }),
      ...Array.from({ length: 7 }, (_, i) => api.invoke({ tag: `ok${i}` })),
    ]);
    expect(failed?.trailers['lambda-runtime-function-error-type']).toBe('RangeError');
    expect(others.every((answer) => answer.kind === 'response')).toBe(true);
  });

  it('fails every open invocation with Runtime.UnhandledRejection and exits 1, as the process is lost', async () => {
    const { api, fn } = await start('faults', 'handler', CONCURRENT);
    await api.waitForPolls(8);
    const hanging = api.invoke({ fault: 'hang' }, { deadlineMs: Date.now() + 60_000 });
    await api.waitFor(() => api.handed.length === 1, 'the first invocation to be handed out');
    const failing = api.invoke({ fault: 'unhandledRejection' });
    for (const answer of await Promise.all([hanging, failing])) {
      expect(answer.answers).toBe(1);
      expect(answer.json()).toMatchObject({ errorType: 'Runtime.UnhandledRejection' });
    }
    expect(await fn.exited).toBe(1);
  });
});
