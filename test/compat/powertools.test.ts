import { type Emulator, startEmulator } from 'lambdakit/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../emulator/support/start.js';
import { bundleCompatFunction } from './support.js';

type Json = Record<string, unknown>;

/** The function's stdout lines that parse as JSON objects: what Powertools writes. */
function jsonLines(lines: readonly string[]): Json[] {
  return lines.flatMap((line) => {
    try {
      const value: unknown = JSON.parse(line);
      return typeof value === 'object' && value !== null ? [value as Json] : [];
    } catch {
      return [];
    }
  });
}

/** The EMF documents among the lines that publish metric `name`. */
function emfWith(lines: readonly string[], name: string): Json[] {
  return jsonLines(lines).filter((doc) => '_aws' in doc && name in doc);
}

describe.each([
  ['class-method decorators on a controller method', 'powertools-decorators'],
  ['Middy middleware around createHandler(app)', 'powertools-middy'],
])('Powertools Logger, Metrics and Tracer: %s', (_title, name) => {
  let emulator: Emulator;
  const stdout: string[] = [];
  beforeAll(async () => {
    emulator = await startEmulator({
      command: [process.execPath, '--enable-source-maps', await bundleCompatFunction(name)],
      functionName: 'orders',
      memorySize: 256,
      output: (line, stream) => {
        if (stream === 'stdout') stdout.push(line);
      },
    });
  });
  afterAll(() => emulator.stop());

  it("logs JSON with the function's context read from lambdakit's Context, cold start first", async () => {
    const first = await emulator.invoke({ sku: 'A-1', qty: 2 });
    expect(first.functionError).toBeUndefined();
    expect(first.json()).toEqual({ placed: 'A-1', total: 6, requestId: first.requestId });
    const second = await emulator.invoke({ sku: 'B-2', qty: 1 });
    expect(second.json()).toEqual({ placed: 'B-2', total: 3, requestId: second.requestId });

    await eventually(
      () => jsonLines(stdout).filter((doc) => doc.message === 'placing order').length === 2,
      5000,
    );
    const [cold, warm] = jsonLines(stdout).filter((doc) => doc.message === 'placing order');
    expect(cold).toMatchObject({
      level: 'INFO',
      service: 'orders',
      sku: 'A-1',
      cold_start: true,
      function_name: 'orders',
      function_memory_size: '256',
      function_request_id: first.requestId,
    });
    expect(String(cold?.function_arn)).toMatch(/^arn:aws:lambda:us-east-1:\d{12}:function:orders$/);
    expect(warm).toMatchObject({ sku: 'B-2', cold_start: false, function_request_id: second.requestId });
  });

  it('writes the EMF documents of the metrics on stdout, the cold start once', async () => {
    await eventually(() => emfWith(stdout, 'OrdersPlaced').length === 2, 5000);
    const [placed] = emfWith(stdout, 'OrdersPlaced');
    expect(placed).toMatchObject({
      service: 'orders',
      OrdersPlaced: 2,
      _aws: {
        CloudWatchMetrics: [
          {
            Namespace: 'LambdakitCompat',
            Dimensions: [['service']],
            Metrics: [{ Name: 'OrdersPlaced', Unit: 'Count' }],
          },
        ],
      },
    });
    const coldStarts = emfWith(stdout, 'ColdStart');
    expect(coldStarts).toHaveLength(1);
    expect(coldStarts[0]).toMatchObject({ ColdStart: 1, function_name: 'orders', service: 'orders' });
  });
});
