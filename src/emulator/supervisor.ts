import { LambdaKitError } from '../errors/lambdakit-error.js';
import { shutDownEnvironment } from './environment-shutdown.js';
import { type ErrorDocument, errorDocument, exitError, timeoutError } from './error-payloads.js';
import type { ShutdownReason } from './extension-events.js';
import { type ExtensionFailure, ExtensionHost } from './extension-host.js';
import { FunctionProcess, type ProcessExit } from './function-process.js';
import { Invocation, type InvocationInput } from './invocation.js';
import { InvocationRecorder } from './invocation-history.js';
import { InvocationQueue, type Poll } from './invocation-queue.js';
import { InvokePhases } from './invoke-phases.js';
import { initOutcome, initStartRecord } from './invoke-telemetry.js';
import { lambdaEnvironment } from './lambda-env.js';
import type { ResolvedEmulatorOptions } from './options.js';
import { TelemetryHub } from './telemetry-hub.js';
import type { TelemetryStatus } from './telemetry-records.js';

/** Time an exited process's last in-flight response gets to arrive before its invocation fails. */
const EXIT_GRACE_MS = 25;
/** Time a process that reported an init error gets to exit by itself. */
const INIT_ERROR_GRACE_MS = 1000;

/** Thrown by {@link FunctionSupervisor.submit} once the emulator is stopping. */
export class EmulatorStoppedError extends LambdaKitError {
  readonly errorType = 'Emulator.Stopped';
  constructor() {
    super('the emulator is stopped');
  }
}

/**
 * The execution environment's life as Lambda runs it: started by the first invocation (or at
 * once with `prewarm`): external extensions first, then the runtime once each registered; ready
 * when the runtime and every extension called `next`; kept warm; shut down (SHUTDOWN to the
 * extensions, SIGTERM to the runtime when an extension is registered) and restarted after a
 * timeout (one-at-a-time mode), a crash of the runtime or of an extension, an init error, or on
 * purpose ({@link restart}). One environment at a time: a new one starts once the old one ended.
 */
export class FunctionSupervisor {
  readonly queue: InvocationQueue;
  readonly hub = new TelemetryHub();
  readonly extensions: ExtensionHost;
  readonly history: InvocationRecorder;
  private readonly phases: InvokePhases;
  private process: FunctionProcess | undefined;
  private phase: 'initializing' | 'ready' = 'initializing';
  /** The external extensions are starting; the runtime is not spawned yet. */
  private starting = false;
  private runtimePolled = false;
  private initStartedAt = 0;
  private initFailed = false;
  private initTimedOut = false;
  private initTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** The environment being shut down, and how the one after it starts. */
  private ending: Promise<void> | undefined;
  private shutdownReason: ShutdownReason = 'failure';
  /** The process {@link restart} retired: killed once idle, its exit fails nothing that waits. */
  private replaced: FunctionProcess | undefined;
  /** The next invocation handed to the function is the first of its environment. */
  private coldPending = false;

  constructor(
    private readonly options: ResolvedEmulatorOptions,
    private readonly runtimeApi: string,
    functionArn: string,
  ) {
    this.history = new InvocationRecorder(options.history);
    this.extensions = new ExtensionHost(
      { extensionsDir: options.extensionsDir, cwd: options.cwd, output: options.output },
      this.hub,
      () => this.onExtensionsChange(),
      (failure) => this.onExtensionFailure(failure),
    );
    this.phases = new InvokePhases({
      registry: this.extensions.registry,
      hub: this.hub,
      functionArn,
      memorySizeMB: options.memorySize,
      waitForExtensions: options.concurrency === 1,
      maxMemoryUsedMb: () => this.process?.maxMemoryUsedMb() ?? Promise.resolve(undefined),
      onClosed: () => this.queue.pump(),
    });
    this.queue = new InvocationQueue(
      () =>
        this.process !== undefined &&
        !this.process.retiring &&
        this.phase === 'ready' &&
        this.queue.running().length < options.concurrency &&
        this.phases.canStart(),
      (invocation) => this.onDispatch(invocation),
    );
  }

  /** Queues an invocation and starts the environment if it is not running. */
  submit(input: InvocationInput): Invocation {
    if (this.stopped) throw new EmulatorStoppedError();
    const invocation = new Invocation(input);
    const { onInvocation } = this.options;
    if (onInvocation) void invocation.finished.then(onInvocation);
    this.history.add(invocation);
    this.queue.push(invocation);
    this.ensureProcess();
    return invocation;
  }

  /** Starts the environment now, with no invocation waiting (the `prewarm` option). */
  prewarm(): void {
    this.ensureProcess(true);
  }

  /** A runtime polls `/next`: its init is over (the environment's once every extension is ready). */
  addPoll(poll: Poll): () => void {
    this.onRuntimePolled();
    return this.queue.addPoll(poll);
  }

  /** `/init/error`: every waiting invocation gets the error; false when init was already over. */
  initError(error: ErrorDocument): boolean {
    const current = this.process;
    if (!current || this.runtimePolled) return false;
    this.initFailed = true;
    this.clearInitTimer();
    this.hub.emit('platform.initRuntimeDone', initOutcome('error', error.errorType));
    this.emitInitReport('error', error.errorType);
    for (const invocation of this.queue.waiting()) invocation.fail(error, 'error');
    current.retiring = true;
    setTimeout(() => void current.kill(), INIT_ERROR_GRACE_MS).unref();
    return true;
  }

  /**
   * Replaces the environment, e.g. after the code was rebuilt: it takes no more invocations, those
   * in flight finish on it (or fail as usual: timeout, crash), then it shuts down and the next
   * invocation starts a new one.
   */
  restart(): void {
    const current = this.process;
    if (!current || this.stopped) return;
    current.retiring = true;
    this.replaced = current;
    this.killWhenIdle(current);
  }

  /** Shuts the environment down (SHUTDOWN `spindown`) and fails what is still pending. */
  async stop(): Promise<void> {
    this.stopped = true;
    const pending = [...this.queue.waiting(), ...this.queue.running()];
    const stopped = errorDocument('Emulator.Stopped', 'The emulator stopped before the invocation finished');
    for (const invocation of this.queue.waiting()) invocation.fail(stopped, 'error');
    await this.endEnvironment('spindown');
    // Running invocations fail with the exit error once the exit is handled.
    await Promise.all(pending.map((invocation) => invocation.finished));
  }

  private ensureProcess(eager = false): void {
    if (this.process || this.starting || this.ending || this.stopped) return;
    if (!eager && this.queue.waiting().length === 0) return;
    const { options } = this;
    const env = {
      ...process.env,
      ...lambdaEnvironment({
        runtimeApi: this.runtimeApi,
        functionName: options.functionName,
        memorySize: options.memorySize,
        region: options.region,
        handler: options.handler,
        taskRoot: options.cwd,
        concurrency: options.concurrency,
      }),
      ...options.env,
    };
    this.phase = 'initializing';
    this.runtimePolled = false;
    this.initFailed = false;
    this.initTimedOut = false;
    this.shutdownReason = 'failure';
    this.initStartedAt = performance.now();
    this.hub.beginInit();
    this.hub.emit('platform.initStart', initStartRecord(options.functionName));
    this.initTimer = setTimeout(() => this.onInitTimeout(), options.initTimeoutSeconds * 1000);
    const names = this.extensions.externalNames();
    if (names.length === 0) {
      this.extensions.registry.reset([]);
      this.spawnRuntime(env);
      return;
    }
    this.starting = true;
    void this.extensions.start(names, env).then((registered) => {
      this.starting = false;
      if (registered && !this.stopped && !this.initTimedOut) this.spawnRuntime(env);
    });
  }

  private spawnRuntime(env: NodeJS.ProcessEnv): void {
    const { options } = this;
    const tapped =
      typeof options.output === 'function' ||
      options.output === 'pipe' ||
      this.hub.active ||
      this.history.enabled;
    const tap = (line: string): void => {
      this.hub.emit('function', line);
      this.history.log(line, this.queue.running());
    };
    const started = new FunctionProcess({
      command: options.command,
      cwd: options.cwd,
      env,
      output: options.output,
      ...(tapped ? { tap } : {}),
    });
    this.process = started;
    this.coldPending = true;
    void started.exited.then((exit) => this.onExit(started, exit));
    // A poll that came before the process (a test playing the runtime) counts as its first.
    if (this.queue.hasPolls()) this.onRuntimePolled();
    this.queue.pump();
  }

  private onRuntimePolled(): void {
    if (!this.process || this.process.retiring || this.runtimePolled) return;
    this.runtimePolled = true;
    this.extensions.registry.closeInternalRegistration();
    this.hub.emit('platform.initRuntimeDone', initOutcome('success'));
    this.checkInit();
  }

  private onExtensionsChange(): void {
    this.checkInit();
    this.phases.check();
  }

  /** Init is over once the runtime polled and every registered extension called `next`. */
  private checkInit(): void {
    if (this.phase === 'ready' || !this.runtimePolled || !this.extensions.registry.allReady()) return;
    this.phase = 'ready';
    this.clearInitTimer();
    this.extensions.registry.closeRegistration();
    this.emitInitReport('success');
    this.phases.coldStart(performance.now() - this.initStartedAt);
    this.queue.pump();
  }

  private emitInitReport(status: TelemetryStatus, errorType?: string): void {
    const durationMs = Math.round((performance.now() - this.initStartedAt) * 1000) / 1000;
    this.hub.emit('platform.initReport', { ...initOutcome(status, errorType), metrics: { durationMs } });
    this.hub.endInit();
  }

  private onDispatch(invocation: Invocation): void {
    const timeoutMs = this.options.timeoutSeconds * 1000;
    invocation.cold = this.coldPending;
    this.coldPending = false;
    invocation.start(Date.now() + timeoutMs);
    this.phases.open(invocation);
    const timer = setTimeout(() => this.onTimeout(invocation), timeoutMs);
    void this.phases.closed(invocation).then(() => clearTimeout(timer));
  }

  private onTimeout(invocation: Invocation): void {
    const failed = invocation.fail(timeoutError(invocation.id, this.options.timeoutSeconds), 'timeout');
    // The runtime answered but an extension is still busy at the deadline: that is a timeout too.
    if (!failed && !this.phases.isOpen(invocation)) return;
    // Managed Instances mode lets the other invocations run on; classic Lambda resets the sandbox.
    if (this.options.concurrency === 1) {
      this.shutdownReason = 'timeout';
      void this.process?.kill();
    }
  }

  private onInitTimeout(): void {
    this.initTimedOut = true;
    this.shutdownReason = 'timeout';
    if (this.process) {
      void this.process.kill();
      return;
    }
    // The extensions never all registered: the runtime was not even started.
    for (const invocation of this.queue.waiting()) {
      invocation.fail(timeoutError(invocation.id, this.options.initTimeoutSeconds), 'timeout');
    }
    void this.endEnvironment('timeout');
  }

  private onExtensionFailure(failure: ExtensionFailure): void {
    const error = (id: string): ErrorDocument =>
      errorDocument(failure.errorType, `RequestId: ${id} Error: ${failure.reason}`);
    for (const invocation of this.queue.running()) invocation.fail(error(invocation.id), 'crash');
    if (this.phase === 'initializing') {
      this.initFailed = true;
      this.clearInitTimer();
      this.emitInitReport('failure', failure.errorType);
      for (const invocation of this.queue.waiting()) invocation.fail(error(invocation.id), 'crash');
    }
    this.phases.abort();
    this.shutdownReason = 'failure';
    if (this.process) void this.process.kill();
    else void this.endEnvironment('failure');
  }

  private onExit(exited: FunctionProcess, exit: ProcessExit): void {
    exited.retiring = true;
    const duringInit = this.phase === 'initializing' && !this.initFailed && this.replaced !== exited;
    const initTimedOut = this.initTimedOut;
    this.clearInitTimer();
    this.queue.dropPolls();
    // Let a response the process sent just before exiting land first.
    setTimeout(() => {
      for (const invocation of this.queue.running()) {
        invocation.fail(exitError(invocation.id, exit.code, exit.signal), 'crash');
      }
      if (duringInit) {
        this.emitInitReport(
          initTimedOut ? 'timeout' : 'failure',
          initTimedOut ? undefined : 'Runtime.ExitError',
        );
        for (const invocation of this.queue.waiting()) {
          if (initTimedOut)
            invocation.fail(timeoutError(invocation.id, this.options.initTimeoutSeconds), 'timeout');
          else invocation.fail(exitError(invocation.id, exit.code, exit.signal), 'crash');
        }
      }
      this.phases.abort();
      const reason = exited === this.replaced ? 'spindown' : this.shutdownReason;
      void this.endEnvironment(reason).then(() => {
        if (this.process === exited) this.process = undefined;
        // A process replaced on purpose is prewarmed again; one that crashed waits for an invocation.
        this.ensureProcess(this.options.prewarm && exited === this.replaced);
      });
    }, EXIT_GRACE_MS);
  }

  /** Ends the current environment once (see {@link shutDownEnvironment}); later calls join it. */
  private endEnvironment(reason: ShutdownReason): Promise<void> {
    this.ending ??= shutDownEnvironment(
      { runtime: this.process, extensions: this.extensions, hub: this.hub },
      reason,
    ).finally(() => {
      this.ending = undefined;
    });
    return this.ending;
  }

  private killWhenIdle(retired: FunctionProcess): void {
    if (this.process !== retired) return;
    const running = this.queue.running();
    if (running.length === 0) void this.endEnvironment('spindown');
    else
      void Promise.all(running.map((invocation) => invocation.finished)).then(() =>
        this.killWhenIdle(retired),
      );
  }

  private clearInitTimer(): void {
    if (this.initTimer) clearTimeout(this.initTimer);
    this.initTimer = undefined;
  }
}
