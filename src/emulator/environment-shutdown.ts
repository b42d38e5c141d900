import type { ShutdownReason } from './extension-events.js';
import type { ExtensionHost } from './extension-host.js';
import type { FunctionProcess } from './function-process.js';
import type { TelemetryHub } from './telemetry-hub.js';

/** Lambda's SHUTDOWN phase: 2 s in all with external extensions, of which the runtime gets 300 ms. */
const SHUTDOWN_MS = 2000;
const RUNTIME_SHUTDOWN_MS = 300;
/** With internal extensions only, the runtime gets 500 ms between SIGTERM and SIGKILL. */
const RUNTIME_SHUTDOWN_INTERNAL_MS = 500;

/** What one environment is made of when it ends. */
export interface EndingEnvironment {
  readonly runtime: FunctionProcess | undefined;
  readonly extensions: ExtensionHost;
  readonly hub: TelemetryHub;
}

/**
 * Ends an environment as Lambda does: on a spin-down the runtime gets SIGTERM when an extension is
 * registered (then SIGKILL after its grace), otherwise SIGKILL at once; buffered telemetry goes
 * out; the external extensions get SHUTDOWN with the phase's deadline, then are killed.
 */
export async function shutDownEnvironment(
  environment: EndingEnvironment,
  reason: ShutdownReason,
): Promise<void> {
  const { runtime, extensions, hub } = environment;
  const deadline = Date.now() + SHUTDOWN_MS;
  const registered = extensions.registry.all();
  if (runtime && registered.length > 0 && reason === 'spindown') {
    const external = registered.some((extension) => extension.kind === 'external');
    await runtime.terminate(external ? RUNTIME_SHUTDOWN_MS : RUNTIME_SHUTDOWN_INTERNAL_MS);
  } else if (runtime) {
    await runtime.kill();
  }
  await hub.flush();
  await extensions.shutdown(reason, deadline);
  await Promise.race([hub.close(), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_MS).unref())]);
}
