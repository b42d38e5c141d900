import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ShutdownReason } from './extension-events.js';
import { ExtensionRegistry } from './extension-registry.js';
import { FunctionProcess, type ProcessExit } from './function-process.js';
import type { FunctionOutput } from './options.js';
import type { TelemetryHub } from './telemetry-hub.js';

/** Why an environment's extensions failed, with the error type Lambda reports for it. */
export interface ExtensionFailure {
  readonly errorType: 'Extension.Crash' | 'Extension.InitError' | 'Extension.ExitError';
  readonly reason: string;
}

/** What the external extension processes are started with. */
export interface ExtensionHostOptions {
  /** The folder whose executable files are the external extensions (Lambda's `/opt/extensions`). */
  readonly extensionsDir: string | undefined;
  readonly cwd: string;
  readonly output: FunctionOutput;
}

/** Variables Lambda defines for the runtime process only; extensions do not see them. */
const RUNTIME_ONLY_ENV = [
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_XRAY_CONTEXT_MISSING',
  'AWS_XRAY_DAEMON_ADDRESS',
  'LAMBDA_RUNTIME_DIR',
  'LAMBDA_TASK_ROOT',
  '_AWS_XRAY_DAEMON_ADDRESS',
  '_AWS_XRAY_DAEMON_PORT',
  '_HANDLER',
];

/**
 * The extensions of the current execution environment: the external processes started from the
 * extensions folder, the {@link ExtensionRegistry} every extension (external or internal)
 * registers with, and the SHUTDOWN phase that ends them.
 */
export class ExtensionHost {
  readonly registry: ExtensionRegistry;
  private processes = new Map<string, FunctionProcess>();
  private readonly reported = new Set<string>();
  private shuttingDown = false;
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly options: ExtensionHostOptions,
    private readonly hub: TelemetryHub,
    onChange: () => void,
    private readonly onFailure: (failure: ExtensionFailure) => void,
  ) {
    this.registry = new ExtensionRegistry(() => {
      this.wake();
      onChange();
    });
  }

  /** File names of the executables in the extensions folder, in the order Lambda starts them. */
  externalNames(): string[] {
    const dir = this.options.extensionsDir;
    if (!dir) return [];
    return readdirSync(dir)
      .filter((name) => {
        const stats = statSync(join(dir, name), { throwIfNoEntry: false });
        return stats?.isFile() === true && (stats.mode & 0o111) !== 0;
      })
      .sort();
  }

  /**
   * Starts a new environment's external extensions with `env`; resolves true once each one has
   * registered, false when one failed first (reported through `onFailure`) or the host shut down.
   */
  start(names: readonly string[], env: NodeJS.ProcessEnv): Promise<boolean> {
    this.registry.reset(names);
    this.reported.clear();
    this.shuttingDown = false;
    const extensionEnv = { ...env };
    for (const name of RUNTIME_ONLY_ENV) delete extensionEnv[name];
    this.processes = new Map(names.map((name) => [name, this.spawn(name, extensionEnv)]));
    return this.until(() => {
      if (this.shuttingDown || this.reported.size > 0) return false;
      const registered = this.registry.registeredExternalNames();
      return names.every((name) => registered.has(name)) ? true : undefined;
    });
  }

  /** `init/error` or `exit/error` from an extension: the environment fails with that type. */
  reportError(name: string, call: 'init' | 'exit', errorType: string): void {
    this.fail(name, {
      errorType: call === 'init' ? 'Extension.InitError' : 'Extension.ExitError',
      reason: `extension ${name} reported ${errorType}`,
    });
  }

  /**
   * The SHUTDOWN phase: every external extension registered for SHUTDOWN gets the event and has
   * until `deadlineMs` to call `next` again (or exit); then every extension process is killed.
   */
  async shutdown(reason: ShutdownReason, deadlineMs: number): Promise<void> {
    this.shuttingDown = true;
    this.wake();
    const alive = (name: string): boolean => this.processes.get(name)?.hasEnded === false;
    const recipients = this.registry
      .all()
      .filter((extension) => extension.kind === 'external' && extension.events.has('SHUTDOWN'))
      .filter((extension) => alive(extension.name));
    this.registry.send({ eventType: 'SHUTDOWN', shutdownReason: reason, deadlineMs }, (extension) =>
      recipients.includes(extension),
    );
    await this.until(
      () =>
        recipients.every((extension) => extension.state === 'ready' || !alive(extension.name))
          ? true
          : undefined,
      deadlineMs - Date.now(),
    );
    await Promise.all([...this.processes.values()].map((process) => process.kill()));
    this.registry.reset([]);
  }

  private spawn(name: string, env: NodeJS.ProcessEnv): FunctionProcess {
    const dir = this.options.extensionsDir ?? '';
    const process = new FunctionProcess({
      command: [join(dir, name)],
      cwd: this.options.cwd,
      env,
      output: this.options.output,
      tap: (line) => this.hub.emit('extension', line),
    });
    void process.exited.then((exit) => this.onExit(name, exit));
    return process;
  }

  private onExit(name: string, exit: ProcessExit): void {
    this.wake();
    if (this.shuttingDown) return;
    const how = exit.signal ? `signal: ${exit.signal}` : `exit status ${exit.code ?? 0}`;
    this.fail(name, { errorType: 'Extension.Crash', reason: `extension ${name} exited (${how})` });
  }

  private fail(name: string, failure: ExtensionFailure): void {
    // The exit that follows an init/exit error report is part of the same failure.
    if (this.reported.has(name) || this.shuttingDown) return;
    this.reported.add(name);
    this.wake();
    this.onFailure(failure);
  }

  /** Resolves with `check`'s answer once it gives one (false when `timeoutMs` passes first). */
  private until(check: () => boolean | undefined, timeoutMs?: number): Promise<boolean> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const test = (): void => {
        const answer = check();
        if (answer === undefined) return;
        this.waiters.delete(test);
        if (timer) clearTimeout(timer);
        resolve(answer);
      };
      if (timeoutMs !== undefined) {
        timer = setTimeout(
          () => {
            this.waiters.delete(test);
            resolve(false);
          },
          Math.max(0, timeoutMs),
        );
      }
      this.waiters.add(test);
      test();
    });
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
