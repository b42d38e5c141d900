import { randomBytes } from 'node:crypto';

/** What the function environment is derived from. */
export interface LambdaEnvInput {
  readonly runtimeApi: string;
  readonly functionName: string;
  readonly memorySize: number;
  readonly region: string;
  readonly handler: string;
  readonly taskRoot: string;
  readonly concurrency: number;
}

/**
 * The variables Lambda defines for a custom runtime (`provided.al2023`), as documented under
 * "Defined runtime environment variables". `AWS_LAMBDA_MAX_CONCURRENCY` only in concurrent mode.
 */
export function lambdaEnvironment(input: LambdaEnvInput, now: Date = new Date()): Record<string, string> {
  const env: Record<string, string> = {
    AWS_LAMBDA_RUNTIME_API: input.runtimeApi,
    AWS_LAMBDA_FUNCTION_NAME: input.functionName,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(input.memorySize),
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${input.functionName}`,
    AWS_LAMBDA_LOG_STREAM_NAME: logStreamName(now),
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_REGION: input.region,
    AWS_DEFAULT_REGION: input.region,
    _HANDLER: input.handler,
    LAMBDA_TASK_ROOT: input.taskRoot,
    TZ: ':UTC',
    LANG: 'en_US.UTF-8',
  };
  if (input.concurrency > 1) env.AWS_LAMBDA_MAX_CONCURRENCY = String(input.concurrency);
  return env;
}

/** `2024/05/01/[$LATEST]<32 hex>`, the form Lambda gives its log streams. */
function logStreamName(now: Date): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '/');
  return `${day}/[$LATEST]${randomBytes(16).toString('hex')}`;
}
