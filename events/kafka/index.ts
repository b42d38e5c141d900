export { KafkaBatchResponse, type KafkaItemIdentifier, kafkaItemIdentifier } from './kafka-batch-response.js';
export { KafkaEventBase } from './kafka-event-base.js';
export { KafkaRecord, KafkaSchemaMetadata } from './kafka-record.js';
export { isMskEvent, MskEvent } from './msk-event.js';
export { isSelfManagedKafkaEvent, SelfManagedKafkaEvent } from './self-managed-kafka-event.js';
