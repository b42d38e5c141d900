import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mountExtensionsApi } from './extensions-api.js';
import { mountHttpFront } from './http-front.js';
import type { InvocationHistory } from './invocation-history.js';
import { mountInvokeApi } from './invoke-api.js';
import { type InvokeOptions, type InvokeResult, invokeFunction } from './invoke-client.js';
import { type EmulatorOptions, resolveEmulatorOptions } from './options.js';
import { Router } from './router.js';
import { mountRuntimeApi } from './runtime-api.js';
import { FunctionSupervisor } from './supervisor.js';
import { mountTelemetryApi } from './telemetry-api.js';

const CLOSE_GRACE_MS = 250;
/** The account of the emulated function (its ARN, and `register` with the accountId feature). */
const ACCOUNT_ID = '000000000000';

/** A running local Lambda. */
export interface Emulator {
  /** Base URL of the server, e.g. `http://127.0.0.1:9000`: also the function's HTTP base URL. */
  readonly url: string;
  /** `host:port` as the function sees it in `AWS_LAMBDA_RUNTIME_API`. */
  readonly runtimeApi: string;
  /** The port the server listens on. */
  readonly port: number;
  /** The function's ARN, as passed in `Lambda-Runtime-Invoked-Function-Arn`. */
  readonly functionArn: string;
  /** The last invocations with their events, results and log lines (the `history` option). */
  readonly history: InvocationHistory;
  /** Invokes the function through the Invoke API and waits for the result. */
  invoke(event: unknown, options?: InvokeOptions): Promise<InvokeResult>;
  /**
   * Replaces the function process, e.g. after its bundle was rebuilt: invocations in flight finish
   * on the current process, which is then killed; the next invocation starts a new one.
   */
  restartFunction(): void;
  /** Kills the function, fails what is still pending, and closes the server. */
  stop(): Promise<void>;
}

/**
 * Starts a local Lambda: one HTTP server serving the Runtime API to the function process, the
 * Invoke API to callers, and on every other path an HTTP front that turns the request into an
 * API Gateway / ALB / Function URL event (`httpFormat`). The function starts on the first
 * invocation and stays warm.
 *
 * @example
 * ```ts
 * const emulator = await startEmulator({ command: ['node', 'dist-lambda/index.mjs'] });
 * const result = await emulator.invoke({ name: 'World' });
 * console.log(result.statusCode, result.json());
 * const page = await fetch(`${emulator.url}/orders/42?expand=items`); // an HTTP API v2 event
 * await emulator.stop();
 * ```
 */
export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const resolved = resolveEmulatorOptions(options);
  const router = new Router();
  const server = createServer((req, res) => router.handle(req, res));
  // Long polls and long streams are normal here.
  server.requestTimeout = 0;
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  const runtimeApi = `${host}:${port}`;
  const url = `http://${runtimeApi}`;
  const functionArn = `arn:aws:lambda:${resolved.region}:${ACCOUNT_ID}:function:${resolved.functionName}`;

  const supervisor = new FunctionSupervisor(resolved, runtimeApi, functionArn);
  mountRuntimeApi(router, { supervisor, functionArn });
  mountExtensionsApi(router, {
    registry: supervisor.extensions.registry,
    metadata: {
      functionName: resolved.functionName,
      functionVersion: '$LATEST',
      handler: resolved.handler,
      accountId: ACCOUNT_ID,
    },
    onRegistered: (extension) =>
      supervisor.hub.emit('platform.extension', {
        name: extension.name,
        state: 'Ready',
        events: [...extension.events],
      }),
    onError: (extension, errorType, call) =>
      supervisor.extensions.reportError(extension.name, call, errorType),
  });
  mountTelemetryApi(router, { registry: supervisor.extensions.registry, hub: supervisor.hub });
  mountInvokeApi(router, supervisor);
  for (const route of resolved.routes) router.add(route.method, route.path, route.handler);
  mountHttpFront(router, {
    supervisor,
    format: resolved.httpFormat,
    region: resolved.region,
    reserved: resolved.reservedPaths,
  });
  if (resolved.prewarm) supervisor.prewarm();

  let stopping: Promise<void> | undefined;
  return {
    url,
    runtimeApi,
    port,
    functionArn,
    history: supervisor.history,
    invoke: (event, invokeOptions) => invokeFunction(url, event, invokeOptions),
    restartFunction: () => supervisor.restart(),
    stop: () => {
      stopping ??= (async () => {
        await supervisor.stop();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Answers already on their way get a moment; then whatever is left is cut.
          setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
        });
      })();
      return stopping;
    },
  };
}
