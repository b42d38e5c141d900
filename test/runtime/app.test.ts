import { afterEach, describe, expect, it } from 'vitest';
import { loadFixture } from '../support/fixtures.js';
import { bundleTestFunction, type FunctionProcess, startFunction } from '../support/function-process.js';
import { MockRuntimeApi } from '../support/mock-runtime-api.js';

const running: { api: MockRuntimeApi; fn: FunctionProcess }[] = [];

async function start(handler: string) {
  const api = await MockRuntimeApi.start();
  const fn = startFunction(await bundleTestFunction('app', handler), api.address);
  running.push({ api, fn });
  return { api, fn };
}

afterEach(async () => {
  for (const { api, fn } of running.splice(0)) {
    await fn.stop();
    await api.close();
  }
});

describe('a controller app in the runtime loop, bundled without decorator metadata', () => {
  it('injects through @Inject, validates, and routes HTTP and DTO events', async () => {
    const { api } = await start('handler');
    expect((await api.invoke({ name: 'Ada', times: 2 })).json()).toEqual(['Hello, Ada', 'Hello, Ada']);

    const invalid = await api.invoke({ name: 'Ada', times: 0 });
    expect(invalid.kind).toBe('error');
    expect(invalid.json()).toMatchObject({
      errorType: 'Runtime.EventValidationError',
      details: [{ path: 'times', constraints: { min: 'times must not be less than 1' } }],
    });

    const request = loadFixture('apigw-v2-request-no-authorizer.json') as Record<string, unknown>;
    const http = await api.invoke({
      ...request,
      rawPath: '/hello/Grace',
      requestContext: {
        ...(request.requestContext as object),
        http: {
          method: 'GET',
          path: '/hello/Grace',
          protocol: 'HTTP/1.1',
          sourceIp: '1.2.3.4',
          userAgent: 'test',
        },
      },
    });
    const result = http.json() as { statusCode: number; body: string };
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ message: 'Hello, Grace', untyped: 'string' });
  });

  it('reports a dependency the container cannot build to /init/error and exits non-zero', async () => {
    const { api, fn } = await start('broken');
    expect(await fn.exited).toBe(1);
    expect(api.initErrors[0]?.body).toMatchObject({
      errorType: 'Runtime.InitError',
      errorMessage: 'no provider for MISSING (needed by Broken): add a provider for it',
    });
  });
});
