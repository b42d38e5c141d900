/** One record Lambda should retry, named by its source's identifier. */
export interface BatchItemFailure<TId = string> {
  itemIdentifier: TId;
}

/**
 * The partial batch response (`ReportBatchItemFailures`) shared by SQS, Kinesis and DynamoDB
 * Streams: the identifiers of the records that failed. An empty list means the whole batch succeeded.
 * Use the per-source subclasses (`SqsBatchResponse`, `KinesisBatchResponse`, …), which know each
 * source's identifier.
 *
 * @example
 * ```ts
 * return new BatchResponse(['msg-2', 'msg-5']);
 * // { "batchItemFailures": [{ "itemIdentifier": "msg-2" }, { "itemIdentifier": "msg-5" }] }
 * ```
 */
export class BatchResponse<TId = string> {
  readonly batchItemFailures: BatchItemFailure<TId>[];

  constructor(itemIdentifiers: Iterable<TId> = []) {
    this.batchItemFailures = [...itemIdentifiers].map((itemIdentifier) => ({ itemIdentifier }));
  }

  /** Adds one failed item; returns `this` for chaining. */
  fail(itemIdentifier: TId): this {
    this.batchItemFailures.push({ itemIdentifier });
    return this;
  }
}
