import '../support/metadata.js';
import type { CodeCommitTrigger, CodeCommitTriggerEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsInt, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { firstOf } from '../support/guards.js';

/** True for a CodeCommit repository trigger event. */
export function isCodeCommitEvent(event: unknown): boolean {
  return firstOf(event, 'Records')?.eventSource === 'aws:codecommit';
}

/** A pushed reference (branch or tag) and its commit. */
export class CodeCommitReference {
  @IsString() commit!: string;
  @IsString() ref!: string;
  @IsOptional() @IsBoolean() created?: boolean;
  @IsOptional() @IsBoolean() deleted?: boolean;
}

/** `codecommit` of a record: the references the push touched. */
export class CodeCommitData {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CodeCommitReference)
  references!: CodeCommitReference[];
}

/** One record of a CodeCommit trigger event. */
export class CodeCommitRecord implements CodeCommitTrigger {
  @IsString() awsRegion!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => CodeCommitData)
  codecommit!: CodeCommitData;

  /** The custom data configured on the trigger. */
  @IsOptional() @IsString() customData?: string;
  @IsString() eventId!: string;
  @IsString() eventName!: string;
  @IsInt() eventPartNumber!: number;
  @IsString() eventSource!: string;
  @IsString() eventSourceARN!: string;
  @IsString() eventTime!: string;
  @IsInt() eventTotalParts!: number;
  @IsString() eventTriggerConfigId!: string;
  @IsString() eventTriggerName!: string;
  @IsString() eventVersion!: string;
  @IsString() userIdentityARN!: string;
}

/**
 * A CodeCommit repository trigger event (a push to a repository with a Lambda trigger).
 *
 * @example
 * ```ts
 * @Handler(CodeCommitEvent)
 * pushed(@Event() event: CodeCommitEvent) {
 *   for (const record of event.Records) console.log(record.codecommit.references.map((r) => r.ref));
 * }
 * ```
 */
@EventSource({ name: 'codecommit', detect: isCodeCommitEvent })
export class CodeCommitEvent implements CodeCommitTriggerEvent {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CodeCommitRecord)
  Records!: CodeCommitRecord[];
}
