import type { ClassType } from '../../decorators/class-type.js';
import { extensionOf } from '../../decorators/extension-registry.js';
import { createExtensionApp } from './extension-app.js';
import { ExtensionConfigError } from './extension-config-error.js';

/** Options of {@link startExtensionModule}. */
export interface StartExtensionModuleOptions {
  /**
   * The export holding the `@Extension` class.
   * @default 'extension', then 'default'
   */
  readonly exportName?: string;
  /**
   * The name to register under: the extension's file name in `/opt/extensions`.
   * @default the `@Extension` name
   */
  readonly name?: string;
}

/**
 * Loads a module and runs its exported `@Extension` class as an external extension: what
 * `lambdakit extension <entry>` and an extension bundle's entry do. A module that fails to load,
 * or exports no such class, is logged and the process exits 1 (nothing is registered yet to
 * report it to).
 *
 * @example
 * ```ts
 * await startExtensionModule(() => import('./timings.js'), { name: 'timings' });
 * ```
 */
export async function startExtensionModule(
  load: () => Promise<unknown>,
  options: StartExtensionModuleOptions = {},
): Promise<never> {
  let extension: ClassType;
  try {
    extension = pickExtension(await load(), options.exportName);
  } catch (error) {
    console.error('lambdakit: the extension module cannot start:', error);
    process.exit(1);
  }
  return createExtensionApp({ extension, ...(options.name ? { name: options.name } : {}) }).run();
}

function pickExtension(module: unknown, exportName: string | undefined): ClassType {
  const exports = (typeof module === 'object' && module !== null ? module : {}) as Record<string, unknown>;
  const names = exportName ? [exportName] : ['extension', 'default'];
  for (const name of names) {
    const value = exports[name];
    if (typeof value === 'function' && extensionOf(value)) return value as ClassType;
  }
  const found = Object.keys(exports).join(', ') || 'none';
  throw new ExtensionConfigError(
    `the module exports no @Extension class named ${names.join(' or ')} (exports: ${found})`,
  );
}
