import { IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { isRecord, isString } from '../support/guards.js';

/** Detects a CodeDeploy lifecycle hook invocation: `DeploymentId` and `LifecycleEventHookExecutionId`. */
export const isCodeDeployLifecycleHookEvent = safely(
  (event) => isRecord(event) && isString(event.DeploymentId) && isString(event.LifecycleEventHookExecutionId),
);

/**
 * A CodeDeploy lifecycle hook (`BeforeAllowTraffic`, `AfterAllowTraffic` of a Lambda or ECS
 * deployment, named in the AppSpec `Hooks`). The function reports the outcome itself with CodeDeploy's
 * `PutLifecycleEventHookExecutionStatus` (`Succeeded` or `Failed`) using these two ids; its return
 * value is ignored. @types/aws-lambda has no type for this event.
 *
 * @example
 * ```ts
 * @Handler(CodeDeployLifecycleHookEvent)
 * async beforeTraffic(@Event() event: CodeDeployLifecycleHookEvent) {
 *   const status = (await smokeTest()) ? 'Succeeded' : 'Failed';
 *   await codedeploy.putLifecycleEventHookExecutionStatus({
 *     deploymentId: event.DeploymentId,
 *     lifecycleEventHookExecutionId: event.LifecycleEventHookExecutionId,
 *     status,
 *   });
 * }
 * ```
 */
@EventSource<CodeDeployLifecycleHookEvent>({
  name: 'codedeploy-lifecycle-hook',
  detect: isCodeDeployLifecycleHookEvent,
})
export class CodeDeployLifecycleHookEvent {
  /** The deployment: `d-` followed by nine characters. */
  @IsString() DeploymentId!: string;
  /** The id to report the hook's status with. */
  @IsString() LifecycleEventHookExecutionId!: string;
}
