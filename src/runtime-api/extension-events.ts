import { ExtensionApiError } from './extension-api-error.js';

/** The events an extension can subscribe to with the Extensions API. */
export type ExtensionEventType = 'INVOKE' | 'SHUTDOWN';

/** X-Ray tracing of an invocation, as the Extensions API passes it. */
export interface ExtensionTracing {
  /** Always `X-Amzn-Trace-Id`. */
  readonly type: string;
  /** The trace header value: `Root=…;Parent=…;Sampled=…`. */
  readonly value: string;
}

/** An INVOKE event: an invocation of the function has started. */
export interface InvokeEvent {
  readonly eventType: 'INVOKE';
  readonly requestId: string;
  /** The invocation's deadline, epoch milliseconds. */
  readonly deadlineMs: number;
  readonly invokedFunctionArn: string;
  readonly tracing?: ExtensionTracing;
}

/** Why Lambda is shutting the execution environment down. */
export type ShutdownReason = 'spindown' | 'timeout' | 'failure';

/** A SHUTDOWN event: the environment is going away; finish by `deadlineMs`. */
export interface ShutdownEvent {
  readonly eventType: 'SHUTDOWN';
  readonly shutdownReason: ShutdownReason | (string & {});
  /** When Lambda kills the extension, epoch milliseconds. */
  readonly deadlineMs: number;
}

/** What `GET /extension/event/next` returns. */
export type ExtensionEvent = InvokeEvent | ShutdownEvent;

/** Narrows the JSON body of `event/next` to an {@link ExtensionEvent}; anything else is an API error. */
export function toExtensionEvent(body: unknown): ExtensionEvent {
  if (typeof body === 'object' && body !== null) {
    const event = body as Record<string, unknown>;
    const deadlineMs = Number(event.deadlineMs);
    if (event.eventType === 'INVOKE' && typeof event.requestId === 'string') {
      return {
        eventType: 'INVOKE',
        requestId: event.requestId,
        deadlineMs,
        invokedFunctionArn: typeof event.invokedFunctionArn === 'string' ? event.invokedFunctionArn : '',
        ...(isTracing(event.tracing) ? { tracing: event.tracing } : {}),
      };
    }
    if (event.eventType === 'SHUTDOWN') {
      const reason = typeof event.shutdownReason === 'string' ? event.shutdownReason : 'spindown';
      return { eventType: 'SHUTDOWN', shutdownReason: reason, deadlineMs };
    }
  }
  throw new ExtensionApiError(
    `event/next returned an event lambdakit does not know: ${JSON.stringify(body)}`,
  );
}

function isTracing(value: unknown): value is ExtensionTracing {
  if (typeof value !== 'object' || value === null) return false;
  const tracing = value as Record<string, unknown>;
  return typeof tracing.type === 'string' && typeof tracing.value === 'string';
}
