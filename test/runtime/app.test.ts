import { describe, expect, it } from 'vitest';
import { loadFixture } from '../support/fixtures.js';
import { functionsOnMockApi } from '../support/functions-on-mock-api.js';

const start = functionsOnMockApi();

describe('a controller app in the runtime loop, bundled without decorator metadata', () => {
  it('injects through @Inject, validates, and routes HTTP and DTO events', async () => {
    const { api } = await start('app', 'handler');
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
    const { api, fn } = await start('broken-app', 'handler');
    expect(await fn.exited).toBe(1);
    expect(api.initErrors[0]?.body).toMatchObject({
      errorType: 'Runtime.InitError',
      errorMessage: 'no provider for MISSING (needed by Broken): add a provider for it',
    });
  });
});
