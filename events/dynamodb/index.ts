export {
  attributeMapProblems,
  IsAttributeValueMap,
  type UnmarshallOptions,
  unmarshallImage,
} from './attribute-value.js';
export { DynamoDbBatchResponse } from './dynamodb-batch-response.js';
export { DYNAMODB_BATCH, DynamoDbStreamEvent, isDynamoDbStreamEvent } from './dynamodb-event.js';
export { DynamoDbRecord, DynamoDbStreamRecord, DynamoDbUserIdentity } from './dynamodb-record.js';
export { DynamoDbTimeWindowEvent, isDynamoDbTimeWindowEvent } from './dynamodb-time-window-event.js';
