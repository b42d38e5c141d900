export {
  isKinesisAnalyticsOutputDeliveryEvent,
  KinesisAnalyticsDeliveryMetadata,
  KinesisAnalyticsOutputDeliveryEvent,
  KinesisAnalyticsOutputRecord,
} from './kinesis-analytics-output-event.js';
export {
  KinesisAnalyticsDeliveryResult,
  KinesisAnalyticsOutputDeliveryResponse,
} from './kinesis-analytics-output-response.js';
export { KinesisBatchResponse } from './kinesis-batch-response.js';
export { isKinesisStreamEvent, KINESIS_BATCH, KinesisStreamEvent } from './kinesis-event.js';
export { KinesisPayload, KinesisRecord } from './kinesis-record.js';
export { isKinesisTimeWindowEvent, KinesisTimeWindowEvent } from './kinesis-time-window-event.js';
