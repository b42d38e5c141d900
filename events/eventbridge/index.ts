export {
  AUTO_SCALING_ACTIVITY_TYPES,
  AUTO_SCALING_LIFECYCLE_TYPES,
  AutoScalingActivityDetail,
  AutoScalingActivityEvent,
  AutoScalingLifecycleActionEvent,
  AutoScalingLifecycleDetail,
  isAutoScalingActivityEvent,
  isAutoScalingLifecycleActionEvent,
} from './autoscaling-events.js';
export {
  CodeBuildAdditionalInformation,
  CodeBuildArtifact,
  CodeBuildCache,
  CodeBuildEnvironment,
  CodeBuildEnvironmentVariable,
  CodeBuildLogs,
  CodeBuildPhase,
  CodeBuildPhaseDetail,
  CodeBuildSource,
  CodeBuildStateDetail,
} from './codebuild-detail.js';
export {
  CodeBuildPhaseChangeEvent,
  CodeBuildStateChangeEvent,
  isCodeBuildPhaseChangeEvent,
  isCodeBuildStateChangeEvent,
} from './codebuild-events.js';
export {
  CodeDeployDeploymentDetail,
  CodeDeployDeploymentEvent,
  CodeDeployInstanceDetail,
  CodeDeployInstanceEvent,
  isCodeDeployDeploymentEvent,
  isCodeDeployInstanceEvent,
} from './codedeploy-events.js';
export {
  CodePipelineActionDetail,
  CodePipelineActionStateChangeEvent,
  CodePipelineActionType,
  CodePipelineExecutionDetail,
  CodePipelineExecutionStateChangeEvent,
  CodePipelineStageDetail,
  CodePipelineStageStateChangeEvent,
  isCodePipelineActionStateChangeEvent,
  isCodePipelineExecutionStateChangeEvent,
  isCodePipelineStageStateChangeEvent,
} from './codepipeline-events.js';
export {
  EcrImageActionDetail,
  EcrImageActionEvent,
  EcrImageScanDetail,
  EcrImageScanEvent,
  isEcrImageActionEvent,
  isEcrImageScanEvent,
} from './ecr-events.js';
export {
  EcsAttribute,
  EcsContainerInstanceDetail,
  EcsContainerInstanceStateChangeEvent,
  EcsResource,
  EcsVersionInfo,
  isEcsContainerInstanceStateChangeEvent,
} from './ecs-events.js';
export { EventBridgeEvent, isEventBridgeEvent } from './eventbridge-event.js';
export {
  isS3EventBridgeEvent,
  S3_EVENTBRIDGE_TYPES,
  S3EventBridgeBucket,
  S3EventBridgeDetail,
  S3EventBridgeEvent,
  S3EventBridgeObject,
} from './s3-eventbridge-event.js';
export { isScheduledEvent, ScheduledEvent } from './scheduled-event.js';
