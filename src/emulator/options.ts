import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The event an HTTP request to the emulator becomes: API Gateway HTTP API payload 2.0, REST API
 * payload 1.0, an ALB target group request (multi-value), or a Lambda Function URL request
 * (payload 2.0 on a `*.lambda-url.*` domain, so streamed responses stream).
 *
 * @example
 * ```ts
 * const emulator = await startEmulator({ command: ['node', 'dist-lambda/index.mjs'], httpFormat: 'function-url' });
 * const res = await fetch(`${emulator.url}/reports/today`); // streamed as it is produced
 * ```
 */
export type HttpEventFormat = 'v2' | 'v1' | 'alb' | 'function-url';

/** The HTTP request behind an invocation, as reported for HTTP-triggered invocations. */
export interface HttpRequestLine {
  readonly method: string;
  /** Path and query string as the client sent them. */
  readonly path: string;
}

/** Status of a finished invocation as the emulator saw it. */
export type InvocationStatus = 'success' | 'error' | 'timeout' | 'crash';

/** One finished invocation, as reported to {@link EmulatorOptions.onInvocation}. */
export interface InvocationReport {
  readonly requestId: string;
  /** From hand-off to the function until the result (from submission when it never ran). */
  readonly durationMs: number;
  readonly status: InvocationStatus;
  /** The error type of a failed invocation (`Sandbox.Timedout`, `Runtime.ExitError`, the function's own). */
  readonly errorType?: string;
  /** Set when the invocation came from an HTTP request to the emulator. */
  readonly http?: HttpRequestLine;
}

/** Where the function's stdout and stderr go: a shared fd, this process's streams, nowhere, or a callback per line. */
export type FunctionOutput =
  | 'inherit'
  | 'pipe'
  | 'ignore'
  | ((line: string, stream: 'stdout' | 'stderr') => void);

/** A route served on the emulator's port before the HTTP front, e.g. `lambdakit dev`'s console. */
export interface EmulatorRoute {
  /** `GET`, `POST`, … */
  readonly method: string;
  /** A path template; `{name}` stands for one segment, handed to the handler decoded. */
  readonly path: string;
  readonly handler: (
    req: IncomingMessage,
    res: ServerResponse,
    params: Readonly<Record<string, string>>,
  ) => void | Promise<void>;
}

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** The function process and its arguments, e.g. `['node', 'dist-lambda/index.mjs']`. */
  readonly command: readonly string[];
  /**
   * Working directory of the function process; also its `LAMBDA_TASK_ROOT`.
   * @default process.cwd()
   */
  readonly cwd?: string;
  /**
   * Extra environment variables; they win over the Lambda ones. The function also inherits this
   * process's environment (PATH, AWS credentials).
   * @default {}
   */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Interface the server listens on. Keep it on loopback unless you mean to share it.
   * @default '127.0.0.1'
   */
  readonly host?: string;
  /**
   * Port of the server (Runtime API and Invoke API); 0 picks a free one.
   * @default 0
   */
  readonly port?: number;
  /**
   * Function name, used in the ARN, the log group and `AWS_LAMBDA_FUNCTION_NAME`.
   * @default 'function'
   */
  readonly functionName?: string;
  /**
   * Invocation timeout in seconds, as Lambda's function timeout.
   * @default 3
   */
  readonly timeoutSeconds?: number;
  /**
   * Longest wait, in seconds, between starting the function and its first `/next` poll.
   * @default 10
   */
  readonly initTimeoutSeconds?: number;
  /**
   * `AWS_LAMBDA_FUNCTION_MEMORY_SIZE` in MB (informative: no limit is enforced).
   * @default 128
   */
  readonly memorySize?: number;
  /**
   * Invocations one process serves at once. Above 1 this is Lambda Managed Instances mode:
   * `AWS_LAMBDA_MAX_CONCURRENCY` is set and that many `/next` polls are served in parallel; a
   * timed-out invocation then fails alone and the process keeps running.
   * @default 1
   */
  readonly concurrency?: number;
  /**
   * `AWS_REGION` / `AWS_DEFAULT_REGION` and the region of the ARN.
   * @default 'us-east-1'
   */
  readonly region?: string;
  /**
   * `_HANDLER` as a custom runtime sees it.
   * @default 'index.handler'
   */
  readonly handler?: string;
  /**
   * The event format of HTTP requests to the emulator: any path outside the Lambda APIs
   * (`/2018-06-01/…`, `/2015-03-31/…`) invokes the function as that HTTP integration would.
   * @default 'v2'
   */
  readonly httpFormat?: HttpEventFormat;
  /**
   * Start the function, its init phase included, as soon as the emulator listens (and again after
   * `restartFunction()`), as provisioned concurrency does, instead of on the first invocation: what
   * init prints, and an init error, show at once.
   * @default false
   */
  readonly prewarm?: boolean;
  /**
   * Called once per finished invocation.
   * @default undefined
   */
  readonly onInvocation?: (report: InvocationReport) => void;
  /**
   * Where the function's stdout and stderr go.
   * @default 'inherit'
   */
  readonly output?: FunctionOutput;
  /**
   * A folder of external extensions, as Lambda's `/opt/extensions`: every executable file in it
   * is started (with the function's environment and `AWS_LAMBDA_RUNTIME_API`) at the start of
   * each init phase, must register under its file name, and gets INVOKE and SHUTDOWN events; the
   * Extensions API and the Telemetry API are served to it (and to internal extensions registered
   * by the function process) on the emulator's port. The runtime starts once each one registered.
   * @default undefined (no external extensions; internal ones can still register)
   */
  readonly extensionsDir?: string;
  /**
   * How many invocations `emulator.history` keeps, with their event, result and log lines (the
   * function's output is then read line by line, whatever `output` says); 0 keeps none.
   * @default 0
   */
  readonly history?: number;
  /**
   * Extra routes, served before the HTTP front.
   * @default []
   */
  readonly routes?: readonly EmulatorRoute[];
  /**
   * Path prefixes the HTTP front leaves alone besides the Lambda APIs': a path under one that no
   * route matches is a 404, not a request to the function.
   * @default []
   */
  readonly reservedPaths?: readonly string[];
}

/**
 * Every {@link HttpEventFormat}, for flag validation and help texts.
 *
 * @example
 * ```ts
 * if (!HTTP_EVENT_FORMATS.includes(flag)) throw new Error(`use one of ${HTTP_EVENT_FORMATS.join(', ')}`);
 * ```
 */
export const HTTP_EVENT_FORMATS: readonly HttpEventFormat[] = ['v2', 'v1', 'alb', 'function-url'];

/** The defaults of every optional {@link EmulatorOptions} field. */
export const DEFAULT_EMULATOR_OPTIONS = {
  host: '127.0.0.1',
  port: 0,
  functionName: 'function',
  timeoutSeconds: 3,
  initTimeoutSeconds: 10,
  memorySize: 128,
  concurrency: 1,
  region: 'us-east-1',
  handler: 'index.handler',
  httpFormat: 'v2',
  prewarm: false,
  output: 'inherit',
  history: 0,
  routes: [],
  reservedPaths: [],
} as const satisfies Omit<EmulatorOptions, 'command'>;

/** Options with every default applied. */
export type ResolvedEmulatorOptions = Required<
  Omit<EmulatorOptions, 'onInvocation' | 'cwd' | 'extensionsDir'>
> &
  Pick<EmulatorOptions, 'onInvocation' | 'extensionsDir'> & { readonly cwd: string };

/** Applies defaults and checks the numbers. */
export function resolveEmulatorOptions(options: EmulatorOptions): ResolvedEmulatorOptions {
  if (options.command.length === 0) throw new TypeError('EmulatorOptions.command must name a program');
  const resolved: ResolvedEmulatorOptions = {
    ...DEFAULT_EMULATOR_OPTIONS,
    env: {},
    ...stripUndefined(options),
    command: options.command,
    cwd: options.cwd ?? process.cwd(),
  };
  positive('timeoutSeconds', resolved.timeoutSeconds);
  positive('initTimeoutSeconds', resolved.initTimeoutSeconds);
  if (!HTTP_EVENT_FORMATS.includes(resolved.httpFormat)) {
    throw new RangeError(
      `EmulatorOptions.httpFormat must be one of ${HTTP_EVENT_FORMATS.join(', ')}, got ${resolved.httpFormat}`,
    );
  }
  if (!Number.isInteger(resolved.history) || resolved.history < 0) {
    throw new RangeError(`EmulatorOptions.history must be an integer >= 0, got ${resolved.history}`);
  }
  if (!Number.isInteger(resolved.concurrency) || resolved.concurrency < 1) {
    throw new RangeError(`EmulatorOptions.concurrency must be an integer >= 1, got ${resolved.concurrency}`);
  }
  return resolved;
}

function positive(name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(`EmulatorOptions.${name} must be a positive number, got ${value}`);
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
