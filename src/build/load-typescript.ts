import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';
import { TypeScriptMissingError } from './typescript-missing-error.js';

/** The TypeScript compiler API, as `require('typescript')` returns it. */
export type TypeScriptApi = typeof TypeScript;

/**
 * Loads the `typescript` package the project uses (resolved from `file`'s folder), else the one
 * beside lambdakit. Throws {@link TypeScriptMissingError} naming `file` when there is none.
 */
export function loadTypeScript(file: string): TypeScriptApi {
  let lastError: unknown;
  for (const from of [file, import.meta.url]) {
    try {
      const loaded: unknown = createRequire(from)('typescript');
      if (isTypeScript(loaded)) return loaded;
    } catch (error) {
      lastError = error;
    }
  }
  throw new TypeScriptMissingError(file, { cause: lastError });
}

function isTypeScript(value: unknown): value is TypeScriptApi {
  return (
    typeof value === 'object' &&
    value !== null &&
    'transpileModule' in value &&
    typeof value.transpileModule === 'function'
  );
}
