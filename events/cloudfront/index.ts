export {
  CloudFrontRequestCf,
  CloudFrontRequestEvent,
  CloudFrontRequestRecord,
  CloudFrontResponseCf,
  CloudFrontResponseEvent,
  CloudFrontResponseRecord,
  isCloudFrontRequestEvent,
  isCloudFrontResponseEvent,
} from './cloudfront-events.js';
export {
  CloudFrontConfig,
  type CloudFrontHeaderMap,
  CloudFrontRequestBody,
  CloudFrontRequestData,
  CloudFrontResponseData,
  isCloudFrontHeaderList,
} from './cloudfront-parts.js';
export { CloudFrontResponse } from './cloudfront-response.js';
