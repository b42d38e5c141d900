import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRACE_ID_PATTERN } from '../../src/emulator/index.js';
import { eventually, record, startTestEmulator, type TestEmulator } from './support/start.js';

describe('emulator round trip', () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ functionName: 'orders', memorySize: 256, env: { EXTRA: 'yes' } });
  });
  afterAll(() => t.close());

  it('delivers the event and returns the payload with well-formed Runtime API headers', async () => {
    const before = Date.now();
    const result = await t.emulator.invoke({ action: 'echo', value: 42 });
    expect(result.statusCode).toBe(200);
    expect(result.functionError).toBeUndefined();
    expect(result.headers['x-amz-executed-version']).toBe('$LATEST');
    const body = record(result.json());
    expect(body.event).toEqual({ action: 'echo', value: 42 });
    const headers = record(body.headers);
    expect(headers['lambda-runtime-aws-request-id']).toBe(result.requestId);
    expect(result.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const deadline = Number(headers['lambda-runtime-deadline-ms']);
    expect(deadline).toBeGreaterThanOrEqual(before + 3000);
    expect(deadline).toBeLessThanOrEqual(Date.now() + 3000);
    expect(headers['lambda-runtime-invoked-function-arn']).toBe(
      'arn:aws:lambda:us-east-1:000000000000:function:orders',
    );
    expect(headers['lambda-runtime-trace-id']).toMatch(TRACE_ID_PATTERN);
    const epoch = Number.parseInt(String(headers['lambda-runtime-trace-id']).slice(7, 15), 16);
    expect(Math.abs(epoch - before / 1000)).toBeLessThan(5);
    expect(headers).not.toHaveProperty('lambda-runtime-client-context');
    expect(headers).not.toHaveProperty('lambda-runtime-cognito-identity');
  });

  it('starts the function with the Lambda environment', async () => {
    const env = record(record((await t.emulator.invoke({ action: 'echo' })).json()).env);
    expect(env).toMatchObject({
      AWS_LAMBDA_RUNTIME_API: t.emulator.runtimeApi,
      AWS_LAMBDA_FUNCTION_NAME: 'orders',
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
      AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/orders',
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
      _HANDLER: 'index.handler',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      TZ: ':UTC',
      EXTRA: 'yes',
    });
    expect(env.AWS_LAMBDA_LOG_STREAM_NAME).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(env.LAMBDA_TASK_ROOT).toBeTypeOf('string');
    expect(env.AWS_LAMBDA_MAX_CONCURRENCY).toBeUndefined();
    expect(t.emulator.runtimeApi).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it('keeps the process warm and reports each invocation', async () => {
    const first = record((await t.emulator.invoke({ action: 'echo' })).json());
    const second = await t.emulator.invoke({ action: 'echo' });
    expect(record(second.json()).pid).toBe(first.pid);
    await eventually(() => t.reports.some((report) => report.requestId === second.requestId));
    const report = t.reports.find((r) => r.requestId === second.requestId)!;
    expect(report.status).toBe('success');
    expect(report.durationMs).toBeGreaterThan(0);
    await eventually(() => t.lines.includes(`echo ${second.requestId}`));
  });

  it('passes client context, Cognito identity and tenant id through', async () => {
    const clientContext = { client: { installation_id: 'abc' }, custom: { tier: 'gold' }, env: {} };
    const cognitoIdentity = { cognitoIdentityId: 'us-east-1:123', cognitoIdentityPoolId: 'us-east-1:pool' };
    const result = await t.emulator.invoke(
      { action: 'echo' },
      { clientContext, cognitoIdentity, tenantId: 'acme' },
    );
    const headers = record(record(result.json()).headers);
    expect(JSON.parse(String(headers['lambda-runtime-client-context']))).toEqual(clientContext);
    expect(JSON.parse(String(headers['lambda-runtime-cognito-identity']))).toEqual(cognitoIdentity);
    expect(headers['lambda-runtime-aws-tenant-id']).toBe('acme');
  });

  it('returns a function error with X-Amz-Function-Error and the error document', async () => {
    const result = await t.emulator.invoke({ action: 'error' });
    expect(result.statusCode).toBe(200);
    expect(result.functionError).toBe('Unhandled');
    expect(result.json()).toEqual({
      errorType: 'MyError',
      errorMessage: 'boom',
      stackTrace: ['at handler (index.mjs:1:1)'],
    });
    await eventually(() => t.reports.some((report) => report.requestId === result.requestId));
    expect(t.reports.find((r) => r.requestId === result.requestId)).toMatchObject({
      status: 'error',
      errorType: 'MyError',
    });
  });
});
