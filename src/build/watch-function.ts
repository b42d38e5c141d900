import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type BuildResult, context, formatMessages, type OutputFile, type Plugin } from 'esbuild';
import { BundleError } from './bundle-error.js';
import type { BundleOptions, BundleResult } from './bundle-function.js';
import { esbuildOptions } from './esbuild-options.js';
import { inspectEntry } from './inspect-entry.js';
import { sparingNameHelper } from './name-helper.js';

/** One finished rebuild, as {@link watchFunction} reports it. */
export interface RebuildReport {
  /** True when the new bundle was written; false when it failed and the last good bundle stayed. */
  readonly ok: boolean;
  /** How long the rebuild took, in ms. */
  readonly durationMs: number;
  /** What went wrong, each error formatted as esbuild prints it; empty when `ok`. */
  readonly errors: readonly string[];
}

/** A running watcher: the files it keeps up to date, and how to stop it. */
export interface FunctionWatcher extends BundleResult {
  /** Stops watching (esbuild's context is disposed). */
  stop(): Promise<void>;
}

/**
 * Bundles a function as {@link bundleFunction} does, then rebuilds it whenever one of the bundle's
 * source files changes (esbuild's watch mode). Each good rebuild replaces the bundle and its source
 * map by rename, so a process starting at any moment reads a whole bundle; a failed rebuild writes
 * nothing. Rejects with {@link EntryError} for a bad entry and {@link BundleError} when the first
 * build fails.
 *
 * @example
 * ```ts
 * const watcher = await watchFunction({ entry: 'src/orders.ts', outdir: '.lambdakit/dev' }, (report) =>
 *   console.log(report.ok ? `rebuilt in ${report.durationMs} ms` : report.errors.join('\n')),
 * );
 * await watcher.stop();
 * ```
 */
export async function watchFunction(
  options: BundleOptions,
  onRebuild: (report: RebuildReport) => void,
): Promise<FunctionWatcher> {
  const { build, files } = esbuildOptions(options, await inspectEntry(options.entry));
  let resolveFirst: ((report: RebuildReport) => void) | undefined;
  const first = new Promise<RebuildReport>((resolve) => {
    resolveFirst = resolve;
  });
  const report = (outcome: RebuildReport): void => {
    const firstBuild = resolveFirst;
    resolveFirst = undefined;
    if (firstBuild) firstBuild(outcome);
    else onRebuild(outcome);
  };
  const plugins = [...(build.plugins ?? []), reporter(report)];
  const ctx = await context({ ...build, write: false, plugins });
  await ctx.watch();
  const outcome = await first;
  if (!outcome.ok) {
    await ctx.dispose();
    throw new BundleError(outcome.errors);
  }
  return { ...files, stop: () => ctx.dispose() };
}

/** Times every build and hands its outcome on once the output is written. */
function reporter(report: (outcome: RebuildReport) => void): Plugin {
  return {
    name: 'lambdakit-watch-reporter',
    setup(build) {
      let started = performance.now();
      build.onStart(() => {
        started = performance.now();
      });
      build.onEnd(async (result) => {
        const errors = await settle(result);
        report({ ok: errors.length === 0, durationMs: Math.round(performance.now() - started), errors });
      });
    },
  };
}

/** Writes a good build's files; returns the errors of a bad one (or of the write). */
async function settle(result: BuildResult): Promise<string[]> {
  if (result.errors.length > 0) return formatMessages(result.errors, { kind: 'error', color: false });
  try {
    await writeAtomically(result.outputFiles ?? []);
    return [];
  } catch (error) {
    return [`cannot write the bundle: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** Source maps first, then the bundles, each through a temporary file renamed over the old one. */
async function writeAtomically(outputs: readonly OutputFile[]): Promise<void> {
  const ordered = [...outputs].sort(
    (a, b) => Number(b.path.endsWith('.map')) - Number(a.path.endsWith('.map')),
  );
  for (const output of ordered) {
    const temporary = `${output.path}.${process.pid}.tmp`;
    await mkdir(dirname(output.path), { recursive: true });
    await writeFile(
      temporary,
      output.path.endsWith('.mjs') ? sparingNameHelper(output.text) : output.contents,
    );
    await rename(temporary, output.path);
  }
}
