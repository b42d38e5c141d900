export {
  ClientVpnConnectionHandlerEvent,
  ClientVpnConnectionHandlerResponse,
  isClientVpnConnectionHandlerEvent,
} from './connection-handler.js';
