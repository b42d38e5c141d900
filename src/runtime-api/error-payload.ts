/** The error document the Runtime API takes on `/invocation/{id}/error` and `/init/error`. */
export interface ErrorPayload {
  readonly errorType: string;
  readonly errorMessage: string;
  readonly stackTrace: readonly string[];
  /** Extra structured fields (e.g. validation `details`), kept in the JSON. */
  readonly [extra: string]: unknown;
}
