import type { BundleOptions, RebuildReport } from '../../build/index.js';
import type { Emulator } from '../../emulator/index.js';
import type { CliIo } from '../command.js';

/** The bundle `dev` serves: built once, or rebuilt on every source change with `--watch`. */
export interface DevBundle {
  readonly outfile: string;
  /** From now on a good rebuild replaces this emulator's function process. */
  attach(emulator: Emulator): void;
  /** Stops the watcher, if any. */
  stop(): Promise<void>;
}

/**
 * Builds the bundle; with `watch`, keeps rebuilding it, reports each rebuild on `io` and calls
 * `onRebuilt` after each good one.
 */
export async function devBundle(
  options: BundleOptions,
  watch: boolean,
  io: CliIo,
  onRebuilt: () => void = () => undefined,
): Promise<DevBundle> {
  // esbuild loads only for the commands that bundle.
  const { bundleFunction, watchFunction } = await import('../../build/index.js');
  if (!watch) {
    const { outfile } = await bundleFunction(options);
    return { outfile, attach: () => undefined, stop: async () => undefined };
  }
  let emulator: Emulator | undefined;
  const onRebuild = (report: RebuildReport): void => {
    if (!report.ok) {
      io.err(`rebuild failed in ${report.durationMs} ms; the last good bundle keeps running:`);
      for (const error of report.errors) io.err(error.trimEnd());
      return;
    }
    emulator?.restartFunction();
    onRebuilt();
    io.out(`rebuilt in ${report.durationMs} ms; function restarts on the next invocation`);
  };
  const watcher = await watchFunction(options, onRebuild);
  return {
    outfile: watcher.outfile,
    attach: (running) => {
      emulator = running;
    },
    stop: () => watcher.stop(),
  };
}
