import { InitError, NoMatchingHandlerError } from '../errors/runtime-errors.js';
import { describeEntry, type HandlerEntry } from './handler-entry.js';

const DEFAULT_SPECIFICITY = 10;

/**
 * Chooses the handler for an event: among the entries whose event source detects it, the most
 * specific; when none detects it, the app's one plain-DTO handler if it has one.
 */
export class HandlerSelector {
  readonly #detected: readonly HandlerEntry[];
  readonly #fallback: HandlerEntry | undefined;

  constructor(entries: readonly HandlerEntry[]) {
    const dtos = entries.filter((entry) => !entry.source);
    if (dtos.length > 1) {
      throw new InitError(
        `more than one handler accepts any JSON (${dtos.map(describeEntry).join(', ')}): ` +
          'give the event classes a detector with @EventSource so events can be told apart',
      );
    }
    const byType = new Map<unknown, HandlerEntry>();
    for (const entry of entries) {
      const other = byType.get(entry.eventType);
      if (other) {
        throw new InitError(
          `${entry.eventType.name} has two handlers: ${describeEntry(other)} and ${describeEntry(entry)}`,
        );
      }
      byType.set(entry.eventType, entry);
    }
    this.#detected = entries.filter((entry) => entry.source).sort((a, b) => specificity(b) - specificity(a));
    this.#fallback = dtos[0];
  }

  /** The entry for `event`, or a `NoMatchingHandlerError` naming what was expected. */
  select(event: unknown): HandlerEntry {
    const matches = this.#detected.filter((entry) => entry.source?.detect(event));
    const [best, second] = matches;
    if (best && second && specificity(best) === specificity(second)) {
      throw new NoMatchingHandlerError(
        `the event matches ${describeEntry(best)} and ${describeEntry(second)} equally; raise the specificity of one`,
      );
    }
    if (best) return best;
    if (this.#fallback) return this.#fallback;
    const expected = this.#detected.map((entry) => entry.source?.name).join(', ') || 'none';
    throw new NoMatchingHandlerError(`no handler accepts this event (expected one of: ${expected})`);
  }
}

function specificity(entry: HandlerEntry): number {
  return entry.source?.specificity ?? DEFAULT_SPECIFICITY;
}
