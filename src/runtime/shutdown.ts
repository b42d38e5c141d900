import { loadExtensionsApiClient } from '../lazy-modules.js';
import { USER_AGENT } from './version.js';

/** A function run when Lambda shuts the environment down. */
export type ShutdownHook = () => void | Promise<void>;

/**
 * How long the hooks may take together. Lambda sends SIGKILL 500 ms after SIGTERM when only internal
 * extensions are registered; the margin leaves time to exit cleanly.
 */
export const SHUTDOWN_HOOKS_LIMIT_MS = 450;
/** The internal extension that makes Lambda send SIGTERM at all (it does only when one exists). */
export const SHUTDOWN_EXTENSION_NAME = 'lambdakit-shutdown';

const hooks: ShutdownHook[] = [];
let installed = false;
let registered: Promise<void> | undefined;

/**
 * Runs `hook` when the process gets SIGTERM or SIGINT, then the process exits 0. Lambda sends
 * SIGTERM before shutting an environment down only when an extension is registered, so the runtime
 * registers a no-op internal extension (`lambdakit-shutdown`, no events) during init when a hook
 * exists: call `onShutdown` at module load or in init. Hooks run in registration order and get
 * 450 ms together; one that throws is logged and the rest still run.
 *
 * @example
 * ```ts
 * onShutdown(async () => { await db.end(); });
 * ```
 */
export function onShutdown(hook: ShutdownHook): void {
  hooks.push(hook);
  if (installed) return;
  installed = true;
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * Registers the no-op internal extension if a shutdown hook exists: the runtime calls it at the end
 * of init, before its first `/next`. Its `event/next` never answers (it asks for no events) and does
 * not keep the process alive. Calling it again does nothing.
 */
export function registerShutdownExtension(address: string): Promise<void> {
  if (hooks.length === 0) return Promise.resolve();
  registered ??= (async () => {
    // Loaded by a function with hooks only (a bundle holds it from the start: src/lazy-modules.ts).
    const { ExtensionsApiClient } = await loadExtensionsApiClient();
    const api = new ExtensionsApiClient(address, { keepProcessAlive: false, userAgent: USER_AGENT });
    await api.register(SHUTDOWN_EXTENSION_NAME, []);
    api.next().catch((error: unknown) => {
      console.error(`${SHUTDOWN_EXTENSION_NAME}: the internal extension stopped:`, error);
    });
  })();
  return registered;
}

async function shutdown(signal: string): Promise<void> {
  console.info(`${signal} received: running ${hooks.length} shutdown hook(s)`);
  const limit = new Promise<'late'>((resolve) =>
    setTimeout(resolve, SHUTDOWN_HOOKS_LIMIT_MS, 'late').unref(),
  );
  if ((await Promise.race([runHooks(), limit])) === 'late') {
    console.error(`shutdown hooks did not finish within ${SHUTDOWN_HOOKS_LIMIT_MS} ms; exiting`);
  }
  process.exit(0);
}

async function runHooks(): Promise<'done'> {
  for (const hook of hooks) {
    try {
      await hook();
    } catch (error) {
      console.error('shutdown hook failed', error);
    }
  }
  return 'done';
}
