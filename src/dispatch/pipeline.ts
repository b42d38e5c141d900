import type { ClassType } from '../../decorators/class-type.js';
import type { HandlerOptions } from '../../decorators/handler.js';
import { loadInstancePlan, loadTransformAndValidate } from '../lazy-modules.js';

/** Turns raw JSON into an event/record instance as a handler's options say. */
export type Transform = (type: ClassType<object>, raw: unknown, options: HandlerOptions) => Promise<object>;

/**
 * Loads class-transformer and class-validator on demand (~110 ms of start-up unbundled), so a
 * function that never validates never pays for them. The app starts the load during init.
 */
export async function loadTransform(): Promise<Transform> {
  const [{ transformAndValidate }, { jsonToInstance }] = await Promise.all([
    loadTransformAndValidate(),
    loadInstancePlan(),
  ]);
  return (type, raw, options) =>
    options.validate === false
      ? Promise.resolve(jsonToInstance(type, raw) as object)
      : transformAndValidate(type, raw, options);
}
