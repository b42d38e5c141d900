import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFunction } from '../../src/build/index.js';
import { runCli } from '../../src/cli/index.js';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { captureIo, waitFor } from '../cli/support/capture.js';
import { REPO_ROOT } from '../cli/support/project.js';

async function onEmulator(example: string): Promise<Emulator> {
  const { outfile } = await bundleFunction({
    entry: join(REPO_ROOT, 'examples', example, 'index.ts'),
    outdir: join(REPO_ROOT, '.lambdakit', 'test-examples', example),
    conditions: ['lambdakit-source'],
  });
  return startEmulator({ command: [process.execPath, outfile], output: 'ignore' });
}

describe('examples/hello (what npm start runs)', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await onEmulator('hello');
  }, 180_000);
  afterAll(() => emulator.stop());

  it('answers HTTP requests through the emulator front', async () => {
    const hello = await fetch(`${emulator.url}/hello/world`);
    expect(await hello.json()).toEqual({ message: 'Hello, world!' });

    const created = await fetch(`${emulator.url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sku: 'A-1', qty: 2 }),
    });
    const order = (await created.json()) as { id: string };
    expect(order).toMatchObject({ sku: 'A-1', qty: 2 });
    expect(await (await fetch(`${emulator.url}/orders/${order.id}`)).json()).toEqual(order);

    const invalid = await fetch(`${emulator.url}/orders`, { method: 'POST', body: '{"sku":"A-1","qty":0}' });
    expect(invalid.status).toBe(400);
    expect((await fetch(`${emulator.url}/orders/999`)).status).toBe(404);
  });

  it('takes a direct invocation with a PlaceOrder event', async () => {
    const result = await emulator.invoke({ sku: 'B-2', qty: 1 });
    expect(result.json()).toMatchObject({ sku: 'B-2', qty: 1 });
  });
});

describe('examples/queue-worker', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await onEmulator('queue-worker');
  }, 180_000);
  afterAll(() => emulator.stop());

  it('handles the bundled SQS sample, and reports only the message whose body is invalid', async () => {
    const sample = JSON.parse(readFileSync(join(REPO_ROOT, 'events', 'examples', 'sqs.json'), 'utf8')) as {
      Records: Record<string, unknown>[];
    };
    expect((await emulator.invoke(sample)).json()).toEqual({ batchItemFailures: [] });

    const good = sample.Records[0]!;
    const bad = { ...good, messageId: 'bad-1', body: JSON.stringify({ orderId: 'ord-2', total: -1 }) };
    expect((await emulator.invoke({ Records: [good, bad] })).json()).toEqual({
      batchItemFailures: [{ itemIdentifier: 'bad-1' }],
    });
  });
});

describe('lambdakit dev on examples/queue-worker', () => {
  it('names the entry points as the source does (class names kept through bundling)', {
    timeout: 180_000,
  }, async () => {
    const controller = new AbortController();
    const dev = captureIo(join(REPO_ROOT, 'examples', 'queue-worker'), controller.signal);
    const running = runCli(['dev', 'index.ts', '--port', '0', '--conditions', 'lambdakit-source'], dev.io);
    const line = await waitFor(() =>
      dev.functionLines.find((text) => text.includes('OrderWorker.onMessage(')),
    );
    expect(line).toContain('OrderWorker.onMessage(SqsEvent)');
    controller.abort();
    expect(await running).toBe(0);
  });
});
