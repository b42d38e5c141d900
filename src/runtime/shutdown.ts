/** A function run when Lambda shuts the environment down. */
export type ShutdownHook = () => void | Promise<void>;

const hooks: ShutdownHook[] = [];
let installed = false;

/**
 * Runs `hook` when the process gets SIGTERM or SIGINT (Lambda sends SIGTERM before shutting down an
 * environment that has an extension), then the process exits 0. Hooks run in registration order;
 * one that throws is logged and the rest still run.
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

async function shutdown(signal: string): Promise<void> {
  console.info(`${signal} received: running ${hooks.length} shutdown hook(s)`);
  for (const hook of hooks) {
    try {
      await hook();
    } catch (error) {
      console.error('shutdown hook failed', error);
    }
  }
  process.exit(0);
}
