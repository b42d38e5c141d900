import type { ClassType } from '../../decorators/class-type.js';
import { extensionOf } from '../../decorators/extension.js';
import { runExtension } from './extension-app.js';
import { ExtensionConfigError } from './extension-config-error.js';

/**
 * Loads a module and runs its exported `@Extension` class as an external extension: what
 * `lambdakit extension <entry>` and an extension bundle's entry do. `exportName` picks the export;
 * by default `extension`, then `default`. A module that fails to load, or exports no such class,
 * is logged and the process exits 1 (nothing is registered yet to report it to).
 *
 * @example
 * ```ts
 * await startExtensionModule(() => import('./timings.js'));
 * ```
 */
export async function startExtensionModule(
  load: () => Promise<unknown>,
  exportName?: string,
): Promise<never> {
  let extension: ClassType;
  try {
    extension = pickExtension(await load(), exportName);
  } catch (error) {
    console.error('lambdakit: the extension module cannot start:', error);
    process.exit(1);
  }
  return runExtension(extension);
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
