import { describe, expect, it } from 'vitest';
import { functionsOnMockApi } from '../support/functions-on-mock-api.js';

const start = functionsOnMockApi();

describe('streamed responses', () => {
  it.each([
    ['readable', 'abc'],
    ['webStream', 'web-stream'],
  ])('sends a bare %s streamed', async (handler, body) => {
    const { api } = await start('streaming', handler);
    const answer = await api.invoke({});
    expect(answer.kind).toBe('response');
    expect(answer.headers['lambda-runtime-function-response-mode']).toBe('streaming');
    expect(answer.headers['transfer-encoding']).toBe('chunked');
    expect(answer.headers['content-type']).toBe('application/octet-stream');
    expect(answer.body.toString()).toBe(body);
    expect(answer.trailers['lambda-runtime-function-error-type']).toBeUndefined();
  });

  it('sends the HTTP integration prelude and 8 NUL bytes before the body', async () => {
    const { api } = await start('streaming', 'http');
    const answer = await api.invoke({});
    expect(answer.headers['content-type']).toBe('application/vnd.awslambda.http-integration-response');
    const separator = answer.body.indexOf(Buffer.alloc(8));
    expect(JSON.parse(answer.body.subarray(0, separator).toString())).toEqual({
      statusCode: 201,
      headers: { 'content-type': 'text/plain' },
      cookies: ['a=1'],
    });
    expect(answer.body.subarray(separator + 8).toString()).toBe('hello world');
  });

  it('reports a failure after the first byte through the error trailers, then keeps serving', async () => {
    const { api } = await start('streaming', 'midError');
    const answer = await api.invoke({});
    expect(answer.body.toString()).toBe('first chunk;');
    expect(answer.headers.trailer).toMatch(/Lambda-Runtime-Function-Error-Type/);
    expect(answer.trailers['lambda-runtime-function-error-type']).toBe('RangeError');
    const error = JSON.parse(
      Buffer.from(answer.trailers['lambda-runtime-function-error-body'] ?? '', 'base64').toString(),
    );
    expect(error).toMatchObject({ errorType: 'RangeError', errorMessage: 'the source broke' });
    expect((await api.invoke({})).trailers['lambda-runtime-function-error-type']).toBe('RangeError');
  });
});
