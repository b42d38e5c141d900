import { transformAndValidate } from '../../dispatch/transform-and-validate.js';
import { EventValidationError } from '../../errors/event-validation-error.js';
import { LambdaKitError } from '../../errors/lambdakit-error.js';
import type { LogLine, RecordSchema, UntypedTelemetryEvent } from './telemetry-events.js';

/** A telemetry batch that is not a JSON array of `{ time, type, record }` objects. */
export class TelemetryParseError extends LambdaKitError {
  readonly errorType = 'Extension.TelemetryParseError';
}

/**
 * Reads a batch Lambda posted: each record of a known type becomes an instance of its class,
 * validated; a log line stays text (or its JSON object); anything else is passed on untyped.
 */
export async function parseTelemetryBatch(text: string, schema: RecordSchema): Promise<object[]> {
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch (cause) {
    throw new TelemetryParseError(`the telemetry batch is not JSON (${text.slice(0, 80)})`, { cause });
  }
  if (!Array.isArray(items)) throw new TelemetryParseError('the telemetry batch is not a JSON array');
  return Promise.all(items.map((item, index) => parseItem(item, index, schema)));
}

async function parseItem(item: unknown, index: number, schema: RecordSchema): Promise<object> {
  if (typeof item !== 'object' || item === null) {
    throw new TelemetryParseError(`telemetry item ${index} is not an object`);
  }
  const { time, type, record } = item as Record<string, unknown>;
  if (typeof time !== 'string' || typeof type !== 'string') {
    throw new TelemetryParseError(`telemetry item ${index} has no string "time" and "type"`);
  }
  const reader = schema.get(type);
  if (reader === 'line' && isLogLine(record)) return { time, type, record };
  if (reader === undefined || reader === 'line') return untyped(time, type, record);
  try {
    return { time, type, record: await transformAndValidate(reader, record) };
  } catch (error) {
    if (!(error instanceof EventValidationError)) throw error;
    return untyped(time, type, record, error.message);
  }
}

function isLogLine(record: unknown): record is LogLine {
  return (
    typeof record === 'string' || (typeof record === 'object' && record !== null && !Array.isArray(record))
  );
}

function untyped(time: string, recordType: string, record: unknown, problem?: string): UntypedTelemetryEvent {
  return { time, type: 'untyped', recordType, record, ...(problem ? { problem } : {}) };
}
