/** Paths, header names and limits of the Lambda APIs the emulator serves. */

export const RUNTIME_API_PREFIX = '/2018-06-01/runtime';
export const INVOKE_API_PATH = '/2015-03-31/functions/{name}/invocations';
export const EXTENSIONS_API_PREFIX = '/2020-01-01/extension';
export const TELEMETRY_API_PATH = '/2022-07-01/telemetry';
export const LOGS_API_PATH = '/2020-08-15/logs';

/**
 * Path prefixes that belong to the Lambda APIs (Runtime, Invoke, Extensions, Telemetry, Logs); every
 * other path is an HTTP request to the function.
 */
export const RESERVED_PATH_PREFIXES = [
  '/2018-06-01/',
  '/2015-03-31/',
  '/2020-01-01/extension',
  '/2022-07-01/telemetry',
  '/2020-08-15/logs',
] as const;

/** Content type of a Function URL streamed response: JSON prelude, 8 NUL bytes, then the body. */
export const HTTP_INTEGRATION_CONTENT_TYPE = 'application/vnd.awslambda.http-integration-response';

/** Largest buffered response a runtime may post (Lambda's figure: 6 MiB plus 100 bytes). */
export const MAX_RESPONSE_BYTES = 6_291_556;
/** Largest event the Invoke API accepts for a synchronous invocation (6 MiB). */
export const MAX_REQUEST_BYTES = 6_291_456;

export const HEADER = {
  requestId: 'lambda-runtime-aws-request-id',
  deadline: 'lambda-runtime-deadline-ms',
  functionArn: 'lambda-runtime-invoked-function-arn',
  traceId: 'lambda-runtime-trace-id',
  clientContext: 'lambda-runtime-client-context',
  cognitoIdentity: 'lambda-runtime-cognito-identity',
  tenantId: 'lambda-runtime-aws-tenant-id',
  errorType: 'lambda-runtime-function-error-type',
  errorBody: 'lambda-runtime-function-error-body',
  responseMode: 'lambda-runtime-function-response-mode',
} as const;

/** Headers of the Extensions API (lower case, as Node reads them). */
export const EXTENSION_HEADER = {
  name: 'lambda-extension-name',
  identifier: 'lambda-extension-identifier',
  eventIdentifier: 'lambda-extension-event-identifier',
  acceptFeature: 'lambda-extension-accept-feature',
  errorType: 'lambda-extension-function-error-type',
  /** The error-type header as Lambda spells it in its messages. */
  errorTypeName: 'Lambda-Extension-Function-Error-Type',
} as const;

export const INVOKE_HEADER = {
  functionError: 'x-amz-function-error',
  clientContext: 'x-amz-client-context',
  invocationType: 'x-amz-invocation-type',
  executedVersion: 'x-amz-executed-version',
  tenantId: 'x-amz-tenant-id',
  requestId: 'x-amzn-requestid',
  errorType: 'x-amzn-errortype',
  /** Emulator-only: base64 JSON passed to the function as its Cognito identity. */
  cognitoIdentity: 'x-lambdakit-cognito-identity',
} as const;

/** Trailers a streamed response declares so it can report an error after the body started. */
export const STREAM_TRAILERS = 'Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body';
