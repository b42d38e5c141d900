/** Narrowing helpers for untrusted input (events, bodies, env), shared by every layer from events up. */

/** A non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** The first element of `event[key]` when it is a non-empty array of objects (`Records[0]`). */
export function firstOf(event: unknown, key: string): Record<string, unknown> | undefined {
  if (!isRecord(event)) return undefined;
  const list = event[key];
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const first: unknown = list[0];
  return isRecord(first) ? first : undefined;
}
