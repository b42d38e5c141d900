export { EventValidationError, type ValidationIssue } from './event-validation-error.js';
export { LambdaKitError } from './lambdakit-error.js';
export {
  HandlerNeverSettledError,
  HandlerNotFoundError,
  ImportModuleError,
  InitError,
  InvalidEventError,
  MalformedHandlerNameError,
  NoMatchingHandlerError,
  ResponseRejectedError,
  ResponseSerializationError,
  ResponseTooLargeError,
  UnhandledRejectionError,
} from './runtime-errors.js';
