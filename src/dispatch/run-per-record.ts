import type { Context } from 'aws-lambda';
import type { ItemIdentifier } from '../../decorators/event-source.js';
import { isRecord } from '../../events/support/guards.js';
import { toErrorPayload } from '../runtime/error-payload.js';
import { BatchFailedError, describeItem } from './batch-failed-error.js';
import { callMethod } from './call-method.js';
import type { HandlerEntry } from './handler-entry.js';
import type { Transform } from './pipeline.js';

/** The partial batch response Lambda reads for SQS, Kinesis and DynamoDB Streams. */
export interface BatchResponse {
  batchItemFailures: { itemIdentifier: ItemIdentifier }[];
}

type Failure = BatchFailedError['failures'][number];

/**
 * Handles a batch record by record: each is transformed, validated and handled on its own, and the
 * failures are answered as `batchItemFailures`. Ordered sources (SQS FIFO) stop at the first failure
 * and report it with every later record. If every record fails, the whole batch is an error.
 */
export async function runPerRecord(
  entry: HandlerEntry,
  event: unknown,
  context: Context,
  transform: Transform,
): Promise<BatchResponse> {
  const batch = entry.source!.batch!;
  const records = recordsOf(event, batch.records);
  const identify = (raw: unknown, index: number): ItemIdentifier => {
    const id: unknown = batch.itemIdentifier(raw);
    if (!isItemIdentifier(id)) {
      throw new BatchFailedError(`record #${index} has no identifier, so it cannot be reported alone`);
    }
    return id;
  };
  const handle = async (raw: unknown) => {
    const record = await transform(batch.record as never, raw, entry.options);
    await callMethod(entry.instance, entry.key, entry.params, { event, context, record }, [record, context]);
  };
  const failures: Failure[] = [];
  const fail = (raw: unknown, index: number, error: unknown) => {
    const { errorType, errorMessage } = toErrorPayload(error);
    const itemIdentifier = identify(raw, index);
    console.error(`record ${describeItem(itemIdentifier)} failed: ${errorType}: ${errorMessage}`);
    failures.push({ itemIdentifier, errorType, errorMessage });
  };

  if (isOrdered(batch.ordered, event)) {
    for (const [index, raw] of records.entries()) {
      try {
        await handle(raw);
      } catch (error) {
        fail(raw, index, error);
        for (const [later, rest] of records.slice(index + 1).entries()) {
          const itemIdentifier = identify(rest, index + 1 + later);
          failures.push({
            itemIdentifier,
            errorType: 'Runtime.Skipped',
            errorMessage: 'after a failure in an ordered batch',
          });
        }
        break;
      }
    }
  } else if (entry.options.parallel) {
    const settled = await Promise.allSettled(records.map(handle));
    for (const [index, result] of settled.entries()) {
      if (result.status === 'rejected') fail(records[index], index, result.reason);
    }
  } else {
    for (const [index, raw] of records.entries()) {
      try {
        await handle(raw);
      } catch (error) {
        fail(raw, index, error);
      }
    }
  }
  if (records.length > 0 && failures.length === records.length) {
    throw new BatchFailedError(`all ${records.length} records failed`, failures);
  }
  return { batchItemFailures: failures.map(({ itemIdentifier }) => ({ itemIdentifier })) };
}

function recordsOf(event: unknown, records: (event: never) => readonly unknown[]): readonly unknown[] {
  let list: unknown;
  try {
    list = records(event as never);
  } catch {
    throw new BatchFailedError('the event cannot be split into records');
  }
  if (!Array.isArray(list)) throw new BatchFailedError('the event has no list of records');
  return list;
}

/**
 * Whether the batch must keep its order. The spec reads the raw event, which may lack the fields it
 * looks at: a spec that throws counts as ordered, the safe side for FIFO sources.
 */
function isOrdered(ordered: ((event: never) => boolean) | undefined, event: unknown): boolean {
  try {
    return ordered?.(event as never) ?? false;
  } catch {
    return true;
  }
}

function isItemIdentifier(id: unknown): id is ItemIdentifier {
  if (typeof id === 'string') return id !== '';
  return isRecord(id) && Object.values(id).every((v) => typeof v === 'string' || typeof v === 'number');
}
