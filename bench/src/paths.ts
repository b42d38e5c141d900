import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/, found from the bundled driver in bench/dist/ (or from the sources in bench/src/). */
export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The lambdakit repository. */
export const ROOT = resolve(BENCH_DIR, '..');
/** Where contenders are bundled and profiles written (git-ignored). */
export const OUT_DIR = join(BENCH_DIR, 'dist');
/** The real AWS sample events, the copy the tests read. */
export const FIXTURE_DIR = join(ROOT, 'test', 'fixtures', 'events-aws-lambda-go');
