import { dirname } from 'node:path';
import type { BuildOptions } from 'esbuild';
import type { BundleOptions } from './bundle-function.js';
import { EntryError } from './entry-error.js';
import { generatedExtensionMain, generatedHandlerModule, generatedMain } from './generated-main.js';
import type { EntryFacts } from './inspect-entry.js';

/**
 * What esbuild bundles for an entry: the entry itself when it starts the loop, else a generated
 * main around its handler export (for `target`), or around its `@Extension` class for an
 * extension. An entry with none of these is an {@link EntryError}.
 */
export function entryInput(facts: EntryFacts, options: BundleOptions): BuildOptions {
  const { entry } = facts;
  if (options.extensionName !== undefined) {
    return generated(
      entry,
      generatedExtensionMain(entry, options.extensionName, extensionExport(facts, options)),
    );
  }
  const handler = handlerExport(facts, options.handler);
  if (options.target === 'nodejs') {
    if (handler === undefined) throw noHandler(facts, options.handler);
    return generated(entry, generatedHandlerModule(entry, handler));
  }
  if (options.wrap === false || (handler === undefined && facts.startsLoop)) return { entryPoints: [entry] };
  if (handler === undefined) throw noHandler(facts, options.handler);
  return generated(entry, generatedMain(entry, options.handler));
}

/**
 * The export to run: the one named (its first part when dotted, `handlers.orders`), else `handler`,
 * else `default`; undefined when the entry does not export it.
 */
function handlerExport(facts: EntryFacts, named: string | undefined): string | undefined {
  const candidates = named ? [named] : ['handler', 'default'];
  if (facts.exports === undefined) return candidates[0];
  return candidates.find((name) => facts.exports?.includes(name.split('.')[0] ?? name));
}

/** The export holding the `@Extension` class: the one named, else `extension`, else `default`. */
function extensionExport(facts: EntryFacts, options: BundleOptions): string | undefined {
  const candidates = options.handler ? [options.handler] : ['extension', 'default'];
  if (facts.exports === undefined) return options.handler;
  const found = candidates.find((name) => facts.exports?.includes(name));
  if (found !== undefined) return found;
  const exported = facts.exports.length ? facts.exports.join(', ') : 'none';
  const wanted = candidates.map((name) => `'${name}'`).join(' or ');
  throw new EntryError(`${facts.entry} exports no ${wanted} @Extension class (exports: ${exported})`);
}

function noHandler(facts: EntryFacts, named: string | undefined): EntryError {
  const wanted = named ? `'${named}'` : "'handler' or 'default'";
  const found = facts.exports?.length ? facts.exports.join(', ') : 'none';
  const loop = facts.startsLoop
    ? 'it starts its own loop, and the managed runtime runs its own: export handler = createHandler(app)'
    : 'export the handler, or start the loop at top level with run(fn) or createApp(…).run()';
  return new EntryError(`${facts.entry} exports no ${wanted} (exports: ${found}): ${loop}`);
}

function generated(entry: string, contents: string): BuildOptions {
  return { stdin: { contents, resolveDir: dirname(entry), sourcefile: 'lambdakit-main.mjs', loader: 'js' } };
}
