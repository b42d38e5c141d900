import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/runtime/version.js';
import { bundleTestFunction, type FunctionProcess, startFunction } from '../support/function-process.js';
import { MockRuntimeApi } from '../support/mock-runtime-api.js';

describe('the invocation loop against a mock Runtime API', () => {
  let api: MockRuntimeApi;
  let fn: FunctionProcess;

  beforeAll(async () => {
    api = await MockRuntimeApi.start();
    fn = startFunction(await bundleTestFunction('echo'), api.address);
  });
  afterAll(async () => {
    await fn.stop();
    await api.close();
  });

  it('answers an invocation with the handler result and the context of that invocation', async () => {
    const answer = await api.invoke(
      { hello: 'world' },
      {
        headers: {
          'lambda-runtime-client-context': JSON.stringify({ client: { appTitle: 'app' }, env: {} }),
          'lambda-runtime-cognito-identity': JSON.stringify({
            cognitoIdentityId: 'id-1',
            cognitoIdentityPoolId: 'pool',
          }),
          'lambda-runtime-aws-tenant-id': 'tenant-7',
        },
      },
    );
    expect(answer.kind).toBe('response');
    expect(answer.answers).toBe(1);
    const body = answer.json() as Record<string, unknown>;
    expect(body).toMatchObject({
      event: { hello: 'world' },
      requestId: answer.requestId,
      sameContext: true,
      functionName: 'test',
      arn: 'arn:aws:lambda:us-east-1:123456789012:function:test',
      clientContext: { client: { appTitle: 'app' }, env: {} },
      identity: { cognitoIdentityId: 'id-1', cognitoIdentityPoolId: 'pool' },
      tenantId: 'tenant-7',
    });
    expect(body.traceId).toMatch(/^Root=1-/);
    expect(body.traceEnv).toBe(body.traceId);
    expect(body.remaining).toBeGreaterThan(25_000);
    expect(body.remaining).toBeLessThanOrEqual(30_000);
  });

  it('identifies itself with a lambdakit User-Agent', async () => {
    await api.invoke({});
    expect([...api.userAgents]).toContain(`lambdakit/${VERSION}`);
  });

  it('tags console output with the request id in the text format', async () => {
    const answer = await api.invoke({ n: 1 });
    await fn.waitForOutput(
      new RegExp(`\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\t${answer.requestId}\\tINFO\\techo {"n":1}`),
    );
  });

  it('reports an event that is not JSON as Runtime.InvalidEvent and keeps serving', async () => {
    const bad = await api.invoke(undefined, { rawBody: '{"unterminated' });
    expect(bad.kind).toBe('error');
    expect(bad.headers['lambda-runtime-function-error-type']).toBe('Runtime.InvalidEvent');
    expect(bad.json()).toMatchObject({ errorType: 'Runtime.InvalidEvent' });
    const good = await api.invoke({ after: true });
    expect(good.kind).toBe('response');
  });

  it('serves many invocations in sequence, each answered exactly once', async () => {
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => api.invoke({ i })));
    expect(answers.map((a) => (a.json() as { event: { i: number } }).event.i)).toEqual(
      Array.from({ length: 50 }, (_, i) => i),
    );
    expect(answers.every((a) => a.kind === 'response' && a.answers === 1)).toBe(true);
    expect(api.maxOutstanding).toBe(1);
  });
});
