export {
  CloudFormationCustomResourceEvent,
  CUSTOM_RESOURCE_REQUEST_TYPES,
  type CustomResourceProperties,
  isCloudFormationCustomResourceEvent,
} from './custom-resource-event.js';
export {
  CustomResourceReply,
  type CustomResourceRequestRef,
  CustomResourceResponse,
  type CustomResourceResponseOptions,
} from './custom-resource-response.js';
