import { InitError } from '../errors/runtime-errors.js';

/** A dependency needed by a constructor or factory that no provider gives. Reported as `Runtime.InitError`. */
export class MissingDependencyError extends InitError {}

/** Dependencies that need each other in a circle. Reported as `Runtime.InitError`. */
export class CircularDependencyError extends InitError {}
