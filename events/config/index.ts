export { ConfigEvent, isConfigEvent } from './config-event.js';
