import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { record } from './support/start.js';

/**
 * The test plays the runtime here: the function process only idles, and the test polls `/next`
 * and answers over real sockets, so every status code of the Runtime API can be checked.
 */
describe('Runtime API', () => {
  let emulator: Emulator;
  let api: string;
  beforeAll(async () => {
    emulator = await startEmulator({
      command: [process.execPath, '-e', 'setInterval(() => {}, 1 << 30)'],
      timeoutSeconds: 1,
      output: 'ignore',
    });
    api = `http://${emulator.runtimeApi}/2018-06-01/runtime`;
  });
  afterAll(() => emulator.stop());

  async function next(): Promise<{ id: string; event: unknown }> {
    const res = await fetch(`${api}/invocation/next`);
    expect(res.status).toBe(200);
    return { id: res.headers.get('lambda-runtime-aws-request-id') ?? '', event: await res.json() };
  }

  function post(
    path: string,
    body: string | Buffer,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return fetch(`${api}${path}`, { method: 'POST', body, headers });
  }

  it('long-polls /next until an invocation arrives', async () => {
    const polled = next();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const invoked = emulator.invoke({ hello: 'world' });
    const { id, event } = await polled;
    expect(event).toEqual({ hello: 'world' });
    const res = await post(`/invocation/${id}/response`, JSON.stringify({ ok: true }));
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ status: 'OK' });
    const result = await invoked;
    expect(result.json()).toEqual({ ok: true });
    expect(result.requestId).toBe(id);
  });

  it('answers 400 to an unknown request id and to a second answer', async () => {
    const invoked = emulator.invoke({ n: 1 });
    const { id } = await next();
    const wrong = await post('/invocation/00000000-0000-0000-0000-000000000000/response', '{}');
    expect(wrong.status).toBe(400);
    expect(record(await wrong.json()).errorType).toBe('InvalidRequestID');
    expect((await post(`/invocation/${id}/response`, '"first"')).status).toBe(202);
    const again = await post(`/invocation/${id}/response`, '"second"');
    expect(again.status).toBe(400);
    expect(record(await again.json()).errorType).toBe('InvalidRequestID');
    const asError = await post(`/invocation/${id}/error`, '{"errorType":"X","errorMessage":"late"}');
    expect(asError.status).toBe(400);
    expect((await invoked).json()).toBe('first');
  });

  it('refuses a buffered response over 6 MB with 413 and takes the error that follows', async () => {
    const invoked = emulator.invoke({ big: true });
    const { id } = await next();
    const tooLarge = await post(`/invocation/${id}/response`, Buffer.alloc(6_291_557, 0x61));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({
      errorType: 'Function.ResponseSizeTooLarge',
      errorMessage: 'Response payload size exceeded maximum allowed payload size (6291556 bytes).',
    });
    const error = { errorType: 'Runtime.ResponseTooLarge', errorMessage: 'response is 6291557 bytes' };
    const reported = await post(`/invocation/${id}/error`, JSON.stringify(error), {
      'Lambda-Runtime-Function-Error-Type': error.errorType,
    });
    expect(reported.status).toBe(202);
    const result = await invoked;
    expect(result.functionError).toBe('Unhandled');
    expect(result.json()).toEqual(error);
  });

  it('wraps an error report that is not JSON', async () => {
    const invoked = emulator.invoke({});
    const { id } = await next();
    await post(`/invocation/${id}/error`, 'plain text', { 'Lambda-Runtime-Function-Error-Type': 'Weird' });
    expect((await invoked).json()).toEqual({ errorType: 'Weird', errorMessage: 'plain text' });
  });

  it('answers 403 to /init/error once init is over, 404 to unknown paths', async () => {
    const res = await post('/init/error', '{"errorType":"X","errorMessage":"late"}');
    expect(res.status).toBe(403);
    expect(record(await res.json()).errorType).toBe('InvalidStateTransition');
    expect((await fetch(`${api}/nothing`)).status).toBe(404);
    expect((await fetch(`${api}/invocation/next`, { method: 'POST' })).status).toBe(405);
  });

  it('answers 400 to a response that comes after the timeout', async () => {
    const invoked = emulator.invoke({ slow: true });
    const { id } = await next();
    const result = await invoked;
    expect(record(result.json()).errorType).toBe('Sandbox.Timedout');
    const late = await post(`/invocation/${id}/response`, '{}');
    expect(late.status).toBe(400);
  });
});

describe('Invoke API', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({
      command: [
        process.execPath,
        '--input-type=module',
        '-e',
        `const api = 'http://' + process.env.AWS_LAMBDA_RUNTIME_API + '/2018-06-01/runtime/invocation/';
         for (;;) {
           const res = await fetch(api + 'next');
           const id = res.headers.get('lambda-runtime-aws-request-id');
           await fetch(api + id + '/response', { method: 'POST', body: await res.text() });
         }`,
      ],
      output: 'ignore',
    });
  });
  afterAll(() => emulator.stop());

  const url = (): string => `${emulator.url}/2015-03-31/functions/function/invocations`;

  it('echoes through the documented path, and sends {} for an empty body', async () => {
    const res = await fetch(url(), { method: 'POST', body: '{"a":[1,2]}' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ a: [1, 2] });
    const empty = await fetch(url(), { method: 'POST' });
    expect(await empty.json()).toEqual({});
  });

  it('rejects a body that is not JSON and a client context that is not base64 JSON', async () => {
    const bad = await fetch(url(), { method: 'POST', body: '{nope' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('x-amzn-errortype')).toBe('InvalidRequestContentException');
    const context = await fetch(url(), {
      method: 'POST',
      body: '{}',
      headers: { 'X-Amz-Client-Context': Buffer.from('not json').toString('base64') },
    });
    expect(context.status).toBe(400);
  });

  it('accepts Event invocations with 202 and DryRun with 204', async () => {
    const event = await emulator.invoke({ async: true }, { invocationType: 'Event' });
    expect(event.statusCode).toBe(202);
    expect(event.requestId).toBeTypeOf('string');
    const dry = await emulator.invoke({}, { invocationType: 'DryRun' });
    expect(dry.statusCode).toBe(204);
  });
});
