/** The events of the Extensions API (2020-01-01) as `GET /extension/event/next` returns them. */

/** An event an extension can register for. */
export type ExtensionEventType = 'INVOKE' | 'SHUTDOWN';

/** Why the environment shuts down, as the SHUTDOWN event says it. */
export type ShutdownReason = 'spindown' | 'timeout' | 'failure';

/**
 * The INVOKE event an extension receives when the function is invoked.
 *
 * @example
 * ```ts
 * const event = await (await fetch(`http://${api}/2020-01-01/extension/event/next`, { headers })).json();
 * if (event.eventType === 'INVOKE') console.log(event.requestId, event.deadlineMs - Date.now());
 * ```
 */
export interface ExtensionInvokeEvent {
  readonly eventType: 'INVOKE';
  /** Epoch ms by which the whole invoke phase (runtime and extensions) must end. */
  readonly deadlineMs: number;
  readonly requestId: string;
  readonly invokedFunctionArn: string;
  readonly tracing: { readonly type: 'X-Amzn-Trace-Id'; readonly value: string };
}

/**
 * The SHUTDOWN event an external extension receives before its process is killed.
 *
 * @example
 * ```ts
 * if (event.eventType === 'SHUTDOWN') await flush(event.deadlineMs - Date.now());
 * ```
 */
export interface ExtensionShutdownEvent {
  readonly eventType: 'SHUTDOWN';
  readonly shutdownReason: ShutdownReason;
  /** Epoch ms at which the extension is killed. */
  readonly deadlineMs: number;
}

/** Either event. */
export type ExtensionEvent = ExtensionInvokeEvent | ExtensionShutdownEvent;

/** Every event type, for validation. */
export const EXTENSION_EVENT_TYPES: readonly ExtensionEventType[] = ['INVOKE', 'SHUTDOWN'];
