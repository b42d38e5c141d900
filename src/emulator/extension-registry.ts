import { randomUUID } from 'node:crypto';
import { type ErrorDocument, errorDocument } from './error-payloads.js';
import { EXTENSION_EVENT_TYPES, type ExtensionEvent, type ExtensionEventType } from './extension-events.js';

/** Lambda's limit on extensions per function. */
export const MAX_EXTENSIONS = 10;

/** A pending `GET /extension/event/next`. */
export interface ExtensionPoll {
  deliver(event: ExtensionEvent): void;
  isOpen(): boolean;
}

/**
 * `registered`: waiting for its first `next`; `ready`: has called `next` since its last event;
 * `busy`: holds an event; `failed`: reported `init/error` or `exit/error`.
 */
type ExtensionState = 'registered' | 'ready' | 'busy' | 'failed';

/** One registered extension. */
export interface RegisteredExtension {
  readonly id: string;
  readonly name: string;
  /** External: a process started from the extensions folder; internal: registered by the runtime. */
  readonly kind: 'external' | 'internal';
  readonly events: ReadonlySet<ExtensionEventType>;
  state: ExtensionState;
  readonly queue: ExtensionEvent[];
  poll: ExtensionPoll | undefined;
}

/** A refusal, answered as Lambda does: 403 with `{ errorType, errorMessage }`. */
export type Refusal = { readonly refused: ErrorDocument };

/**
 * The extensions of one execution environment: who registered, for what, and who has called
 * `next` since its last event. {@link reset} starts a new environment (identifiers of the old one
 * become unknown).
 */
export class ExtensionRegistry {
  private readonly byId = new Map<string, RegisteredExtension>();
  private externalNames = new Set<string>();
  private internalOpen = true;
  private closed = false;

  constructor(private readonly onChange: () => void) {}

  /** A new environment whose external extensions are `externalNames` (their file names). */
  reset(externalNames: readonly string[]): void {
    this.byId.clear();
    this.externalNames = new Set(externalNames);
    this.internalOpen = true;
    this.closed = false;
  }

  /** The runtime polled `/next`: internal extensions can no longer register. */
  closeInternalRegistration(): void {
    this.internalOpen = false;
  }

  /** Init is over: nobody can register. */
  closeRegistration(): void {
    this.internalOpen = false;
    this.closed = true;
  }

  register(name: string, events: readonly string[]): RegisteredExtension | Refusal {
    const kind = this.externalNames.has(name) ? 'external' : 'internal';
    for (const event of events) {
      const refusal = eventRefusal(event, kind);
      if (refusal) return refusal;
    }
    const existing = this.all().find((extension) => extension.name === name);
    if (this.closed || (kind === 'internal' && !this.internalOpen)) {
      return refuse('Extension.RegistrationClosed', 'Extension registration closed already');
    }
    if (existing) {
      return refuse(
        'Extension.InvalidExtensionState',
        kind === 'internal'
          ? 'Extension with this name already registered'
          : `State transition from Registered to Registered failed for extension ${name}. Error: State transition is not allowed`,
      );
    }
    if (this.byId.size >= MAX_EXTENSIONS) {
      return refuse('Extension.TooManyExtensions', `Extension limit (${MAX_EXTENSIONS}) reached`);
    }
    const extension: RegisteredExtension = {
      id: randomUUID(),
      name,
      kind,
      events: new Set(events.filter(isEventType)),
      state: 'registered',
      queue: [],
      poll: undefined,
    };
    this.byId.set(extension.id, extension);
    this.onChange();
    return extension;
  }

  find(id: string): RegisteredExtension | undefined {
    return this.byId.get(id);
  }

  all(): RegisteredExtension[] {
    return [...this.byId.values()];
  }

  /** Names of external extensions that have registered. */
  registeredExternalNames(): Set<string> {
    return new Set(
      this.all().flatMap((extension) => (extension.kind === 'external' ? [extension.name] : [])),
    );
  }

  /** `GET /extension/event/next`: the extension is done with its last event and waits for one. */
  next(extension: RegisteredExtension, poll: ExtensionPoll): Refusal | undefined {
    if (extension.state === 'failed') {
      return refuse(
        'Extension.InvalidExtensionState',
        `State transition from ${capitalized(extension.state)} to Ready failed for extension ${extension.id}. Error: State transition is not allowed`,
      );
    }
    extension.state = 'ready';
    extension.poll = poll;
    this.deliverQueued(extension);
    this.onChange();
    return undefined;
  }

  /** `init/error` or `exit/error`: no further call of this extension succeeds. */
  fail(extension: RegisteredExtension): Refusal | undefined {
    if (extension.state === 'failed') {
      return refuse(
        'Extension.InvalidExtensionState',
        `State transition from Failed to Exited failed for extension ${extension.id}. Error: State transition is not allowed`,
      );
    }
    extension.state = 'failed';
    return undefined;
  }

  /** Sends `event` to every extension registered for its type (`only` narrows the recipients). */
  send(event: ExtensionEvent, only: (extension: RegisteredExtension) => boolean = () => true): void {
    for (const extension of this.all()) {
      if (!extension.events.has(event.eventType) || extension.state === 'failed' || !only(extension))
        continue;
      extension.queue.push(event);
      extension.state = 'busy';
      this.deliverQueued(extension);
    }
  }

  /** True when every extension registered for `type` (all of them without `type`) has called `next` since its last event. */
  allReady(type?: ExtensionEventType): boolean {
    return this.all().every(
      (extension) => (type !== undefined && !extension.events.has(type)) || extension.state === 'ready',
    );
  }

  private deliverQueued(extension: RegisteredExtension): void {
    const { poll } = extension;
    const event = extension.queue[0];
    if (!event || !poll?.isOpen()) return;
    extension.queue.shift();
    extension.poll = undefined;
    extension.state = 'busy';
    poll.deliver(event);
  }
}

/** Narrows a registry answer. */
export function isRefusal(value: RegisteredExtension | Refusal | undefined): value is Refusal {
  return value !== undefined && 'refused' in value;
}

function eventRefusal(event: string, kind: 'external' | 'internal'): Refusal | undefined {
  if (!isEventType(event)) return refuse('Extension.InvalidEventType', `${event}: ErrorInvalidEventType`);
  if (event === 'SHUTDOWN' && kind === 'internal') {
    return refuse('Extension.InvalidEventType', `${event}: ShutdownEventNotSupportedForInternalExtension`);
  }
  return undefined;
}

function isEventType(value: string): value is ExtensionEventType {
  return (EXTENSION_EVENT_TYPES as readonly string[]).includes(value);
}

function refuse(errorType: string, message: string): Refusal {
  return { refused: errorDocument(errorType, message) };
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
