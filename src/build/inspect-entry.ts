import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build } from 'esbuild';
import { EntryError } from './entry-error.js';
import { isBuildFailure } from './esbuild-failure.js';

/** What the bundler needs to know about a function's entry before it bundles it. */
export interface EntryFacts {
  /** The entry, as an absolute path. */
  readonly entry: string;
  /** Its export names; undefined when they cannot be known statically (CommonJS, `export *`). */
  readonly exports: readonly string[] | undefined;
  /** It imports lambdakit and calls `run(…)` or `….run()` itself: the README's own form. */
  readonly startsLoop: boolean;
}

const LAMBDAKIT_IMPORT = /^import\s*\{([^}]*)\}\s*from\s*"lambdakit";$/gm;

/**
 * Reads the entry with its local imports (packages left out, nothing written): its exports and
 * whether it starts the invocation loop. A missing file or a syntax error is an {@link EntryError}
 * naming the file, line and column.
 */
export async function inspectEntry(file: string): Promise<EntryFacts> {
  const entry = resolve(file);
  if (!existsSync(entry)) throw new EntryError(`entry not found: ${entry}`);
  const workingDir = dirname(entry);
  let result: Awaited<ReturnType<typeof inspect>>;
  try {
    result = await inspect(entry, workingDir);
  } catch (error) {
    throw new EntryError(describeFailure(entry, workingDir, error), { cause: error });
  }
  const code = result.outputFiles[0]?.text ?? '';
  const input = Object.entries(result.metafile.inputs).find(([path]) => resolve(workingDir, path) === entry);
  const output = Object.values(result.metafile.outputs)[0];
  const known = input?.[1].format !== 'cjs' && !/^export \* from /m.test(code);
  const imported = [...code.matchAll(LAMBDAKIT_IMPORT)].map((match) => match[1] ?? '');
  const startsLoop =
    imported.length > 0 && (imported.some((names) => /\brun\b/.test(names)) || /\.run\(\s*\)/.test(code));
  return { entry, exports: known ? (output?.exports ?? []) : undefined, startsLoop };
}

function inspect(entry: string, workingDir: string) {
  return build({
    entryPoints: [entry],
    absWorkingDir: workingDir,
    outfile: `${entry}.inspect.mjs`,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true } },
  });
}

/** esbuild's first error on one line: `file:line:column: text`, plus how many more there were. */
function describeFailure(entry: string, workingDir: string, error: unknown): string {
  const errors = isBuildFailure(error) ? error.errors : [];
  const [first] = errors;
  if (!first) return `cannot read ${entry}: ${error instanceof Error ? error.message : String(error)}`;
  const where = first.location
    ? `${resolve(workingDir, first.location.file)}:${first.location.line}:${first.location.column + 1}`
    : entry;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${where}: ${first.text}${more}`;
}
