export { DictionaryAsSent } from './as-sent.js';
export { Base64Payload } from './base64-payload.js';
export { type BatchItemFailure, BatchResponse } from './batch-response.js';
export {
  base64Json,
  base64JsonAs,
  base64Text,
  decodeBase64,
  decodeS3Key,
  decodeUtf8,
  gunzip,
  isBase64,
  parseJson,
  parseJsonAs,
} from './codec.js';
export { firstRecordField, firstRecordIs, isEventBridgeOf, isEventBridgeShape, safely } from './detect.js';
export { type DecodeStep, EventDecodeError } from './event-decode-error.js';
export { NestedRecord, type NestedRecordOptions } from './nested-record.js';
export { IamPolicyDocument, IamPolicyStatement, type PolicyEffect } from './policy-document.js';
export { SpelledAs } from './spelled-as.js';
export { TimeWindow, TimeWindowResponse } from './time-window.js';
export {
  IsRecordOf,
  IsStringListMap,
  IsStringMap,
  IsStringOrListMap,
  IsStringOrStringArray,
  Nullable,
} from './validators.js';
