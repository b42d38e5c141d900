import '../support/metadata.js';
import { Type } from 'class-transformer';
import { Equals, IsObject, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isEventBridgeOf, safely } from '../support/detect.js';
import { EventBridgeEvent } from './eventbridge-event.js';

const DEPLOYMENT = 'CodeDeploy Deployment State-change Notification';
const INSTANCE = 'CodeDeploy Instance State-change Notification';

/** `detail` of a CodeDeploy deployment state change. */
export class CodeDeployDeploymentDetail {
  @IsString() instanceGroupId!: string;
  @IsString() region!: string;
  @IsString() application!: string;
  @IsString() deploymentId!: string;
  /** `START`, `SUCCESS`, `FAILURE`, `STOP`, `READY`. */
  @IsString() state!: string;
  @IsString() deploymentGroup!: string;
}

/** `detail` of a CodeDeploy instance state change: the deployment detail plus the instance. */
export class CodeDeployInstanceDetail extends CodeDeployDeploymentDetail {
  @IsString() instanceId!: string;
}

/** Detects a CodeDeploy deployment state-change notification. */
export const isCodeDeployDeploymentEvent = safely((event) =>
  isEventBridgeOf(event, 'aws.codedeploy', [DEPLOYMENT]),
);
/** Detects a CodeDeploy instance state-change notification. */
export const isCodeDeployInstanceEvent = safely((event) =>
  isEventBridgeOf(event, 'aws.codedeploy', [INSTANCE]),
);

/**
 * A CodeDeploy deployment changed state (via EventBridge).
 *
 * @example
 * ```ts
 * @Handler(CodeDeployDeploymentEvent)
 * onDeploy(@Event() e: CodeDeployDeploymentEvent) { return e.detail.state; }
 * ```
 */
@EventSource<CodeDeployDeploymentEvent>({
  name: 'codedeploy-deployment',
  detect: isCodeDeployDeploymentEvent,
  specificity: 20,
})
export class CodeDeployDeploymentEvent extends EventBridgeEvent<
  CodeDeployDeploymentDetail,
  typeof DEPLOYMENT
> {
  @IsString() override version!: string;
  @Equals('aws.codedeploy') override source!: 'aws.codedeploy';
  @Equals(DEPLOYMENT) override 'detail-type'!: typeof DEPLOYMENT;
  @IsObject()
  @ValidateNested()
  @Type(() => CodeDeployDeploymentDetail)
  override detail!: CodeDeployDeploymentDetail;
}

/**
 * A CodeDeploy deployment changed state on one instance (via EventBridge).
 *
 * @example
 * ```ts
 * @Handler(CodeDeployInstanceEvent)
 * onInstance(@Event() e: CodeDeployInstanceEvent) { return `${e.detail.instanceId} ${e.detail.state}`; }
 * ```
 */
@EventSource<CodeDeployInstanceEvent>({
  name: 'codedeploy-instance',
  detect: isCodeDeployInstanceEvent,
  specificity: 20,
})
export class CodeDeployInstanceEvent extends EventBridgeEvent<CodeDeployInstanceDetail, typeof INSTANCE> {
  @IsString() override version!: string;
  @Equals('aws.codedeploy') override source!: 'aws.codedeploy';
  @Equals(INSTANCE) override 'detail-type'!: typeof INSTANCE;
  @IsObject()
  @ValidateNested()
  @Type(() => CodeDeployInstanceDetail)
  override detail!: CodeDeployInstanceDetail;
}
