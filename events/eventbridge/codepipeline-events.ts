import '../support/metadata.js';
import type {
  CodePipelineActionCategory,
  CodePipelineActionState,
  CodePipelineCloudWatchActionEvent,
  CodePipelineCloudWatchPipelineEvent,
  CodePipelineStageState,
  CodePipelineState,
} from 'aws-lambda';
import { Type } from 'class-transformer';
import { Equals, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isEventBridgeOf, safely } from '../support/detect.js';
import { EventBridgeEvent } from './eventbridge-event.js';

const PIPELINE = 'CodePipeline Pipeline Execution State Change';
const STAGE = 'CodePipeline Stage Execution State Change';
const ACTION = 'CodePipeline Action Execution State Change';

/** `detail` of a pipeline execution state change. States are typed as AWS documents them. */
export class CodePipelineExecutionDetail {
  @IsString() pipeline!: string;
  /** The pipeline version (a number, although AWS documents a string). */
  @IsNumber() version!: number;
  @IsString() state!: CodePipelineState;
  @IsString() 'execution-id'!: string;
}

/** `detail` of a stage execution state change. */
export class CodePipelineStageDetail extends CodePipelineExecutionDetail {
  /** AWS sends the stage name; the aws-lambda-go sample omits it, so it is optional here. */
  @IsOptional() @IsString() stage?: string;
  declare state: CodePipelineStageState;
}

/** `type` of the action in an action execution state change. */
export class CodePipelineActionType {
  @IsString() owner!: 'AWS' | 'Custom' | 'ThirdParty';
  @IsString() category!: CodePipelineActionCategory;
  @IsString() provider!: string;
  @IsNumber() version!: number;
}

/** `detail` of an action execution state change. */
export class CodePipelineActionDetail extends CodePipelineExecutionDetail {
  @IsString() stage!: string;
  @IsString() action!: string;
  declare state: CodePipelineActionState;
  @IsOptional() @IsString() region?: string;
  @IsObject() @ValidateNested() @Type(() => CodePipelineActionType) type!: CodePipelineActionType;
}

/** Detects a CodePipeline pipeline execution state change. */
export const isCodePipelineExecutionStateChangeEvent = safely((e) =>
  isEventBridgeOf(e, 'aws.codepipeline', [PIPELINE]),
);
/** Detects a CodePipeline stage execution state change. */
export const isCodePipelineStageStateChangeEvent = safely((e) =>
  isEventBridgeOf(e, 'aws.codepipeline', [STAGE]),
);
/** Detects a CodePipeline action execution state change. */
export const isCodePipelineActionStateChangeEvent = safely((e) =>
  isEventBridgeOf(e, 'aws.codepipeline', [ACTION]),
);

/**
 * A pipeline execution changed state (via EventBridge).
 *
 * @example
 * ```ts
 * @Handler(CodePipelineExecutionStateChangeEvent)
 * onRun(@Event() e: CodePipelineExecutionStateChangeEvent) { return `${e.detail.pipeline} ${e.detail.state}`; }
 * ```
 */
@EventSource<CodePipelineExecutionStateChangeEvent>({
  name: 'codepipeline-execution-state-change',
  detect: isCodePipelineExecutionStateChangeEvent,
  specificity: 20,
})
export class CodePipelineExecutionStateChangeEvent
  extends EventBridgeEvent<CodePipelineExecutionDetail, typeof PIPELINE>
  implements CodePipelineCloudWatchPipelineEvent
{
  @IsString() override version!: string;
  @Equals('aws.codepipeline') override source!: 'aws.codepipeline';
  @Equals(PIPELINE) override 'detail-type'!: typeof PIPELINE;
  @IsObject()
  @ValidateNested()
  @Type(() => CodePipelineExecutionDetail)
  override detail!: CodePipelineExecutionDetail;
}

/**
 * A pipeline stage changed state (via EventBridge). Not `implements CodePipelineCloudWatchStageEvent`
 * because `detail.stage` is optional here (missing from the public sample).
 *
 * @example
 * ```ts
 * @Handler(CodePipelineStageStateChangeEvent)
 * onStage(@Event() e: CodePipelineStageStateChangeEvent) { return `${e.detail.stage} ${e.detail.state}`; }
 * ```
 */
@EventSource<CodePipelineStageStateChangeEvent>({
  name: 'codepipeline-stage-state-change',
  detect: isCodePipelineStageStateChangeEvent,
  specificity: 20,
})
export class CodePipelineStageStateChangeEvent extends EventBridgeEvent<
  CodePipelineStageDetail,
  typeof STAGE
> {
  @IsString() override version!: string;
  @Equals('aws.codepipeline') override source!: 'aws.codepipeline';
  @Equals(STAGE) override 'detail-type'!: typeof STAGE;
  @IsObject()
  @ValidateNested()
  @Type(() => CodePipelineStageDetail)
  override detail!: CodePipelineStageDetail;
}

/**
 * A pipeline action changed state (via EventBridge).
 *
 * @example
 * ```ts
 * @Handler(CodePipelineActionStateChangeEvent)
 * onAction(@Event() e: CodePipelineActionStateChangeEvent) { return e.detail.type.provider; }
 * ```
 */
@EventSource<CodePipelineActionStateChangeEvent>({
  name: 'codepipeline-action-state-change',
  detect: isCodePipelineActionStateChangeEvent,
  specificity: 20,
})
export class CodePipelineActionStateChangeEvent
  extends EventBridgeEvent<CodePipelineActionDetail, typeof ACTION>
  implements CodePipelineCloudWatchActionEvent
{
  @IsString() override version!: string;
  @Equals('aws.codepipeline') override source!: 'aws.codepipeline';
  @Equals(ACTION) override 'detail-type'!: typeof ACTION;
  @IsObject()
  @ValidateNested()
  @Type(() => CodePipelineActionDetail)
  override detail!: CodePipelineActionDetail;
}
