import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { ImportModuleError, MalformedHandlerNameError } from '../errors/runtime-errors.js';

/** Where the handler `_HANDLER` names lives. */
export interface HandlerLocation {
  /** The module file, absolute. */
  readonly file: string;
  /** The export, dotted for a nested one (`handlers.orders`). */
  readonly exportName: string;
}

/** Extensions tried after the module name, in the managed Node.js runtime's order. */
const EXTENSIONS = ['', '.js', '.mjs', '.cjs'] as const;

/**
 * Reads a handler setting as the managed Node.js runtime does: the last path segment is
 * `module.export` (the module name ends at its first dot; the rest may name a nested export), the
 * segments before it are directories under `taskRoot`. The module is the first existing file of
 * `<name>`, `<name>.js`, `<name>.mjs`, `<name>.cjs`.
 *
 * @example
 * ```ts
 * locateHandler('src/orders.handler', '/var/task');
 * // { file: '/var/task/src/orders.js', exportName: 'handler' }
 * ```
 */
export function locateHandler(setting: string, taskRoot: string): HandlerLocation {
  const last = basename(setting);
  const dot = last.indexOf('.');
  if (dot <= 0 || dot === last.length - 1) {
    throw new MalformedHandlerNameError(
      `bad handler "${setting}": expected module.export, e.g. index.handler or src/orders.handler`,
    );
  }
  const dir = dirname(setting);
  const base = resolve(taskRoot, dir === '.' ? '' : dir, last.slice(0, dot));
  const file = EXTENSIONS.map((extension) => base + extension).find(isFile);
  if (!file) {
    throw new ImportModuleError(
      `cannot find module ${base}{${EXTENSIONS.filter(Boolean).join(',')}} for handler "${setting}"`,
    );
  }
  return { file, exportName: last.slice(dot + 1) };
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
