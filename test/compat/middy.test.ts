import { afterEach, describe, expect, it } from 'vitest';
import { type FunctionProcess, startFunction } from '../support/function-process.js';
import { MockRuntimeApi } from '../support/mock-runtime-api.js';
import { bundleCompatFunction } from './support.js';

describe('a Middy-wrapped handler on run()', () => {
  let api: MockRuntimeApi;
  let fn: FunctionProcess;
  afterEach(async () => {
    await fn.stop();
    await api.close();
  });

  it('runs its before, after and onError middleware around the handler, with our context', async () => {
    api = await MockRuntimeApi.start();
    fn = startFunction(await bundleCompatFunction('middy-run'), api.address);
    const answer = await api.invoke({ name: 'ada' });
    expect(answer.kind).toBe('response');
    expect(answer.json()).toEqual({
      hello: 'ADA',
      requestId: answer.requestId,
      trail: ['before', 'handler', 'after'],
    });
    const recovered = await api.invoke({ fail: true });
    expect(recovered.json()).toEqual({ recovered: 'asked to fail' });
  });

  it("times out early from our context's remaining time, as Middy does on Lambda", async () => {
    api = await MockRuntimeApi.start();
    fn = startFunction(await bundleCompatFunction('middy-run'), api.address);
    const answer = await api.invoke({ sleepMs: 20_000 }, { deadlineMs: Date.now() + 1_000 });
    expect(answer.kind).toBe('error');
    expect(answer.json()).toMatchObject({ errorType: 'TimeoutError' });
  });
});
