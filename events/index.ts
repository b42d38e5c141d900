/**
 * lambdakit/events: every AWS event source as a typed, validated class registered in the event type
 * registry, with decoding helpers and response builders. Loads class-validator and class-transformer.
 */

export { transformAndValidate, type ValidationOptions } from '../src/dispatch/transform-and-validate.js';
export { EventValidationError, type ValidationIssue } from '../src/errors/event-validation-error.js';
export * from './appsync/index.js';
export * from './appsync-events/index.js';
export * from './authorizer/index.js';
export * from './clientvpn/index.js';
export * from './cloudformation/index.js';
export * from './cloudfront/index.js';
export * from './cloudwatch/index.js';
export * from './codecommit/index.js';
export * from './codedeploy/index.js';
export * from './codepipeline/index.js';
export * from './cognito/index.js';
export * from './config/index.js';
export * from './connect/index.js';
export * from './dynamodb/index.js';
export * from './eventbridge/index.js';
export * from './firehose/index.js';
export * from './http/index.js';
export * from './iot/index.js';
export * from './kafka/index.js';
export * from './kinesis/index.js';
export * from './lex/index.js';
export * from './mq/index.js';
export * from './s3/index.js';
export * from './secrets-manager/index.js';
export * from './ses/index.js';
export * from './sns/index.js';
export * from './sqs/index.js';
export * from './support/index.js';
export * from './transfer/index.js';
