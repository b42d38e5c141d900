import type { Client } from 'undici';
import ClientClass from 'undici/lib/dispatcher/client.js';
import type { ErrorPayload } from '../runtime-api/error-payload.js';
import { type Exchange, exchange } from '../runtime-api/exchange.js';
import { BackgroundSockets } from './background-connector.js';
import { ExtensionApiError } from './extension-api-error.js';
import { type ExtensionEvent, type ExtensionEventType, toExtensionEvent } from './extension-events.js';

const BASE = '/2020-01-01/extension';
const JSON_TYPE = 'application/json';
const HEADER = {
  name: 'lambda-extension-name',
  identifier: 'lambda-extension-identifier',
  acceptFeature: 'lambda-extension-accept-feature',
  errorType: 'lambda-extension-function-error-type',
} as const;

/** What Lambda says about the function when an extension registers. */
export interface Registration {
  /** The identifier Lambda gave this extension; every later call carries it. */
  readonly extensionId: string;
  readonly functionName: string;
  readonly functionVersion: string;
  readonly handler: string;
  /** The function's account, when Lambda shares it (lambdakit asks for it). */
  readonly accountId?: string;
}

/** Options of {@link ExtensionsApiClient}. */
export interface ExtensionsApiClientOptions {
  /**
   * Whether a pending `event/next` may keep the process alive. An external extension's long poll
   * is all its process does; an internal extension's must not hold the function's process open.
   * @default true
   */
  readonly keepProcessAlive?: boolean;
  /**
   * The User-Agent sent with every call.
   * @default 'lambdakit'
   */
  readonly userAgent?: string;
}

/**
 * The Lambda Extensions API (2020-01-01) and the Telemetry and Logs APIs beside it, over one
 * keep-alive connection (undici `Client.dispatch`, as the Runtime API client). One client serves
 * one extension: `register` keeps the identifier that every later call sends.
 *
 * @example
 * ```ts
 * const api = new ExtensionsApiClient(process.env.AWS_LAMBDA_RUNTIME_API!);
 * await api.register('audit', ['INVOKE', 'SHUTDOWN']);
 * for (;;) {
 *   const event = await api.next();
 *   if (event.eventType === 'SHUTDOWN') break;
 * }
 * ```
 */
export class ExtensionsApiClient {
  readonly #client: Client;
  readonly #address: string;
  readonly #userAgent: string;
  /** Set when a pending `event/next` must not hold the process. */
  readonly #background: BackgroundSockets | undefined;
  #extensionId: string | undefined;

  /** @param address `host:port` as in `AWS_LAMBDA_RUNTIME_API`. */
  constructor(address: string, options: ExtensionsApiClientOptions = {}) {
    this.#address = address;
    this.#userAgent = options.userAgent ?? 'lambdakit';
    this.#background = options.keepProcessAlive === false ? new BackgroundSockets() : undefined;
    this.#client = new ClientClass(`http://${address}`, {
      keepAliveTimeout: 600_000,
      keepAliveMaxTimeout: 600_000,
      headersTimeout: 0,
      bodyTimeout: 0,
      ...(this.#background ? { connect: this.#background.connect } : {}),
    });
  }

  /** The identifier from `register`, or undefined before it. */
  get extensionId(): string | undefined {
    return this.#extensionId;
  }

  /**
   * Registers the extension for `events` (`[]` is allowed: an extension that only needs to exist,
   * e.g. so that Lambda sends the runtime SIGTERM). Must happen during the init phase.
   */
  async register(name: string, events: readonly ExtensionEventType[]): Promise<Registration> {
    const response = await this.#send('POST', `${BASE}/register`, JSON.stringify({ events }), [
      HEADER.name,
      name,
      HEADER.acceptFeature,
      'accountId',
    ]);
    const extensionId = response.headers[HEADER.identifier];
    if (!extensionId) throw new ExtensionApiError('register answered without Lambda-Extension-Identifier');
    this.#extensionId = extensionId;
    const body = jsonObject(response, 'register');
    return {
      extensionId,
      functionName: stringField(body, 'functionName'),
      functionVersion: stringField(body, 'functionVersion'),
      handler: stringField(body, 'handler'),
      ...(typeof body.accountId === 'string' ? { accountId: body.accountId } : {}),
    };
  }

  /** Long-polls for the next event; also tells Lambda this extension is done with the last one. */
  async next(): Promise<ExtensionEvent> {
    if (this.#background) this.#background.polling = true;
    try {
      const response = await this.#send('GET', `${BASE}/event/next`, null, this.#identified());
      return toExtensionEvent(jsonObject(response, 'event/next'));
    } finally {
      if (this.#background) this.#background.polling = false;
    }
  }

  /** Reports a failure while the extension started; Lambda fails the init phase. Exit afterwards. */
  initError(payload: ErrorPayload): Promise<void> {
    return this.#postError('init/error', payload);
  }

  /** Reports a failure before exiting; Lambda resets the environment. Exit afterwards. */
  exitError(payload: ErrorPayload): Promise<void> {
    return this.#postError('exit/error', payload);
  }

  /**
   * Subscribes to a telemetry stream: `PUT /2022-07-01/telemetry` with a Telemetry API body, or
   * `PUT /2020-08-15/logs` with a Logs API body.
   */
  async subscribe(api: 'telemetry' | 'logs', body: object): Promise<void> {
    const path = api === 'telemetry' ? '/2022-07-01/telemetry' : '/2020-08-15/logs';
    await this.#send('PUT', path, JSON.stringify(body), this.#identified());
  }

  /** Closes the connection. */
  close(): Promise<void> {
    return this.#client.close();
  }

  async #postError(kind: 'init/error' | 'exit/error', payload: ErrorPayload): Promise<void> {
    await this.#send('POST', `${BASE}/${kind}`, JSON.stringify(payload), [
      ...this.#identified(),
      HEADER.errorType,
      payload.errorType,
    ]);
  }

  #identified(): string[] {
    if (!this.#extensionId) throw new ExtensionApiError('the extension must register before this call');
    return [HEADER.identifier, this.#extensionId];
  }

  async #send(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body: string | null,
    headers: string[],
  ): Promise<Exchange> {
    const all = [
      'user-agent',
      this.#userAgent,
      ...(body === null ? [] : ['content-type', JSON_TYPE]),
      ...headers,
    ];
    const response = await exchange(this.#client, this.#address, { method, path, body, headers: all });
    if (response.status >= 200 && response.status < 300) return response;
    throw new ExtensionApiError(
      `${method} ${path} answered ${response.status}: ${describeError(response.body)}`,
      {
        status: response.status,
      },
    );
  }
}

function jsonObject(response: Exchange, call: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(response.body.toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // Reported below with the body.
  }
  throw new ExtensionApiError(
    `${call} answered a body that is not a JSON object: ${response.body.toString('utf8', 0, 200)}`,
  );
}

function stringField(body: Record<string, unknown>, name: string): string {
  return typeof body[name] === 'string' ? body[name] : '';
}

/** The API's error document (`{errorType, errorMessage}`) as one line, or the raw body. */
function describeError(body: Buffer): string {
  const text = body.toString('utf8', 0, 1024);
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null) {
      const { errorType, errorMessage } = value as Record<string, unknown>;
      if (typeof errorType === 'string') return `${errorType}: ${String(errorMessage ?? '')}`;
    }
  } catch {
    // Not JSON: the text itself says it best.
  }
  return text || '(empty body)';
}
