import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The lambdakit checkout these tests run in. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The packages a test project links from the checkout, as if installed. */
const LINKED = ['class-validator', 'class-transformer', 'reflect-metadata'];

/**
 * A throwaway project in the temp dir: `node_modules/lambdakit` links to this checkout (bundled
 * from its TypeScript sources with the `lambdakit-source` condition) and a few dependencies are
 * linked beside it, as `npm install` would place them.
 */
export interface TestProject {
  readonly dir: string;
  write(name: string, source: string): string;
  cleanup(): void;
}

export function createProject(): TestProject {
  const dir = mkdtempSync(join(tmpdir(), 'lambdakit-project-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(REPO_ROOT, join(dir, 'node_modules', 'lambdakit'), 'dir');
  for (const name of LINKED)
    symlinkSync(join(REPO_ROOT, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { experimentalDecorators: true } }),
  );
  return {
    dir,
    write(name, source) {
      const file = join(dir, name);
      mkdirSync(dirname(file), { recursive: true });
      // Through a rename, so a watcher never reads the file half-written (and rebuilds twice).
      writeFileSync(`${file}.tmp`, source);
      renameSync(`${file}.tmp`, file);
      return file;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A handler module using lambdakit's functional API. */
export const HELLO_HANDLER = `
export const handler = async (event: { name?: string }, context: { awsRequestId: string }) => {
  if (event.name === 'fail') throw new TypeError('no such name');
  return { greeting: 'Hello ' + (event.name ?? 'World'), requestId: context.awsRequestId };
};
`;
