/**
 * lambdakit: the Lambda runtime loop, its context and errors. Light on purpose: a function that
 * imports only `run` loads no validation or HTTP code.
 */
export * from './errors/index.js';
export * from './runtime/index.js';
