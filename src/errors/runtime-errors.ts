import { LambdaKitError } from './lambdakit-error.js';

/** The function failed during initialisation (module import, app construction). */
export class InitError extends LambdaKitError {
  readonly errorType = 'Runtime.InitError';
}

/** The configured handler could not be found in the module. */
export class HandlerNotFoundError extends LambdaKitError {
  readonly errorType = 'Runtime.HandlerNotFound';
}

/** The event body is not valid JSON. */
export class InvalidEventError extends LambdaKitError {
  readonly errorType = 'Runtime.InvalidEvent';
}

/** No handler of the app accepts the event. */
export class NoMatchingHandlerError extends LambdaKitError {
  readonly errorType = 'Runtime.NoMatchingHandler';
}

/** The handler's result cannot be serialised to JSON (a cycle, a BigInt, …). */
export class ResponseSerializationError extends LambdaKitError {
  readonly errorType = 'Runtime.ResponseSerializationError';
}

/** The Runtime API refused the response because it is over the payload limit. */
export class ResponseTooLargeError extends LambdaKitError {
  readonly errorType = 'Runtime.ResponseTooLarge';
}

/** The Runtime API refused the response for another reason than its size (a 4xx other than 413). */
export class ResponseRejectedError extends LambdaKitError {
  readonly errorType = 'Runtime.ResponseRejected';
}

/** A promise rejection or exception escaped the handler while an invocation was running. */
export class UnhandledRejectionError extends LambdaKitError {
  readonly errorType = 'Runtime.UnhandledRejection';
}

/**
 * The handler returned a promise that can never settle: the event loop ran empty while the
 * invocation was open (nothing left that could resolve it).
 */
export class HandlerNeverSettledError extends LambdaKitError {
  readonly errorType = 'Runtime.HandlerNeverSettled';
}

/** `_HANDLER` is not `module.export` (e.g. `index.handler`, `src/orders.handler`). */
export class MalformedHandlerNameError extends LambdaKitError {
  readonly errorType = 'Runtime.MalformedHandlerName';
}

/** The module `_HANDLER` names does not exist under the task root. */
export class ImportModuleError extends LambdaKitError {
  readonly errorType = 'Runtime.ImportModuleError';
}
