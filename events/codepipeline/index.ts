export {
  CodePipelineActionConfiguration,
  CodePipelineArtifact,
  CodePipelineArtifactLocation,
  CodePipelineCredentials,
  CodePipelineEncryptionKey,
  CodePipelineJobData,
  CodePipelineS3Location,
} from './job-data.js';
export { CodePipelineJob, CodePipelineJobEvent, isCodePipelineJobEvent } from './job-event.js';
