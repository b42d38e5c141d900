import '../support/metadata.js';
import type { S3BatchResult, S3BatchResultResult, S3BatchResultResultCode } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsString, ValidateNested } from 'class-validator';

const CODES: readonly S3BatchResultResultCode[] = ['Succeeded', 'TemporaryFailure', 'PermanentFailure'];

/** Options of `S3BatchResponse.for`. */
export interface S3BatchResponseOptions {
  /**
   * How S3 treats tasks the response does not mention.
   * @default 'PermanentFailure'
   */
  readonly treatMissingKeysAs?: S3BatchResultResultCode;
}

/** The outcome of one task. */
export class S3BatchTaskResult implements S3BatchResultResult {
  @IsString() taskId!: string;
  @IsIn(CODES) resultCode!: S3BatchResultResultCode;
  @IsString() resultString!: string;
}

/**
 * The response S3 Batch Operations expects: one result per task, `Succeeded`, `TemporaryFailure`
 * (S3 retries) or `PermanentFailure`. Works for 1.0 and 2.0 invocations (the response schema is 1.0).
 *
 * @example
 * ```ts
 * const response = S3BatchResponse.for(event);
 * response.succeeded(event.tasks[0], 'done').permanentFailure(event.tasks[1], 'no such key');
 * return response;
 * ```
 */
export class S3BatchResponse implements S3BatchResult {
  @IsString() invocationSchemaVersion!: string;
  @IsIn(CODES) treatMissingKeysAs!: S3BatchResultResultCode;
  @IsString() invocationId!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => S3BatchTaskResult) results!: S3BatchTaskResult[];

  /** An empty response answering `event`. */
  static for(event: { invocationId: string }, options: S3BatchResponseOptions = {}): S3BatchResponse {
    const response = new S3BatchResponse();
    response.invocationSchemaVersion = '1.0';
    response.treatMissingKeysAs = options.treatMissingKeysAs ?? 'PermanentFailure';
    response.invocationId = event.invocationId;
    response.results = [];
    return response;
  }

  /** Records a task's result; returns `this`. */
  result(task: { taskId: string }, resultCode: S3BatchResultResultCode, resultString: string): this {
    const result = new S3BatchTaskResult();
    result.taskId = task.taskId;
    result.resultCode = resultCode;
    result.resultString = resultString;
    this.results.push(result);
    return this;
  }

  /** The task succeeded; `resultString` is shown in the job's completion report. */
  succeeded(task: { taskId: string }, resultString = ''): this {
    return this.result(task, 'Succeeded', resultString);
  }

  /** The task failed but may succeed if S3 retries it. */
  temporaryFailure(task: { taskId: string }, reason: string): this {
    return this.result(task, 'TemporaryFailure', reason);
  }

  /** The task failed for good. */
  permanentFailure(task: { taskId: string }, reason: string): this {
    return this.result(task, 'PermanentFailure', reason);
  }
}
