export { isS3BatchEventOf, S3BatchEvent, S3BatchJob, S3BatchTask } from './s3-batch-event.js';
export { S3BatchEventV2, S3BatchJobV2, S3BatchTaskV2 } from './s3-batch-event-v2.js';
export { S3BatchResponse, type S3BatchResponseOptions, S3BatchTaskResult } from './s3-batch-response.js';
export { S3Bucket, S3Entity, S3Object, S3Principal } from './s3-entity.js';
export { isS3Event, S3Event } from './s3-event.js';
export {
  S3GlacierEventData,
  S3IntelligentTieringEventData,
  S3LifecycleEventData,
  S3ReplicationEventData,
  S3RestoreEventData,
  S3TransitionEventData,
} from './s3-event-data.js';
export { S3EventRecord, S3RequestParameters, S3ResponseElements } from './s3-event-record.js';
export { isS3ObjectLambdaEvent, S3ObjectLambdaEvent } from './s3-object-lambda-event.js';
export {
  S3GetObjectContext,
  S3InputContext,
  S3ObjectLambdaConfiguration,
  S3ObjectLambdaUserIdentity,
  S3ObjectLambdaUserRequest,
  S3SessionAttributes,
  S3SessionContext,
  S3SessionIssuer,
} from './s3-object-lambda-parts.js';
