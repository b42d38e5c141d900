export {
  ACTIVEMQ_EVENT_SOURCES,
  ActiveMqDestination,
  ActiveMqEvent,
  ActiveMqMessage,
  isActiveMqEvent,
} from './activemq-event.js';
export { MqPayload } from './mq-payload.js';
export {
  isRabbitMqEvent,
  RabbitMqBasicProperties,
  RabbitMqEvent,
  RabbitMqMessage,
} from './rabbitmq-event.js';
