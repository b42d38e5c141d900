export {
  ConnectContactData,
  ConnectContactFlowDetails,
  ConnectContactFlowEvent,
  ConnectEndpoint,
  ConnectQueue,
  isConnectContactFlowEvent,
} from './contact-flow-event.js';
