import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { loadFixture } from '../support/fixtures.js';
import { bundleTestFunction } from '../support/function-process.js';

type Json = Record<string, unknown>;
const sqsRecord = (loadFixture('sqs-event.json') as { Records: Json[] }).Records[0]!;

function sqsBatch(bodies: unknown[], queueArn = sqsRecord.eventSourceARN as string) {
  return {
    Records: bodies.map((body, i) => ({
      ...sqsRecord,
      messageId: `m-${i}`,
      body: typeof body === 'string' ? body : JSON.stringify(body),
      eventSourceARN: queueArn,
    })),
  };
}

describe('a multi-source controller app on the emulator, with real event shapes', () => {
  let emulator: Emulator;

  beforeAll(async () => {
    const bundle = await bundleTestFunction('orders-app');
    emulator = await startEmulator({
      command: [process.execPath, bundle],
      output: 'ignore',
      timeoutSeconds: 10,
    });
  });
  afterAll(() => emulator.stop());

  it('routes S3 events to their handler through app, controller and method middleware', async () => {
    const result = await emulator.invoke(loadFixture('s3-event.json'));
    expect(result.functionError).toBeUndefined();
    expect(result.json()).toEqual({ keys: ['Happy%20Face.jpg'], trail: ['app', 'controller', 'method'] });
  });

  it('routes DynamoDB stream events and unmarshalls their keys', async () => {
    const result = await emulator.invoke(loadFixture('dynamodb-event.json'));
    const changes = result.json() as { event: string; keys: Json }[];
    expect(changes).toEqual([
      { event: 'INSERT', keys: { key: 'binary', val: 'data' } },
      { event: 'INSERT', keys: { key: 'binary', val: 'data' } },
    ]);
  });

  it('answers an SQS batch with the records that failed, validating each body', async () => {
    const result = await emulator.invoke(
      sqsBatch([{ sku: 'A', qty: 1 }, { sku: 'B', qty: 0 }, 'not json', { sku: 'C', qty: 3 }]),
    );
    expect(result.functionError).toBeUndefined();
    expect(result.json()).toEqual({
      batchItemFailures: [{ itemIdentifier: 'm-1' }, { itemIdentifier: 'm-2' }],
    });
  });

  it('stops a FIFO batch at the first failure and reports the rest', async () => {
    const result = await emulator.invoke(
      sqsBatch(
        [
          { sku: 'A', qty: 1 },
          { sku: 'B', qty: -1 },
          { sku: 'C', qty: 1 },
        ],
        'arn:aws:sqs:us-east-1:123456789012:orders.fifo',
      ),
    );
    expect(result.json()).toEqual({
      batchItemFailures: [{ itemIdentifier: 'm-1' }, { itemIdentifier: 'm-2' }],
    });
  });

  it('fails the invocation when the whole batch fails, and when no handler matches', async () => {
    const allBad = await emulator.invoke(sqsBatch(['x', 'y']));
    expect(allBad.functionError).toBe('Unhandled');
    expect(allBad.json()).toMatchObject({ errorType: 'Runtime.BatchFailed' });

    const unknown = await emulator.invoke({ what: 'is this' });
    expect(unknown.json()).toMatchObject({
      errorType: 'Runtime.NoMatchingHandler',
      errorMessage: expect.stringContaining('expected one of: '),
    });
  });
});
