export {
  AppSyncEventsChannel,
  AppSyncEventsChannelNamespace,
  AppSyncEventsEvent,
  AppSyncEventsInfo,
  AppSyncEventsItem,
  AppSyncEventsRequest,
  isAppSyncEventsEvent,
} from './appsync-events-event.js';
