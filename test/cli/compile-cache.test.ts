import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFunction, COMPILE_CACHE_DIR, writeCompileCache } from '../../src/build/index.js';
import { createProject, type TestProject } from './support/project.js';

/** A bundle whose init leaves a file behind: it must not run while its cache is written. */
const LEAVES_A_MARK = `
import { writeFileSync } from 'node:fs';
writeFileSync(process.env.MARK_FILE ?? 'mark', 'ran');
export function handler() { return 'ok'; }
`;

/** Node.js 24.12 and later write a portable compile cache (`enableCompileCache({ portable })`). */
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const portableCache =
  typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function' &&
  (major > 24 || (major === 24 && minor >= 12));

describe(`writeCompileCache on Node.js ${process.versions.node}`, () => {
  let project: TestProject;
  let outfile: string;
  const mark = () => join(project.dir, 'mark');

  beforeAll(async () => {
    project = createProject();
    const entry = project.write('marks.ts', LEAVES_A_MARK);
    ({ outfile } = await bundleFunction({ entry, outdir: join(project.dir, 'out'), wrap: false }));
  });
  afterAll(() => project.cleanup());

  it('compiles the bundle without running its init', async () => {
    process.env.MARK_FILE = mark();
    try {
      const cache = await writeCompileCache(outfile);
      expect(existsSync(mark())).toBe(false);
      if (portableCache) {
        expect(cache).toContain(join('out', COMPILE_CACHE_DIR));
        expect(existsSync(cache!)).toBe(true);
      } else {
        // Older Node.js writes no cache, and leaves no folder behind.
        expect(cache).toBeUndefined();
        expect(existsSync(join(project.dir, 'out', COMPILE_CACHE_DIR))).toBe(false);
      }
    } finally {
      delete process.env.MARK_FILE;
    }
  });

  it('is taken by the same Node.js from another folder, as the bootstrap sets it', async () => {
    await writeCompileCache(outfile);
    const moved = join(project.dir, 'task');
    cpSync(join(project.dir, 'out'), moved, { recursive: true });
    const run = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `await import(${JSON.stringify(join(moved, 'index.mjs'))})`],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          MARK_FILE: mark(),
          NODE_COMPILE_CACHE: join(moved, COMPILE_CACHE_DIR),
          NODE_COMPILE_CACHE_PORTABLE: '1',
          NODE_DEBUG_NATIVE: 'COMPILE_CACHE',
        },
      },
    );
    expect(run.status).toBe(0);
    expect(existsSync(mark())).toBe(true);
    const accepted = /V8 code cache for ESM \S+task\/index\.mjs was accepted/.test(run.stderr);
    expect(accepted).toBe(portableCache);
  });
});
