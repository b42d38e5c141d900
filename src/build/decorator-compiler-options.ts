import { dirname } from 'node:path';
import type { CompilerOptions } from 'typescript';
import type { TypeScriptApi } from './load-typescript.js';

/**
 * The compiler options `tsc` would use for `file` (its nearest tsconfig.json, `extends` included),
 * with decorator metadata on and everything else left to esbuild: ES modules, the newest target,
 * an inline source map esbuild chains into the bundle's. Class fields keep the semantics the
 * project's own target gives them, so a decorated class behaves as it does under `tsc`.
 */
export function decoratorCompilerOptions(
  ts: TypeScriptApi,
  file: string,
  cache: Map<string, CompilerOptions>,
): CompilerOptions {
  const config = ts.findConfigFile(dirname(file), ts.sys.fileExists) ?? '';
  let options = cache.get(config);
  if (!options) {
    options = config ? projectOptions(ts, config) : {};
    cache.set(config, options);
  }
  // Output locations would make the source map's paths relative to the project's outDir, not to the file.
  const { outDir, rootDir, outFile, sourceRoot, mapRoot, declarationDir, ...project } = options;
  const target = project.target ?? ts.ScriptTarget.ES5;
  return {
    ...project,
    experimentalDecorators: true,
    emitDecoratorMetadata: true,
    useDefineForClassFields: project.useDefineForClassFields ?? target >= ts.ScriptTarget.ES2022,
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.Preserve,
    importHelpers: false,
    sourceMap: false,
    inlineSourceMap: true,
    inlineSources: true,
    declaration: false,
    declarationMap: false,
    noEmit: false,
    emitDeclarationOnly: false,
  };
}

function projectOptions(ts: TypeScriptApi, config: string): CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    config,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  return parsed?.options ?? {};
}
