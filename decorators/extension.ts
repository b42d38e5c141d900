import type { ClassType } from './class-type.js';

/** The Extensions API events an extension can subscribe to. */
export type ExtensionEvent = 'INVOKE' | 'SHUTDOWN';

/** Options of `@Extension`. */
export interface ExtensionOptions {
  /**
   * The name registered with the Extensions API (`Lambda-Extension-Name`).
   * @default the class name
   */
  readonly name?: string;
  /**
   * The events to receive. Internal extensions (in the function's process) cannot take SHUTDOWN.
   * @default ['INVOKE', 'SHUTDOWN']
   */
  readonly events?: readonly ExtensionEvent[];
}

const extensions = new WeakMap<object, Required<ExtensionOptions>>();

/**
 * Declares a class as a Lambda extension. This records the registration (name and events) only:
 * registering it with the Extensions API and driving its event loop is the job of the extension
 * runner (`lambdakit/extension` in shared/DESIGN.md), which is not built yet.
 *
 * @example
 * ```ts
 * @Extension({ name: 'audit', events: ['INVOKE'] })
 * class Audit { onInvoke(event: unknown) {} }
 * ```
 */
export function Extension(options: ExtensionOptions = {}) {
  return (target: ClassType): void => {
    extensions.set(target, {
      name: options.name ?? target.name,
      events: options.events ?? ['INVOKE', 'SHUTDOWN'],
    });
  };
}

/** The registration of an `@Extension` class, or undefined. */
export function extensionOf(type: object): Required<ExtensionOptions> | undefined {
  return extensions.get(type);
}
