import type { Context } from 'aws-lambda';
import { BatchFailedError, Controller, Ctx, createApp, Event, Handler, Record } from 'lambdakit';
import { describe, expect, it } from 'vitest';
import { fixedContext } from '../support/context.js';
import { PartitionedEvent, type PartitionRecord, QueueEvent, QueueRecord } from './test-events.js';

const ctx = fixedContext();
const batch = (...records: object[]) => ({
  Records: records.map((r) => ({ eventSource: 'test:queue', ...r })),
});

/**
 * Resolves `arrive()` for everyone once `size` calls are running together, so a concurrency test
 * waits for the records to overlap instead of for a fixed time (with size 1 nobody waits).
 */
function barrier(size: number): () => Promise<void> {
  let arrived = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return () => {
    arrived += 1;
    if (arrived >= size) open();
    return opened;
  };
}

function queueApp(options: { parallel?: boolean } = {}, overlap = 1) {
  const seen: string[] = [];
  let running = 0;
  let maxRunning = 0;
  const arrive = barrier(overlap);
  @Controller()
  class Consumer {
    @Handler(QueueEvent, { perRecord: true, ...options })
    async on(@Record() record: QueueRecord, @Ctx() context: Context, @Event() event: { Records: unknown[] }) {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await arrive();
      running -= 1;
      if (!(record instanceof QueueRecord) || context !== ctx || event.Records.length === 0)
        throw new Error('bad args');
      if (record.id.startsWith('fail')) throw new Error(`cannot process ${record.id}`);
      seen.push(record.id);
    }
  }
  return { app: createApp({ controllers: [Consumer] }), seen, maxRunning: () => maxRunning };
}

describe('per-record batch processing', () => {
  it('reports only the records that failed validation or threw, and handles the rest', async () => {
    const { app, seen } = queueApp();
    const result = await app.dispatch(
      batch({ id: 'a', qty: 1 }, { id: 'bad', qty: 0 }, { id: 'fail-1', qty: 1 }, { id: 'c', qty: 2 }),
      ctx,
    );
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'bad' }, { itemIdentifier: 'fail-1' }] });
    expect(seen).toEqual(['a', 'c']);
  });

  it('answers an all-good batch with an empty failure list', async () => {
    const { app } = queueApp();
    expect(await app.dispatch(batch({ id: 'a', qty: 1 }), ctx)).toEqual({ batchItemFailures: [] });
  });

  it('fails the whole invocation when every record failed', async () => {
    const { app } = queueApp();
    const error = await app
      .dispatch(batch({ id: 'fail-1', qty: 1 }, { id: 'x', qty: -1 }), ctx)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchFailedError);
    expect((error as BatchFailedError).errorType).toBe('Runtime.BatchFailed');
    expect((error as BatchFailedError).failures.map((f) => [f.itemIdentifier, f.errorType])).toEqual([
      ['fail-1', 'Error'],
      ['x', 'Runtime.EventValidationError'],
    ]);
  });

  it('stops an ordered (FIFO) batch at the first failure and reports it and every later record', async () => {
    const { app, seen } = queueApp({ parallel: true });
    const result = await app.dispatch(
      batch(
        { id: 'a', qty: 1, fifo: true },
        { id: 'fail-1', qty: 1 },
        { id: 'c', qty: 1 },
        { id: 'd', qty: 1 },
      ),
      ctx,
    );
    expect(result).toEqual({
      batchItemFailures: [{ itemIdentifier: 'fail-1' }, { itemIdentifier: 'c' }, { itemIdentifier: 'd' }],
    });
    expect(seen).toEqual(['a']);
  });

  it('runs records one at a time by default and concurrently with parallel', async () => {
    const records = Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, qty: 1 }));
    const sequential = queueApp();
    await sequential.app.dispatch(batch(...records), ctx);
    expect(sequential.maxRunning()).toBe(1);
    const parallel = queueApp({ parallel: true }, records.length);
    await parallel.app.dispatch(batch(...records), ctx);
    expect(parallel.maxRunning()).toBe(6);
    expect(parallel.seen.sort()).toEqual(records.map((r) => r.id));
  });

  it('fails the whole batch when a failed record cannot be identified', async () => {
    const { app } = queueApp();
    const error = await app.dispatch(batch({ id: 'a', qty: 1 }, { qty: 1 }), ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchFailedError);
    expect((error as Error).message).toContain('record #1 has no identifier');
  });
});

describe('sources that name records by an object (Kafka)', () => {
  it('reports the failed records with their object identifiers', async () => {
    @Controller()
    class Consumer {
      @Handler(PartitionedEvent, { perRecord: true })
      on(record: PartitionRecord) {
        if (record.poison) throw new Error('poison');
      }
    }
    const event = {
      eventSource: 'test:partitioned',
      records: [
        { partition: 'orders-0', offset: 15 },
        { partition: 'orders-0', offset: 16, poison: true },
      ],
    };
    expect(await createApp({ controllers: [Consumer] }).dispatch(event, ctx)).toEqual({
      batchItemFailures: [{ itemIdentifier: { 'topic-partition': 'orders-0', offset: 16 } }],
    });
  });
});
