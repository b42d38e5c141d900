export {
  ConnectContactData,
  ConnectContactFlowDetails,
  ConnectContactFlowEvent,
  ConnectEndpoint,
  ConnectQueue,
  isConnectContactFlowEvent,
} from './contact-flow-event.js';
export {
  ConnectCampaignContext,
  ConnectCampaignCustomerProfile,
  ConnectCampaignInvocationMetadata,
  ConnectCampaignItems,
  ConnectOutboundCampaignEvent,
  isConnectOutboundCampaignEvent,
} from './outbound-campaign-event.js';
