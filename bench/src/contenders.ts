import { createRequire } from 'node:module';
import { join } from 'node:path';
import { MANAGED_RUNTIME_NODE_OPTIONS } from '../../src/build/index.js';
import { bundleScript, lambdakitHandlerModule, lambdakitLaunch } from './bundle.js';
import { type EventSpec, HTTP_API_V2, POST_ORDER_V2 } from './events.js';
import { BENCH_DIR, OUT_DIR } from './paths.js';
import type { Launch } from './process.js';

/** One runtime under test: built once per benchmark run, then started fresh for every measurement. */
export interface Contender {
  readonly name: string;
  /** One line for the README and `--help`. */
  readonly about: string;
  /** Builds what the contender runs (into `outdir`) and says how to start it. */
  prepare(outdir: string): Promise<Launch>;
  /** Environment for `concurrency` > 1 beyond `AWS_LAMBDA_MAX_CONCURRENCY`, which every contender gets. */
  concurrentEnv?(concurrency: number): Record<string, string>;
  /**
   * Its own event, when it cannot take any `--event` fixture (an HTTP route, an event class).
   * @default the `--event` fixture
   */
  readonly event?: EventSpec;
  /** The module exporting its `handler(event, context)`, which `--handler-only` calls in-process. */
  readonly handlerModule?: string;
  /** For a lambdakit contender: the app it builds and how, which `--against` repeats on another commit's copy. */
  readonly lambdakitApp?: LambdakitApp;
}

/** A lambdakit app's entry, and how a contender builds and starts it. */
export interface LambdakitApp {
  readonly entry: string;
  prepare(entry: string, outdir: string): Promise<Launch>;
}

const source = (file: string) => join(BENCH_DIR, 'contenders', file);
const HANDLER = source('handler.ts');

/** The contenders, in report order; the first is the baseline every ratio is taken against. */
export const CONTENDERS: readonly Contender[] = [
  {
    name: 'bare-undici',
    about: 'a bare loop on undici Client.dispatch (lib/dispatcher/client.js alone): the floor',
    prepare: async (outdir) => ({ script: await bundleScript(source('bare-undici.ts'), outdir) }),
  },
  {
    name: 'bare-http',
    about: 'a bare loop on node:http with a keep-alive Agent',
    prepare: async (outdir) => ({ script: await bundleScript(source('bare-http.ts'), outdir) }),
  },
  {
    name: 'bare-net',
    about: 'a bare loop on a hand-written HTTP/1.1 client over net.Socket: what undici costs at start-up',
    prepare: async (outdir) => ({ script: await bundleScript(source('bare-net.ts'), outdir) }),
  },
  {
    name: 'aws-lambda-ric',
    about: 'the official Node runtime interface client (npm aws-lambda-ric) loading the bundled handler',
    handlerModule: HANDLER,
    ...onAwsLambdaRic((outdir) => bundleScript(HANDLER, outdir)),
  },
  {
    name: 'lambdakit-run',
    about: "lambdakit's functional run() through startModule, bundled as Lambda runs it",
    ...onLambdakit(HANDLER),
  },
  {
    name: 'lambdakit-controller',
    about:
      "lambdakit-run's function as a @Controller with @Handler(ApiGatewayProxyEventV2, { validate: false })",
    event: HTTP_API_V2,
    ...onLambdakit(source('controller.ts')),
  },
  {
    name: 'lambdakit-controller-validated',
    about: 'the same controller with class-validator on: @Handler(ApiGatewayProxyEventV2)',
    event: HTTP_API_V2,
    ...onLambdakit(source('controller-validated.ts')),
  },
  {
    name: 'lambdakit-http',
    about: "@Http('POST /orders/{id}') with @Param and a validated @Body(CreateOrder), an HTTP API v2 event",
    event: POST_ORDER_V2,
    ...onLambdakit(source('http.ts')),
  },
  {
    name: 'lambdakit-controller-on-ric',
    about:
      'the lambdakit-controller app exported with createHandler, built with --target nodejs (from Node.js 24 on, index.js and its code cache), run by the official aws-lambda-ric',
    event: HTTP_API_V2,
    ...onAwsLambdaRicApp(source('controller.ts')),
  },
  {
    name: 'powertools-http-on-lambdakit',
    about: 'the same route on Powertools event-handler Router (zod body validation), run by lambdakit',
    event: POST_ORDER_V2,
    ...onLambdakit(source('powertools-http.ts')),
  },
];

/** A benchmark-only peer from bench/node_modules, with the fix when it is missing. */
function resolveBenchPackage(name: string): string {
  try {
    return createRequire(join(BENCH_DIR, 'package.json')).resolve(name);
  } catch (cause) {
    const fix = 'run `npm --prefix bench ci` once (or leave it out with --only)';
    throw new Error(`${name} is not installed: ${fix}`, { cause });
  }
}

/** Builds every chosen contender into bench/dist/contenders/<name>/. */
export async function prepareAll(contenders: readonly Contender[]): Promise<Map<string, Launch>> {
  const launches = new Map<string, Launch>();
  for (const contender of contenders) {
    launches.set(contender.name, await contender.prepare(join(OUT_DIR, 'contenders', contender.name)));
  }
  return launches;
}

/** A lambdakit function on its own runtime, built from `app` as `lambdakit build` ships it. */
function onLambdakit(app: string): Pick<Contender, 'prepare' | 'handlerModule' | 'lambdakitApp'> {
  return {
    handlerModule: app,
    lambdakitApp: { entry: app, prepare: lambdakitLaunch },
    prepare: (outdir) => lambdakitLaunch(app, outdir),
  };
}

/** A lambdakit app's handler module (`--target nodejs`) run by the official client. */
function onAwsLambdaRicApp(app: string): Pick<Contender, 'prepare' | 'concurrentEnv' | 'lambdakitApp'> {
  const built = (entry: string) => onAwsLambdaRic((outdir) => lambdakitHandlerModule(entry, outdir));
  return {
    ...built(app),
    lambdakitApp: { entry: app, prepare: (entry, outdir) => built(entry).prepare(outdir) },
  };
}

/**
 * The official client running a handler module, as built by `build` into `outdir`, as the managed runtimes do (`_HANDLER`). With
 * `AWS_LAMBDA_MAX_CONCURRENCY` it starts worker threads (by default 8 per CPU), each polling `/next`
 * one at a time and starting every invocation without waiting for the one before.
 */
function onAwsLambdaRic(
  build: (outdir: string) => Promise<unknown>,
): Pick<Contender, 'prepare' | 'concurrentEnv'> {
  return {
    async prepare(outdir) {
      await build(outdir);
      return {
        script: resolveBenchPackage('aws-lambda-ric'),
        // As the managed runtimes start node (the heap sizes they also set depend on the memory).
        nodeArgs: MANAGED_RUNTIME_NODE_OPTIONS,
        cwd: outdir,
        env: { LAMBDA_TASK_ROOT: outdir, _HANDLER: 'index.handler' },
      };
    },
    concurrentEnv: (concurrency) => ({ AWS_LAMBDA_NODEJS_WORKER_COUNT: String(concurrency) }),
  };
}
