export { isSnsEvent, SnsEvent } from './sns-event.js';
export { SnsMessage, SnsMessageAttribute } from './sns-message.js';
export { SnsRecord } from './sns-record.js';
