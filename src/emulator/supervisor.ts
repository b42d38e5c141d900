import { LambdaKitError } from '../errors/lambdakit-error.js';
import { type ErrorDocument, errorDocument, exitError, timeoutError } from './error-payloads.js';
import { FunctionProcess, type ProcessExit } from './function-process.js';
import { Invocation, type InvocationInput } from './invocation.js';
import { InvocationQueue, type Poll } from './invocation-queue.js';
import { lambdaEnvironment } from './lambda-env.js';
import type { ResolvedEmulatorOptions } from './options.js';

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
 * The function's life as Lambda runs it: started by the first invocation (or at once with
 * `prewarm`), kept warm, killed
 * and restarted after a timeout (one-at-a-time mode) or a crash, re-initialised after an init error.
 * One process at a time: a replacement starts only after the old one exited, also when
 * {@link FunctionSupervisor.restart} replaces it on purpose.
 */
export class FunctionSupervisor {
  readonly queue: InvocationQueue;
  private process: FunctionProcess | undefined;
  private phase: 'initializing' | 'ready' = 'initializing';
  private initFailed = false;
  private initTimedOut = false;
  private initTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** The process {@link restart} retired: killed once idle, its exit fails nothing that waits. */
  private replaced: FunctionProcess | undefined;

  constructor(
    private readonly options: ResolvedEmulatorOptions,
    private readonly runtimeApi: string,
  ) {
    this.queue = new InvocationQueue(
      () => this.process !== undefined && !this.process.retiring,
      (invocation) => this.onDispatch(invocation),
    );
  }

  /** Queues an invocation and starts the function if it is not running. */
  submit(input: InvocationInput): Invocation {
    if (this.stopped) throw new EmulatorStoppedError();
    const invocation = new Invocation(input);
    const { onInvocation } = this.options;
    if (onInvocation) void invocation.finished.then(onInvocation);
    this.queue.push(invocation);
    this.ensureProcess();
    return invocation;
  }

  /** Starts the function now, with no invocation waiting (the `prewarm` option). */
  prewarm(): void {
    this.ensureProcess(true);
  }

  /** A runtime polls `/next`: init is over. */
  addPoll(poll: Poll): () => void {
    if (this.process && !this.process.retiring) this.markReady();
    return this.queue.addPoll(poll);
  }

  /** `/init/error`: every waiting invocation gets the error; false when init was already over. */
  initError(error: ErrorDocument): boolean {
    const current = this.process;
    if (!current || this.phase === 'ready') return false;
    this.initFailed = true;
    this.clearInitTimer();
    for (const invocation of this.queue.waiting()) invocation.fail(error, 'error');
    current.retiring = true;
    setTimeout(() => void current.kill(), INIT_ERROR_GRACE_MS).unref();
    return true;
  }

  /**
   * Replaces the function process, e.g. after its code was rebuilt: it takes no more invocations,
   * those in flight finish on it (or fail as usual: timeout, crash), then it is killed and the next
   * invocation starts a new process.
   */
  restart(): void {
    const current = this.process;
    if (!current || this.stopped) return;
    current.retiring = true;
    this.replaced = current;
    this.killWhenIdle(current);
  }

  /** Kills the function and fails what is still pending. */
  async stop(): Promise<void> {
    this.stopped = true;
    const pending = [...this.queue.waiting(), ...this.queue.running()];
    const stopped = errorDocument('Emulator.Stopped', 'The emulator stopped before the invocation finished');
    for (const invocation of this.queue.waiting()) invocation.fail(stopped, 'error');
    if (this.process) await this.process.kill();
    // Running invocations fail with the exit error once the exit is handled.
    await Promise.all(pending.map((invocation) => invocation.finished));
  }

  private ensureProcess(eager = false): void {
    if (this.process || this.stopped || (!eager && this.queue.waiting().length === 0)) return;
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
    const started = new FunctionProcess({
      command: options.command,
      cwd: options.cwd,
      env,
      output: options.output,
    });
    this.process = started;
    this.phase = 'initializing';
    this.initFailed = false;
    this.initTimedOut = false;
    this.initTimer = setTimeout(() => {
      this.initTimedOut = true;
      void started.kill();
    }, options.initTimeoutSeconds * 1000);
    void started.exited.then((exit) => this.onExit(started, exit));
    this.queue.pump();
  }

  private markReady(): void {
    this.phase = 'ready';
    this.clearInitTimer();
  }

  private onDispatch(invocation: Invocation): void {
    this.markReady();
    const timeoutMs = this.options.timeoutSeconds * 1000;
    invocation.start(Date.now() + timeoutMs);
    const timer = setTimeout(() => this.onTimeout(invocation), timeoutMs);
    void invocation.finished.then(() => clearTimeout(timer));
  }

  private onTimeout(invocation: Invocation): void {
    if (!invocation.fail(timeoutError(invocation.id, this.options.timeoutSeconds), 'timeout')) return;
    // Managed Instances mode lets the other invocations run on; classic Lambda resets the sandbox.
    if (this.options.concurrency === 1) void this.process?.kill();
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
        for (const invocation of this.queue.waiting()) {
          if (initTimedOut)
            invocation.fail(timeoutError(invocation.id, this.options.initTimeoutSeconds), 'timeout');
          else invocation.fail(exitError(invocation.id, exit.code, exit.signal), 'crash');
        }
      }
      if (this.process === exited) this.process = undefined;
      // A process replaced on purpose is prewarmed again; one that crashed waits for an invocation.
      this.ensureProcess(this.options.prewarm && exited === this.replaced);
    }, EXIT_GRACE_MS);
  }

  private killWhenIdle(retired: FunctionProcess): void {
    if (this.process !== retired) return;
    const running = this.queue.running();
    if (running.length === 0) void retired.kill();
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
