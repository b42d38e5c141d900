export {
  isTransferFamilyAuthorizerEvent,
  TRANSFER_PROTOCOLS,
  TransferFamilyAuthorizerEvent,
} from './transfer-family-authorizer-event.js';
