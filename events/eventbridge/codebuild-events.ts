import '../support/metadata.js';
import { Type } from 'class-transformer';
import { Equals, IsObject, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isEventBridgeOf, safely } from '../support/detect.js';
import { CodeBuildPhaseDetail, CodeBuildStateDetail } from './codebuild-detail.js';
import { EventBridgeEvent } from './eventbridge-event.js';

/** Detects `aws.codebuild` / `CodeBuild Build State Change`. */
export const isCodeBuildStateChangeEvent = safely((event) =>
  isEventBridgeOf(event, 'aws.codebuild', ['CodeBuild Build State Change']),
);

/** Detects `aws.codebuild` / `CodeBuild Build Phase Change`. */
export const isCodeBuildPhaseChangeEvent = safely((event) =>
  isEventBridgeOf(event, 'aws.codebuild', ['CodeBuild Build Phase Change']),
);

/**
 * A CodeBuild build changed state (via EventBridge). Not `implements CodeBuildCloudWatchStateEvent`:
 * that type requires fields (`cache`, `queued-timeout-in-minutes`, …) real events can omit.
 *
 * @example
 * ```ts
 * @Handler(CodeBuildStateChangeEvent)
 * onBuild(@Event() e: CodeBuildStateChangeEvent) {
 *   return `${e.detail['project-name']}: ${e.detail['build-status']}`;
 * }
 * ```
 */
@EventSource<CodeBuildStateChangeEvent>({
  name: 'codebuild-state-change',
  detect: isCodeBuildStateChangeEvent,
  specificity: 20,
})
export class CodeBuildStateChangeEvent extends EventBridgeEvent<
  CodeBuildStateDetail,
  'CodeBuild Build State Change'
> {
  @IsString() override version!: string;
  @Equals('aws.codebuild') override source!: 'aws.codebuild';
  @Equals('CodeBuild Build State Change') override 'detail-type'!: 'CodeBuild Build State Change';
  @IsObject() @ValidateNested() @Type(() => CodeBuildStateDetail) override detail!: CodeBuildStateDetail;
}

/**
 * A CodeBuild build finished a phase (via EventBridge).
 *
 * @example
 * ```ts
 * @Handler(CodeBuildPhaseChangeEvent)
 * onPhase(@Event() e: CodeBuildPhaseChangeEvent) {
 *   return `${e.detail['completed-phase']} took ${e.detail['completed-phase-duration-seconds']}s`;
 * }
 * ```
 */
@EventSource<CodeBuildPhaseChangeEvent>({
  name: 'codebuild-phase-change',
  detect: isCodeBuildPhaseChangeEvent,
  specificity: 20,
})
export class CodeBuildPhaseChangeEvent extends EventBridgeEvent<
  CodeBuildPhaseDetail,
  'CodeBuild Build Phase Change'
> {
  @IsString() override version!: string;
  @Equals('aws.codebuild') override source!: 'aws.codebuild';
  @Equals('CodeBuild Build Phase Change') override 'detail-type'!: 'CodeBuild Build Phase Change';
  @IsObject() @ValidateNested() @Type(() => CodeBuildPhaseDetail) override detail!: CodeBuildPhaseDetail;
}
