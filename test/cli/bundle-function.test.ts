import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bootstrapSource,
  bundleFunction,
  deferredModulePlugin,
  writeBootstrap,
} from '../../src/build/index.js';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { createProject, HELLO_HANDLER, type TestProject } from './support/project.js';

/** A self-running entry (no lambdakit): TypeScript, a local module, class-validator and a CJS dependency. */
const SELF_RUNNING = `
import { IsInt, Min, validateSync } from 'class-validator';
import { double } from './lib/double';
import platform from './lib/platform.cjs';

class Order {
  @IsInt() @Min(1) quantity!: number;
}

const api = 'http://' + process.env.AWS_LAMBDA_RUNTIME_API + '/2018-06-01/runtime/invocation/';
for (;;) {
  const res = await fetch(api + 'next');
  const id = res.headers.get('lambda-runtime-aws-request-id');
  const event = (await res.json()) as { quantity: unknown };
  const order = Object.assign(new Order(), event);
  const errors = validateSync(order).map((error) => Object.keys(error.constraints ?? {}));
  const body = { errors, doubled: double(Number(event.quantity)), platform };
  await fetch(api + id + '/response', { method: 'POST', body: JSON.stringify(body) });
}
`;

async function runBundle(command: string[], event: unknown): Promise<unknown> {
  const emulator: Emulator = await startEmulator({ command, output: 'ignore' });
  try {
    const result = await emulator.invoke(event);
    return { functionError: result.functionError, body: result.json() };
  } finally {
    await emulator.stop();
  }
}

/** A module exporting a controller app whose one handler returns `result` (a JavaScript expression). */
function pingApp(result: string): string {
  return [
    "import { Controller, createApp, createHandler, Handler } from 'lambdakit';",
    'class Ping {}',
    '@Controller()',
    'class Pings {',
    '  @Handler(Ping, { validate: false })',
    `  ping() { return ${result}; }`,
    '}',
    'export const handler = createHandler(createApp({ controllers: [Pings] }));',
    '',
  ].join('\n');
}

describe('bundleFunction', () => {
  let project: TestProject;
  beforeAll(() => {
    project = createProject();
    project.write('lib/double.ts', 'export const double = (n: number): number => n * 2;\n');
    project.write('lib/platform.cjs', "module.exports = require('node:os').platform();\n");
  });
  afterAll(() => project.cleanup());

  it('bundles a self-running entry to one ES module that runs, with validator code shaken out', async () => {
    const entry = project.write('self.ts', SELF_RUNNING);
    const { outfile, sourcemapFile } = await bundleFunction({
      entry,
      outdir: join(project.dir, 'out-self'),
      wrap: false,
    });
    expect(outfile).toBe(join(project.dir, 'out-self', 'index.mjs'));
    expect(statSync(sourcemapFile).size).toBeGreaterThan(0);
    const code = readFileSync(outfile, 'utf8');
    expect(code).toMatch(/^import \{ createRequire as __lambdakitCreateRequire \}/);
    expect(code).toContain('class-validator/esm5/');
    expect(code).not.toContain('libphonenumber-js');
    expect(code).not.toContain('validator/lib/isEmail');
    expect(code.length).toBeLessThan(250_000);
    expect(await runBundle([process.execPath, outfile], { quantity: 0 })).toEqual({
      functionError: undefined,
      body: { errors: [['min']], doubled: 0, platform: process.platform },
    });
  });

  it('wraps a handler module with startModule and runs it under the emulator', async () => {
    const entry = project.write('hello.ts', HELLO_HANDLER);
    const { outfile, licensesFile } = await bundleFunction({
      entry,
      outdir: join(project.dir, 'out-hello'),
      conditions: ['lambdakit-source'],
    });
    const code = readFileSync(outfile, 'utf8');
    // Built-ins come through that require, not ES module imports (whose facades load more: see builtinRequirePlugin).
    expect(code.match(/^import .* from ["']node:[a-z_/]+["'];$/gm)).toEqual([
      "import { createRequire as __lambdakitCreateRequire } from 'node:module';",
    ]);
    // ASCII only: one character above U+00FF makes V8 hold the whole source two bytes a character,
    // and any above U+007F sends Node's UTF-8 decoding of it down the slow path. Packages' license
    // notices (undici's names Jimmy W\u00e4rting) are kept beside the bundle instead.
    expect(code.match(/[\u0080-\uffff]/g) ?? []).toEqual([]);
    expect(licensesFile).toBe(`${outfile}.LEGAL.txt`);
    expect(readFileSync(licensesFile ?? '', 'utf8')).toContain(
      'formdata-polyfill. MIT License. Jimmy W\u00e4rting',
    );
    const result = await runBundle([process.execPath, outfile], { name: 'Ada' });
    expect(result).toMatchObject({ functionError: undefined, body: { greeting: 'Hello Ada' } });
  });

  it('starts an app without node:http2, node:zlib or node:crypto; HTTP/2 stays in the bundle for first use', async () => {
    const entry = project.write(
      'modules.ts',
      pingApp(
        "['http2', 'zlib', 'crypto'].filter((name) => process.moduleLoadList.includes('NativeModule ' + name))",
      ),
    );
    const { outfile } = await bundleFunction({
      entry,
      outdir: join(project.dir, 'out-modules'),
      conditions: ['lambdakit-source'],
    });
    expect(await runBundle([process.execPath, outfile], {})).toEqual({ functionError: undefined, body: [] });
    expect(readFileSync(outfile, 'utf8')).toContain('HTTP2_HEADER_AUTHORITY');
  });

  it('builds a handler module for the managed runtime that never loads undici: the runtime runs the loop', async () => {
    const entry = project.write('managed-modules.ts', pingApp("'pong'"));
    // Records the built-in modules the bundle requires (undici's client requires node:net as it loads).
    const preload = project.write(
      'record-builtins.cjs',
      [
        "const Module = require('node:module');",
        'const load = Module._load;',
        'globalThis.required = new Set();',
        'Module._load = function (request, parent, ...rest) {',
        "  if (parent?.filename?.endsWith('index.mjs')) globalThis.required.add(request);",
        '  return load.call(this, request, parent, ...rest);',
        '};',
        '',
      ].join('\n'),
    );
    const call =
      'const { handler } = await import(process.argv[1]);\n' +
      "const body = await handler({}, { awsRequestId: 'req-1' });\n" +
      'console.log(JSON.stringify([body, [...globalThis.required].sort()]));';
    const requiredBy = async (target: 'provided' | 'nodejs') => {
      const { outfile } = await bundleFunction({
        entry,
        outdir: join(project.dir, `out-managed-modules-${target}`),
        conditions: ['lambdakit-source'],
        target,
        ...(target === 'provided' ? { wrap: false } : {}),
      });
      const output = execFileSync(
        process.execPath,
        ['--require', preload, '--input-type=module', '-e', call, outfile],
        {
          encoding: 'utf8',
          env: { PATH: process.env.PATH, AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x' },
        },
      );
      return JSON.parse(output) as [unknown, string[]];
    };
    const [body, required] = await requiredBy('nodejs');
    expect(body).toBe('pong');
    expect(required).not.toContain('node:net');
    // The same module bundled for lambdakit's own loop loads undici as it starts.
    expect((await requiredBy('provided'))[1]).toContain('node:net');
  });

  it('imports node:util without reading its lazily loaded members (Node 24 loads worker_threads for one)', async () => {
    const entry = project.write(
      'util.mjs',
      [
        "import util, { format, promisify } from 'node:util';",
        "const loaded = ['internal/util/parse_args/parse_args', 'internal/util/diff', 'worker_threads']",
        "  .filter((name) => process.moduleLoadList.includes('NativeModule ' + name));",
        'const slept = await promisify(setTimeout)(1, 7);',
        "console.log(JSON.stringify([loaded, format('%s=%d', 'n', 1), util.inspect({ a: 1 }), slept, typeof util.parseArgs]));",
        '',
      ].join('\n'),
    );
    const { outfile } = await bundleFunction({ entry, outdir: join(project.dir, 'out-util'), wrap: false });
    expect(JSON.parse(execFileSync(process.execPath, [outfile], { encoding: 'utf8' }))).toEqual([
      [],
      'n=1',
      '{ a: 1 }',
      7,
      'function',
    ]);
  });

  it('leaves the HTTP router and the internal extension code out of an app that declares neither', async () => {
    const plain = project.write(
      'plain-app.ts',
      [
        "import { Controller, createApp, createHandler, Handler } from 'lambdakit';",
        "@Controller() class Pings { @Handler(Object, { validate: false }) ping() { return 'pong'; } }",
        'export const handler = createHandler(createApp({ controllers: [Pings] }));',
        '',
      ].join('\n'),
    );
    const routed = project.write(
      'routed-app.ts',
      [
        "import { Controller, createApp, createHandler, Extension, Http } from 'lambdakit';",
        '@Extension() class Timings { onInvoke() {} }',
        "@Controller() class Pings { @Http('GET /ping') ping() { return 'pong'; } }",
        'export const handler = createHandler(createApp({ controllers: [Pings], extensions: [Timings] }));',
        '',
      ].join('\n'),
    );
    const layersIn = async (entry: string, outdir: string) => {
      const { outfile } = await bundleFunction({
        entry,
        outdir: join(project.dir, outdir),
        conditions: ['lambdakit-source'],
      });
      const code = readFileSync(outfile, 'utf8');
      return ['createHttpHandler', 'startInternalExtensions'].filter((name) => code.includes(`"${name}"`));
    };
    expect(await layersIn(plain, 'out-plain-app')).toEqual([]);
    expect(await layersIn(routed, 'out-routed-app')).toEqual([
      'createHttpHandler',
      'startInternalExtensions',
    ]);
  });

  it('bundles the modules lambdakit loads on first use as static imports: no lazy initializer is left', async () => {
    const entry = project.write(
      'validated-app.ts',
      [
        "import { IsInt, Min } from 'class-validator';",
        "import { Controller, createApp, createHandler, Handler } from 'lambdakit';",
        'class Order { @IsInt() @Min(1) quantity!: number; }',
        '@Controller()',
        'class Orders { @Handler(Order) take(order: Order) { return { doubled: order.quantity * 2 }; } }',
        'export const handler = createHandler(createApp({ controllers: [Orders] }));',
        '',
      ].join('\n'),
    );
    const { outfile } = await bundleFunction({
      entry,
      outdir: join(project.dir, 'out-validated-app'),
      conditions: ['lambdakit-source'],
    });
    const code = readFileSync(outfile, 'utf8');
    expect(code).toContain('class-validator/esm5/');
    expect(code).not.toContain('__esm(');
    expect(await runBundle([process.execPath, outfile], { quantity: 21 })).toEqual({
      functionError: undefined,
      body: { doubled: 42 },
    });
    expect(await runBundle([process.execPath, outfile], { quantity: 0 })).toMatchObject({
      functionError: 'Unhandled',
      body: { errorType: 'Runtime.EventValidationError' },
    });
  });

  it('defers a listed module: its code runs on the first call or construction, with the arguments and this', async () => {
    project.write(
      'node_modules/heavy-lib/lib/client.js',
      "const add = require('./add.js');\nconst Pair = require('./pair.js');\n" +
        'module.exports = { base: 10, sum(a, b) { return add.call(this, a, b); }, pair: (a, b) => new Pair(a, b) };\n',
    );
    project.write(
      'node_modules/heavy-lib/lib/add.js',
      'globalThis.addLoaded = true;\nmodule.exports = function add(a, b) { return this.base + a + b; };\n',
    );
    project.write(
      'node_modules/heavy-lib/lib/pair.js',
      'globalThis.pairLoaded = true;\nmodule.exports = class Pair { constructor(a, b) { this.sum = a + b; } };\n',
    );
    const entry = project.write(
      'deferred.mjs',
      "import client from 'heavy-lib/lib/client.js';\n" +
        'const before = globalThis.addLoaded === true || globalThis.pairLoaded === true;\n' +
        'const pair = client.pair(2, 3);\n' +
        'console.log(JSON.stringify([before, client.sum(1, 2), globalThis.addLoaded, pair.constructor.name, pair.sum]));\n',
    );
    const outfile = join(project.dir, 'out-deferred', 'index.mjs');
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
      plugins: [
        deferredModulePlugin([
          { importer: /[\\/]heavy-lib[\\/]lib[\\/]client\.js$/, path: './add.js' },
          { importer: /[\\/]heavy-lib[\\/]lib[\\/]client\.js$/, path: './pair.js' },
        ]),
      ],
    });
    expect(JSON.parse(execFileSync(process.execPath, [outfile], { encoding: 'utf8' }))).toEqual([
      false,
      13,
      true,
      'Pair',
      5,
    ]);
  });

  it('runs the export named by handler', async () => {
    const entry = project.write(
      'named.ts',
      'export const main = async () => "from main";\nexport const handler = 1;\n',
    );
    const { outfile } = await bundleFunction({
      entry,
      outdir: join(project.dir, 'out-named'),
      handler: 'main',
      conditions: ['lambdakit-source'],
    });
    expect(await runBundle([process.execPath, outfile], {})).toEqual({
      functionError: undefined,
      body: 'from main',
    });
  });

  it('turns a module that throws while loading into an init error', async () => {
    const entry = project.write(
      'broken.ts',
      'throw new RangeError("config missing");\nexport const handler = () => 1;\n',
    );
    const { outfile } = await bundleFunction({
      entry,
      outdir: join(project.dir, 'out-broken'),
      conditions: ['lambdakit-source'],
    });
    const result = await runBundle([process.execPath, outfile], {});
    expect(result).toMatchObject({ functionError: 'Unhandled' });
    expect(JSON.stringify(result)).toContain('config missing');
  });

  it("keeps every function's and class's name, defining it only where esbuild renamed one", async () => {
    project.write('names/a.ts', 'export class Order {}\nexport const make = () => function step() {};\n');
    project.write('names/b.ts', 'export class Order {}\n');
    const entry = project.write(
      'names/main.ts',
      [
        "import { Order as A, make } from './a';",
        "import { Order as B } from './b';",
        'const step = make();',
        "const own = (f: Function) => Object.getOwnPropertyDescriptor(f, 'name');",
        'console.log(JSON.stringify([A.name, B.name, step.name, own(A), own(B), own(step)]));',
        '',
      ].join('\n'),
    );
    const { outfile } = await bundleFunction({ entry, outdir: join(project.dir, 'out-names'), wrap: false });
    const code = readFileSync(outfile, 'utf8');
    // esbuild renamed one of the two classes and still gives it its own name back
    expect(code).toMatch(/class Order2|Order2 = class/);
    expect(code).toContain('var __name = (target, value) => target.name === value ? target :');
    const name = (value: string) => ({ value, writable: false, enumerable: false, configurable: true });
    expect(JSON.parse(execFileSync(process.execPath, [outfile], { encoding: 'utf8' }))).toEqual([
      'Order',
      'Order',
      'step',
      name('Order'),
      name('Order'),
      name('step'),
    ]);
  });

  it('writes an executable bootstrap that runs the bundle as a module', async () => {
    const entry = project.write('boot.ts', HELLO_HANDLER);
    const outdir = join(project.dir, 'out-boot');
    await bundleFunction({ entry, outdir, conditions: ['lambdakit-source'], minify: true });
    const bootstrap = await writeBootstrap(outdir, 'module');
    expect(readFileSync(bootstrap, 'utf8')).toBe(bootstrapSource('module'));
    expect(statSync(bootstrap).mode & 0o111).toBe(0o111);
    const result = await runBundle([bootstrap], { name: 'boot' });
    expect(result).toMatchObject({ body: { greeting: 'Hello boot' } });
  });
});
