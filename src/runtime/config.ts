import { InitError } from '../errors/runtime-errors.js';

/** The log levels Lambda defines, from most to least verbose. */
export const LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What the runtime reads from the Lambda environment once at start. */
export interface RuntimeConfig {
  readonly runtimeApi: string;
  readonly functionName: string;
  readonly functionVersion: string;
  readonly memoryLimitInMB: string;
  readonly logGroupName: string;
  readonly logStreamName: string;
  readonly logFormat: 'Text' | 'JSON';
  readonly logLevel: LogLevel;
  /** Concurrent invocations in this process (`AWS_LAMBDA_MAX_CONCURRENCY`); 1 is classic Lambda. */
  readonly maxConcurrency: number;
}

/** Reads the runtime's configuration; a missing `AWS_LAMBDA_RUNTIME_API` is an init error. */
export function readRuntimeConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const runtimeApi = env.AWS_LAMBDA_RUNTIME_API;
  if (!runtimeApi) {
    throw new InitError(
      'AWS_LAMBDA_RUNTIME_API is not set: run this function on Lambda or under `lambdakit dev <entry>`',
    );
  }
  const concurrency = Number.parseInt(env.AWS_LAMBDA_MAX_CONCURRENCY ?? '', 10);
  const level = (env.AWS_LAMBDA_LOG_LEVEL ?? '').toUpperCase();
  return {
    runtimeApi,
    functionName: env.AWS_LAMBDA_FUNCTION_NAME ?? '',
    functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION ?? '$LATEST',
    memoryLimitInMB: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ?? '',
    logGroupName: env.AWS_LAMBDA_LOG_GROUP_NAME ?? '',
    logStreamName: env.AWS_LAMBDA_LOG_STREAM_NAME ?? '',
    logFormat: env.AWS_LAMBDA_LOG_FORMAT?.toUpperCase() === 'JSON' ? 'JSON' : 'Text',
    logLevel: (LOG_LEVELS as readonly string[]).includes(level) ? (level as LogLevel) : 'TRACE',
    maxConcurrency: Number.isInteger(concurrency) && concurrency > 1 ? concurrency : 1,
  };
}
