/** The Extensions API events an extension can subscribe to. */
export type ExtensionEvent = 'INVOKE' | 'SHUTDOWN';

/** Options of `@Extension`. */
export interface ExtensionOptions {
  /**
   * The name registered with the Extensions API (`Lambda-Extension-Name`). Lambda requires an
   * external extension's to be its file name in `/opt/extensions`: `lambdakit build --extension`
   * names the file and registers under its `--name`.
   * @default the class name
   */
  readonly name?: string;
  /**
   * The events to receive. Internal extensions (in the function's process) cannot take SHUTDOWN.
   * @default the events the class has a method for: INVOKE with `onInvoke`, SHUTDOWN with `onShutdown`
   */
  readonly events?: readonly ExtensionEvent[];
}

/** An `@Extension` class's registration, defaults applied. */
export interface ExtensionRegistration {
  readonly name: string;
  readonly events: readonly ExtensionEvent[];
}

const extensions = new WeakMap<object, ExtensionRegistration>();

let layer: (() => Promise<unknown>) | undefined;

/**
 * Records the registration of an `@Extension` class, and how the layer that runs internal
 * extensions (src/extension/internal-extensions.ts) loads.
 */
export function addExtension(
  type: object,
  registration: ExtensionRegistration,
  load: () => Promise<unknown>,
): void {
  extensions.set(type, registration);
  layer ??= load;
}

/**
 * Loads the layer that runs internal extensions (the module src/extension/internal-extensions.ts),
 * for an app listing extensions. Only `@Extension` refers to that module, so a bundle whose code
 * declares no extension leaves it out. Undefined when no `@Extension` ran.
 */
export function loadExtensionLayer(): Promise<unknown> | undefined {
  return layer?.();
}

/** The registration of an `@Extension` class, or undefined. */
export function extensionOf(type: object): ExtensionRegistration | undefined {
  return extensions.get(type);
}
