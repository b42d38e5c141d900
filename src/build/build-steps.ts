import { stat } from 'node:fs/promises';

/** One file a build step wrote, for the build's summary. */
export interface BuildStep {
  /** What the step made. */
  readonly step: 'bundle' | 'source map' | 'bootstrap' | 'launcher' | 'zip';
  /** The file, as an absolute path. */
  readonly file: string;
  /** Its size in bytes. */
  readonly bytes: number;
  /** How long the step took, in ms (the source map is written with the bundle: about 0). */
  readonly durationMs: number;
}

/** Collects the {@link BuildStep}s of one build, in the order they finish. */
export class BuildSteps {
  readonly #steps: BuildStep[] = [];

  /** Runs `make`, which writes one file and resolves to its path, and records it as `step`. */
  async run(step: BuildStep['step'], make: () => Promise<string>): Promise<string> {
    const started = performance.now();
    const file = await make();
    this.#steps.push({
      step,
      file,
      bytes: (await stat(file)).size,
      durationMs: Math.round(performance.now() - started),
    });
    return file;
  }

  /** Records a file written by an earlier step (a bundle's source map), taking no time of its own. */
  async written(step: BuildStep['step'], file: string): Promise<string> {
    this.#steps.push({ step, file, bytes: (await stat(file)).size, durationMs: 0 });
    return file;
  }

  /** The steps so far. */
  get list(): readonly BuildStep[] {
    return this.#steps;
  }
}
