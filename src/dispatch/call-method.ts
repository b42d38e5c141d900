import type { Invocation, ParamSpec } from '../../decorators/params.js';
import { isThenable } from '../runtime/thenable.js';

/**
 * Calls `instance[key]` with arguments from its parameter decorators (`params`, read once at init
 * with `paramsOf`); a method without decorated parameters gets `defaults` (the event or record,
 * then the context).
 */
export async function callMethod(
  instance: object,
  key: string | symbol,
  params: readonly ParamSpec[],
  invocation: Invocation,
  defaults: readonly unknown[],
): Promise<unknown> {
  const method = (instance as Record<string | symbol, (...args: unknown[]) => unknown>)[key]!;
  if (params.length === 0) return method.apply(instance, defaults as unknown[]);
  const args: unknown[] = [...defaults];
  for (const param of params) {
    // Most resolvers are synchronous (`@Param`, `@Query`): only a promise is awaited.
    const value = param.resolve(invocation, param.type);
    args[param.index] = isThenable(value) ? await value : value;
  }
  return method.apply(instance, args);
}
