import type { Invocation } from '../../decorators/params.js';
import { paramsOf } from '../../decorators/params.js';

/**
 * Calls `instance[key]` with arguments from its parameter decorators; a method without decorated
 * parameters gets `defaults` (the event or record, then the context).
 */
export async function callMethod(
  instance: object,
  key: string | symbol,
  invocation: Invocation,
  defaults: readonly unknown[],
): Promise<unknown> {
  const method = (instance as Record<string | symbol, (...args: unknown[]) => unknown>)[key]!;
  const params = paramsOf(Object.getPrototypeOf(instance), key);
  if (params.length === 0) return method.apply(instance, defaults as unknown[]);
  const args: unknown[] = [...defaults];
  for (const param of params) args[param.index] = await param.resolve(invocation, param.type);
  return method.apply(instance, args);
}
