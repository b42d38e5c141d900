import { describe, expect, it } from 'vitest';
import { functionsOnMockApi } from '../support/functions-on-mock-api.js';

const start = functionsOnMockApi();

describe('faults of the Runtime API on /next', () => {
  it('retries a /next reset before any byte on a new connection, then serves', async () => {
    const { api, fn } = await start('faults');
    api.failPolls('reset', 3);
    const answer = await api.invoke({ tag: 'after resets' });
    expect(answer.json()).toEqual({ tag: 'after resets', requestId: answer.requestId });
    expect(api.nextRequests).toBe(4);
    expect(fn.child.exitCode).toBeNull();
  });

  it('keeps serving when the API closes idle keep-alive connections between invocations', async () => {
    const { api, fn } = await start('faults', 'handler', {}, { api: { dropIdleConnections: true } });
    for (let i = 0; i < 5; i++) {
      const answer = await api.invoke({ tag: `t${i}` });
      expect(answer.json()).toEqual({ tag: `t${i}`, requestId: answer.requestId });
      expect(answer.answers).toBe(1);
    }
    expect(fn.child.exitCode).toBeNull();
  });

  it('gives up with a clear message and exit 1 when /next keeps failing, without a busy loop', async () => {
    const { api, fn } = await start('faults');
    api.failPolls('reset', 100);
    expect(await fn.exited).toBe(1);
    expect(api.nextRequests).toBe(8);
    expect(fn.output()).toMatch(
      /the runtime cannot go on: invocation\/next failed 8 times before any response arrived/,
    );
  });

  it('exits 1 on a 5xx answer to /next without polling again (the response had started)', async () => {
    const { api, fn } = await start('faults');
    api.failPolls(500);
    expect(await fn.exited).toBe(1);
    expect(api.nextRequests).toBe(1);
    expect(fn.output()).toMatch(/the runtime cannot go on: invocation\/next answered 500/);
  });

  it('exits 1 on an invocation without a request id: it cannot be answered', async () => {
    const { api, fn } = await start('faults');
    void api.invoke({}, { omitHeaders: ['lambda-runtime-aws-request-id'] });
    expect(await fn.exited).toBe(1);
    expect(api.nextRequests).toBe(1);
    expect(fn.output()).toMatch(/without Lambda-Runtime-Aws-Request-Id/);
  });

  it('serves an invocation whose deadline is not a number, with the 15-minute maximum', async () => {
    const { api } = await start('echo');
    const answer = await api.invoke({}, { headers: { 'lambda-runtime-deadline-ms': 'soon' } });
    const body = answer.json() as { remaining: number };
    expect(body.remaining).toBeGreaterThan(800_000);
    expect(body.remaining).toBeLessThanOrEqual(900_000);
  });

  it('waits for a /next answered slowly, without polling again meanwhile', async () => {
    const { api } = await start('faults');
    await api.waitForPolls(1);
    const answer = await api.invoke({ tag: 'slow' }, { handDelayMs: 1_500 });
    expect(answer.json()).toEqual({ tag: 'slow', requestId: answer.requestId });
    expect(api.nextRequests).toBeLessThanOrEqual(2);
    await api.waitForPolls(1);
    expect(api.nextRequests).toBe(2);
  });

  it('reports an event that is not JSON as Runtime.InvalidEvent and keeps serving', async () => {
    const { api } = await start('faults');
    const answer = await api.invoke(undefined, { rawBody: '{"fault": ' });
    expect(answer.json()).toMatchObject({ errorType: 'Runtime.InvalidEvent' });
    expect((await api.invoke({ tag: 'after' })).kind).toBe('response');
  });

  it('takes a 6 MB event', async () => {
    const { api } = await start('faults');
    const event = { fault: 'eventSize', padding: 'x'.repeat(6 * 1024 * 1024 - 64) };
    const answer = await api.invoke(event);
    expect(answer.json()).toBe(JSON.stringify(event).length);
  });

  it('serves a request id handed out again after it was answered (a retried invocation)', async () => {
    const { api } = await start('faults');
    const first = await api.invoke({ tag: 'one' });
    const again = await api.invoke({ tag: 'two' }, { requestId: first.requestId });
    expect(again.json()).toEqual({ tag: 'two', requestId: first.requestId });
    expect(api.unknownAnswers).toBe(0);
  });
});

describe('faults of the Runtime API on /response', () => {
  it('logs a 5xx answer to /response once, without retrying, and serves the next invocation', async () => {
    const { api, fn } = await start('faults');
    void api.invoke({ tag: 'refused' }, { refuseResponseWith: 500 });
    await fn.waitForOutput(/the Runtime API refused the response of [\w-]+ \(500\)/);
    const next = await api.invoke({ tag: 'next' });
    expect(next.kind).toBe('response');
    expect(api.answersFor(api.handed[0]!)).toBe(1);
  });

  it('exits 1 when the connection resets during /response, never posting it again', async () => {
    const { api, fn } = await start('faults');
    void api.invoke({ tag: 'lost' }, { resetResponse: true });
    expect(await fn.exited).toBe(1);
    expect(api.answersFor(api.handed[0]!)).toBe(1);
    expect(fn.output()).toMatch(/the runtime cannot go on: cannot reach the Runtime API/);
  });

  it('waits for a slow /response before polling again', async () => {
    const { api } = await start('faults');
    const slow = await api.invoke({ tag: 'slow' }, { answerDelayMs: 1_000 });
    expect(slow.answers).toBe(1);
    expect(api.maxOutstanding).toBe(1);
    expect((await api.invoke({ tag: 'next' })).kind).toBe('response');
  });
});
