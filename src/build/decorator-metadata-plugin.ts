import { readFile } from 'node:fs/promises';
import type { Loader, Message, OnLoadResult, PartialMessage, Plugin } from 'esbuild';
import type { CompilerOptions, Diagnostic } from 'typescript';
import { decoratorCompilerOptions } from './decorator-compiler-options.js';
import { loadTypeScript, type TypeScriptApi } from './load-typescript.js';

/** Block comments, and line comments that start a line or follow a space (not `http://`). */
const COMMENTS = /\/\*[\s\S]*?\*\/|(?:^|(?<=\s))\/\/[^\n]*/gm;
/** `@Name` at the start of a statement, a member, a parameter or an argument. */
const DECORATOR = /(?:^|[\s(,;{}])@[A-Za-z_$]/m;

/** Each file's last source and what it compiled to, for this process: rebuilds skip unchanged files. */
const compiled = new Map<string, { readonly source: string; readonly result: OnLoadResult }>();

/**
 * True when TypeScript source uses decorators (comments aside). A false positive (an `@x` in a
 * string) costs one TypeScript transpile, never a wrong output.
 */
export function usesDecorators(source: string): boolean {
  return DECORATOR.test(source.replace(COMMENTS, ''));
}

/**
 * An esbuild plugin that compiles the project's TypeScript files that use decorators with
 * TypeScript itself (`transpileModule`, `emitDecoratorMetadata`), so constructor injection by type
 * and `design:type` work as under `tsc`; esbuild emits no such metadata. Other files, and
 * everything in node_modules, stay with esbuild. TypeScript is loaded on the first decorated file,
 * and a file is compiled again only when its source changed.
 *
 * @example
 * ```ts
 * await esbuild.build({ entryPoints: ['src/fn.ts'], bundle: true, plugins: [decoratorMetadataPlugin()] });
 * ```
 */
export function decoratorMetadataPlugin(): Plugin {
  const configs = new Map<string, CompilerOptions>();
  let ts: TypeScriptApi | undefined;
  return {
    name: 'lambdakit-decorator-metadata',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?tsx?$/ }, async (args) => {
        if (/[\\/]node_modules[\\/]/.test(args.path) || /\.d\.[cm]?ts$/.test(args.path)) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!usesDecorators(source)) return undefined;
        const last = compiled.get(args.path);
        if (last?.source === source) return last.result;
        let typescript: TypeScriptApi;
        try {
          typescript = ts ??= loadTypeScript(args.path);
        } catch (error) {
          return { errors: [{ text: error instanceof Error ? error.message : String(error) }] };
        }
        const output = typescript.transpileModule(source, {
          fileName: args.path,
          reportDiagnostics: true,
          compilerOptions: decoratorCompilerOptions(typescript, args.path, configs),
        });
        const loader: Loader = args.path.endsWith('x') ? 'jsx' : 'js';
        // Syntax errors only (TS1xxx): the options' own complaints are about the output, which esbuild makes.
        const errors = (output.diagnostics ?? [])
          .filter(({ category, code }) => category === typescript.DiagnosticCategory.Error && code < 2000)
          .map((diagnostic) => toMessage(typescript, diagnostic));
        if (errors.length > 0) return { errors };
        const result = { contents: output.outputText, loader };
        compiled.set(args.path, { source, result });
        return result;
      });
    },
  };
}

function toMessage(ts: TypeScriptApi, diagnostic: Diagnostic): PartialMessage {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  const { file, start } = diagnostic;
  if (!file || start === undefined) return { text };
  const { line, character } = file.getLineAndCharacterOfPosition(start);
  const lineText = file.text.split('\n')[line] ?? '';
  const location: Message['location'] = {
    file: file.fileName,
    namespace: 'file',
    line: line + 1,
    column: character,
    length: diagnostic.length ?? 0,
    lineText,
    suggestion: '',
  };
  return { text, location };
}
