export { IotButtonEvent, isIotButtonEvent } from './button-event.js';
export {
  IotConnectionMetadata,
  IotCustomAuthorizerEvent,
  IotProtocolData,
  IotProtocolDataHttp,
  IotProtocolDataMqtt,
  IotProtocolDataTls,
  isIotCustomAuthorizerEvent,
} from './custom-authorizer-event.js';
export {
  DEFAULT_IOT_AUTHORIZER_TIMES,
  type IotAuthorizerTimes,
  IotCustomAuthorizerResponse,
} from './custom-authorizer-response.js';
export {
  IotOneClickButtonClicked,
  IotOneClickDeviceEvent,
  IotOneClickDeviceInfo,
  IotOneClickEvent,
  IotOneClickPlacementInfo,
  isIotOneClickEvent,
} from './one-click-event.js';
export {
  IotPreProvisioningHookEvent,
  IotPreProvisioningHookResponse,
  isIotPreProvisioningHookEvent,
} from './pre-provisioning-hook.js';
