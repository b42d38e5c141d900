import { describe, expect, it } from 'vitest';
import { functionsOnMockApi } from '../support/functions-on-mock-api.js';

const start = functionsOnMockApi();

describe('concurrent mode (AWS_LAMBDA_MAX_CONCURRENCY)', () => {
  it('serves 8 overlapping invocations, each with its own context and tagged logs', async () => {
    const { api, fn } = await start('concurrent', 'handler', { AWS_LAMBDA_MAX_CONCURRENCY: '8' });
    await api.waitForPolls(8);
    const tags = Array.from({ length: 16 }, (_, i) => `t${i}`);
    const answers = await Promise.all(tags.map((tag) => api.invoke({ tag, group: 8 })));
    expect(api.maxOutstanding).toBe(8);
    for (const [i, answer] of answers.entries()) {
      const body = answer.json() as { tag: string; requestId: string; seen: string; traceEnv: string | null };
      expect(body).toEqual({
        tag: tags[i],
        requestId: answer.requestId,
        seen: answer.requestId,
        traceEnv: null,
      });
      await fn.waitForOutput(new RegExp(`\\t${answer.requestId}\\tINFO\\tend ${tags[i]}\\n`));
      expect(fn.output()).toContain(`\t${answer.requestId}\tINFO\tstart ${tags[i]}\n`);
    }
  });
});

describe('logging formats', () => {
  it('writes one JSON object per line and filters below AWS_LAMBDA_LOG_LEVEL', async () => {
    const { api, fn } = await start('lifecycle', 'logs', {
      AWS_LAMBDA_LOG_FORMAT: 'JSON',
      AWS_LAMBDA_LOG_LEVEL: 'WARN',
    });
    const answer = await api.invoke({});
    const output = await fn.waitForOutput(/bad input/);
    const lines = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.requestId === answer.requestId);
    expect(lines.map((l) => l.level)).toEqual(['WARN', 'ERROR']);
    expect(lines[0]).toMatchObject({ message: 'warn line', timestamp: expect.stringMatching(/Z$/) });
    expect(lines[1]).toMatchObject({ errorType: 'TypeError', errorMessage: 'bad input' });
    expect(output).not.toContain('info line');
  });
});

describe('logs written while the module loads', () => {
  it('use the configured format too (console is set up before the import)', async () => {
    const { api, fn } = await start('init-logs', 'handler', { AWS_LAMBDA_LOG_FORMAT: 'JSON' });
    expect((await api.invoke({})).json()).toBe('ok');
    const output = await fn.waitForOutput(/loading configuration/);
    const line = output.split('\n').find((l) => l.includes('loading configuration'));
    expect(JSON.parse(line ?? '')).toMatchObject({ level: 'INFO', message: 'loading configuration' });
  });
});

describe('lifecycle', () => {
  it('runs shutdown hooks on SIGTERM, then exits 0', async () => {
    const { api, fn } = await start('lifecycle', 'handler');
    expect((await api.invoke({})).json()).toBe('ready');
    // Lambda sends SIGTERM only when an extension is registered: the hook made the runtime register one.
    expect(api.extensionRegistrations).toEqual([{ name: 'lambdakit-shutdown', body: { events: [] } }]);
    fn.child.kill('SIGTERM');
    expect(await fn.exited).toBe(0);
    expect(fn.output()).toContain('shutdown hook ran');
  });

  it('aborts context.signal shortly before the deadline', async () => {
    const { api } = await start('lifecycle', 'waitForAbort');
    const answer = await api.invoke({}, { deadlineMs: Date.now() + 3_000 });
    const body = answer.json() as { aborted: boolean; remaining: number };
    expect(body.aborted).toBe(true);
    expect(body.remaining).toBeGreaterThan(0);
    expect(body.remaining).toBeLessThanOrEqual(150);
  });
});
