import { firstOf, isRecord, isString } from './guards.js';

/** `event.Records[0][field]` when the event has a non-empty `Records` array of objects. */
export function firstRecordField(event: unknown, field: string): unknown {
  return firstOf(event, 'Records')?.[field];
}

/** Whether `event.Records[0][field] === value` (the `eventSource` check most sources need). */
export function firstRecordIs(event: unknown, field: string, value: string): boolean {
  return firstRecordField(event, field) === value;
}

/** The envelope every EventBridge event has: id, source, account, time, region, detail-type, detail. */
export function isEventBridgeShape(event: unknown): event is Record<string, unknown> {
  return (
    isRecord(event) &&
    isString(event.id) &&
    isString(event.source) &&
    isString(event.account) &&
    isString(event.time) &&
    isString(event.region) &&
    isString(event['detail-type']) &&
    'detail' in event
  );
}

/** An EventBridge event from `source` whose `detail-type` is one of `detailTypes`. */
export function isEventBridgeOf(event: unknown, source: string, detailTypes: readonly string[]): boolean {
  return (
    isEventBridgeShape(event) && event.source === source && detailTypes.includes(String(event['detail-type']))
  );
}

/** Runs a detector that may touch odd input and turns any throw into `false`. */
export function safely(detect: (event: unknown) => boolean): (event: unknown) => boolean {
  return (event) => {
    try {
      return detect(event);
    } catch {
      return false;
    }
  };
}
