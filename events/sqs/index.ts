export { SqsBatchResponse } from './sqs-batch-response.js';
export { isSqsEvent, SqsEvent } from './sqs-event.js';
export { SqsMessageAttribute, SqsRecordAttributes } from './sqs-message-attribute.js';
export { SqsRecord } from './sqs-record.js';
