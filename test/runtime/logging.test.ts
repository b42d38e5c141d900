import { describe, expect, it } from 'vitest';
import { functionsOnMockApi } from '../support/functions-on-mock-api.js';

const start = functionsOnMockApi();

function jsonLines(output: string, requestId: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.requestId === requestId);
}

describe('the JSON log format (AWS_LAMBDA_LOG_FORMAT=JSON)', () => {
  it('keeps a single logged value structured in message, as the managed runtime does', async () => {
    const { api, fn } = await start('lifecycle', 'structuredLogs', { AWS_LAMBDA_LOG_FORMAT: 'JSON' });
    const answer = await api.invoke({}, { headers: { 'lambda-runtime-aws-tenant-id': 'tenant-1' } });
    const output = await fn.waitForOutput(/"message":"last"/);
    const lines = jsonLines(output, answer.requestId);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toEqual({
      timestamp: expect.stringMatching(/Z$/),
      level: 'INFO',
      requestId: answer.requestId,
      tenantId: 'tenant-1',
      message: { a: 1, nested: { b: [2] } },
    });
    expect(lines[1]?.message).toBe('first line\nsecond line');
    expect(lines[2]).toMatchObject({
      level: 'WARN',
      message: { errorType: 'RangeError', errorMessage: 'out of range', stackTrace: expect.any(Array) },
    });
    expect(lines[3]?.message).toBe('count { n: 2 }');
    expect(lines[4]?.message).toBe('<ref *1> { self: [Circular *1] }');
  });
});

describe('the Text log format', () => {
  it('keeps a multi-line message in one record, newlines folded to carriage returns', async () => {
    const { api, fn } = await start('lifecycle', 'structuredLogs');
    const answer = await api.invoke({});
    const output = await fn.waitForOutput(/\tINFO\tlast\n/);
    expect(output).toContain(`\t${answer.requestId}\tINFO\tfirst line\rsecond line\n`);
    const records = output.split('\n').filter((line) => line.includes(`\t${answer.requestId}\t`));
    expect(records).toHaveLength(6);
  });
});

describe('what a function module logs while it loads', () => {
  it('is formatted like the rest: the generated main prepares the runtime before importing the module', async () => {
    const { api, fn } = await start('logs-while-loading', 'handler', { AWS_LAMBDA_LOG_FORMAT: 'JSON' });
    const answer = await api.invoke({});
    expect(JSON.parse(answer.body.toString())).toBe('loaded');
    const output = await fn.waitForOutput(/"message":"loading \{ step: 1 \}"/);
    const line = output.split('\n').find((text) => text.includes('"loading'));
    expect(JSON.parse(line ?? '')).toEqual({
      timestamp: expect.stringMatching(/Z$/),
      level: 'INFO',
      message: 'loading { step: 1 }',
    });
  });
});
