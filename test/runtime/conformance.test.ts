import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { bundleTestFunction, startFunction } from '../support/function-process.js';
import { MockRuntimeApi } from '../support/mock-runtime-api.js';

/** One invocation's outcome, whichever Runtime API served it. */
interface Outcome {
  readonly failed: boolean;
  readonly body: unknown;
}

/** A Runtime API with the runtime running one handler of test/functions/<name>.ts against it. */
interface Host {
  invoke(event: unknown): Promise<Outcome>;
  close(): Promise<void>;
}

async function onMock(name: string, handler: string): Promise<Host> {
  const api = await MockRuntimeApi.start();
  const fn = startFunction(await bundleTestFunction(name, handler), api.address);
  return {
    async invoke(event) {
      const answer = await api.invoke(event);
      return { failed: answer.kind === 'error', body: answer.json() };
    },
    async close() {
      await fn.stop();
      await api.close();
    },
  };
}

async function onEmulator(name: string, handler: string): Promise<Host> {
  const bundle = await bundleTestFunction(name, handler);
  const emulator = await startEmulator({ command: [process.execPath, bundle], output: 'ignore' });
  return {
    async invoke(event) {
      const result = await emulator.invoke(event);
      return { failed: result.functionError !== undefined, body: result.json() };
    },
    close: () => emulator.stop(),
  };
}

describe.each([
  ['the mock Runtime API', onMock],
  ['the emulator', onEmulator],
])('the runtime against %s', (_name, host) => {
  const hosts: Record<string, Host> = {};
  beforeAll(async () => {
    hosts.echo = await host('echo', 'handler');
    hosts.throws = await host('failures', 'throws');
    hosts.cyclic = await host('failures', 'cyclic');
    hosts.never = await host('failures', 'neverSettles');
  }, 120_000);
  afterAll(() => Promise.all(Object.values(hosts).map((h) => h.close())));

  it('returns the handler result with the invocation context', async () => {
    const { failed, body } = await hosts.echo!.invoke({ n: 1 });
    expect(failed).toBe(false);
    expect(body).toMatchObject({
      event: { n: 1 },
      sameContext: true,
      traceId: expect.stringMatching(/^Root=1-/),
    });
  });

  it.each([
    ['throws', 'OrderNotFound'],
    ['cyclic', 'Runtime.ResponseSerializationError'],
    ['never', 'Runtime.HandlerNeverSettled'],
  ])('reports %s as %s and keeps serving', async (key, errorType) => {
    for (let i = 0; i < 2; i++) {
      const { failed, body } = await hosts[key]!.invoke({ i });
      expect(failed).toBe(true);
      expect(body).toMatchObject({ errorType });
    }
  });
});
