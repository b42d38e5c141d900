import { stat } from 'node:fs/promises';
import { type BundleOptions, bundleFunction } from './bundle-function.js';
import { type CodeCache, type CodeCacheOptions, writeCodeCache } from './code-cache.js';

/** One file a build step wrote, for the build's summary. */
export interface BuildStep {
  /** What the step made. */
  readonly step:
    | 'bundle'
    | 'source map'
    | 'licenses'
    | 'start'
    | 'code cache'
    | 'compile cache'
    | 'bootstrap'
    | 'launcher'
    | 'zip';
  /** The file, as an absolute path. */
  readonly file: string;
  /** Its size in bytes. */
  readonly bytes: number;
  /** How long the step took, in ms (the source map is written with the bundle: about 0). */
  readonly durationMs: number;
  /** How the file was made, where that varies (the code cache: after init, or compiled only). */
  readonly note?: string;
}

/** Collects the {@link BuildStep}s of one build, in the order they finish. */
export class BuildSteps {
  readonly #steps: BuildStep[] = [];

  /** Runs `make`, which writes one file and resolves to its path, and records it as `step`. */
  async run(step: BuildStep['step'], make: () => Promise<string>): Promise<string> {
    const started = performance.now();
    const file = await make();
    await this.#record(step, file, started);
    return file;
  }

  /** {@link run} for a step that may write nothing (`make` resolves undefined): recorded when it wrote. */
  async runIfWritten(
    step: BuildStep['step'],
    make: () => Promise<string | undefined>,
  ): Promise<string | undefined> {
    const started = performance.now();
    const file = await make();
    if (file !== undefined) await this.#record(step, file, started);
    return file;
  }

  /**
   * Bundles with {@link bundleFunction}, recorded as the bundle, its source map and its license
   * notices (when there are some); resolves to those files.
   */
  async bundle(options: BundleOptions): Promise<string[]> {
    const started = performance.now();
    const { outfile, sourcemapFile, licensesFile } = await bundleFunction(options);
    await this.#record('bundle', outfile, started);
    // Written with the bundle: they take no time of their own.
    await this.#record('source map', sourcemapFile, performance.now());
    if (licensesFile) await this.#record('licenses', licensesFile, performance.now());
    return licensesFile ? [outfile, sourcemapFile, licensesFile] : [outfile, sourcemapFile];
  }

  /**
   * Writes the script start and code cache beside a bundle with {@link writeCodeCache}, recorded
   * as the start and the code cache (noted with how it was made); resolves to what it wrote, or to
   * undefined when the bundle must start as an ES module.
   */
  async codeCache(outdir: string, options: CodeCacheOptions): Promise<CodeCache | undefined> {
    const started = performance.now();
    const codeCache = await writeCodeCache(outdir, options);
    if (codeCache) {
      await this.#record('start', codeCache.start, performance.now());
      if (codeCache.scope) await this.#record('start', codeCache.scope, performance.now());
      await this.#record('code cache', codeCache.file, started, codeCacheNote(codeCache));
    }
    return codeCache;
  }

  /** The steps so far. */
  get list(): readonly BuildStep[] {
    return this.#steps;
  }

  async #record(step: BuildStep['step'], file: string, started: number, note?: string): Promise<void> {
    const { size } = await stat(file);
    const durationMs = Math.round(performance.now() - started);
    this.#steps.push({ step, file, bytes: size, durationMs, ...(note === undefined ? {} : { note }) });
  }
}

/** How a code cache was made, as the build's summary says it. */
function codeCacheNote({ madeAfter, trainingFailure }: CodeCache): string {
  if (madeAfter === 'init') return 'made after init';
  return trainingFailure
    ? `compiled only: the training start failed (${trainingFailure})`
    : 'compiled only (--no-train)';
}
