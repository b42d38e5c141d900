import { InitError } from '../../errors/runtime-errors.js';

/**
 * Two routes answer the same method on the same path shape (`GET /users/{id}` and
 * `GET /users/{name}`). Raised when the HTTP handler is built, so the function fails at init.
 */
export class RouteConflictError extends InitError {}

/** A route string that cannot be parsed (`'GET users'`, `'/a/{proxy+}/b'`, `'/a/x{id}'`). */
export class RouteDefinitionError extends InitError {}
