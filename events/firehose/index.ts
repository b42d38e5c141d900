export { FirehoseTransformationEvent, isFirehoseTransformationEvent } from './firehose-event.js';
export { FirehoseKinesisMetadata, FirehoseRecord } from './firehose-record.js';
export {
  type FirehoseOkOptions,
  FirehoseOtfMetadata,
  FirehoseResultMetadata,
  FirehoseResultRecord,
  FirehoseTransformationResponse,
} from './firehose-response.js';
