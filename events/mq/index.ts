/** The base64 message-body decoders of ActiveMQ and RabbitMQ messages (a `Base64Payload`). */
export { Base64Payload as MqPayload } from '../support/base64-payload.js';
export {
  ACTIVEMQ_EVENT_SOURCES,
  ActiveMqDestination,
  ActiveMqEvent,
  ActiveMqMessage,
  isActiveMqEvent,
} from './activemq-event.js';
export {
  isRabbitMqEvent,
  RabbitMqBasicProperties,
  RabbitMqEvent,
  RabbitMqMessage,
} from './rabbitmq-event.js';
