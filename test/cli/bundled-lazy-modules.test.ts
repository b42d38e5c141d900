import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledLazyModules } from '../../src/build/bundled-lazy-modules-plugin.js';

const LAZY_MODULES = new URL('../../src/lazy-modules.ts', import.meta.url);

describe('bundledLazyModules', () => {
  it('makes every loader of src/lazy-modules.ts a static import resolving to its module', () => {
    const source = readFileSync(LAZY_MODULES, 'utf8');
    const exported = source.match(/^export /gm) ?? [];
    const bundled = bundledLazyModules(source) ?? '';
    // every loader keeps the one shape the bundler rewrites: none is left to an import()
    expect(bundled.match(/^export const /gm)).toHaveLength(exported.length);
    expect(bundled).not.toContain('import(');
    expect(bundled).toContain(
      [
        "import * as module0 from './dispatch/transform-and-validate.js';",
        'export const loadTransformAndValidate = () => Promise.resolve(module0);',
      ].join('\n'),
    );
  });

  it('leaves a file with no loader of that shape to esbuild', () => {
    expect(bundledLazyModules("export const load = async () => import('./x.js');\n")).toBeUndefined();
  });
});
