import '../support/metadata.js';
import type { LexV2Event as LexV2EventShape } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../support/guards.js';
import { LexV2Interpretation, LexV2ProposedNextState, LexV2SessionState } from './lex-v2-state.js';

/** True for an Amazon Lex V2 code hook event. */
export function isLexV2Event(event: unknown): boolean {
  return (
    isRecord(event) &&
    isString(event.sessionId) &&
    isRecord(event.sessionState) &&
    isRecord(event.bot) &&
    isString(event.bot.localeId)
  );
}

/** `bot` of a Lex V2 event. */
export class LexV2Bot {
  @IsString() id!: string;
  @IsString() name!: string;
  @IsString() aliasId!: string;
  @IsString() aliasName!: string;
  @IsString() localeId!: string;
  /** `DRAFT` or a version number. */
  @IsString() version!: string;
}

/** One transcription of a spoken input. */
export class LexV2Transcription {
  @IsString() transcription!: string;
  @IsOptional() @IsNumber() transcriptionConfidence?: number;
  @IsOptional() @IsObject() resolvedContext?: { intent: string };
  @IsOptional() @IsObject() resolvedSlots?: Record<string, unknown>;
}

/**
 * An Amazon Lex V2 code hook event (dialog or fulfillment). Answer with a `LexV2Response`.
 *
 * Not assignable to `@types/aws-lambda`'s `LexV2Event`: a slot may be null (not yet filled), which
 * the `@types/aws-lambda` slot map does not allow.
 *
 * @example
 * ```ts
 * @Handler(LexV2Event)
 * hook(@Event() event: LexV2Event) {
 *   const intent = event.sessionState.intent!;
 *   return LexV2Response.close(intent, 'Fulfilled', 'Your order is placed');
 * }
 * ```
 */
@EventSource({ name: 'lex-v2', detect: isLexV2Event })
export class LexV2Event
  implements
    Omit<LexV2EventShape, 'interpretations' | 'proposedNextState' | 'sessionState' | 'transcriptions'>
{
  @IsString() messageVersion!: string;
  @IsString() invocationSource!: LexV2EventShape['invocationSource'];
  @IsString() inputMode!: LexV2EventShape['inputMode'];
  @IsString() responseContentType!: string;
  @IsString() sessionId!: string;
  @IsString() inputTranscript!: string;
  @IsOptional() @IsString() invocationLabel?: string;

  @IsObject()
  @ValidateNested()
  @Type(() => LexV2Bot)
  bot!: LexV2Bot;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LexV2Interpretation)
  interpretations!: LexV2Interpretation[];

  /** Present when Lex has a next step in mind (dialog code hooks). */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LexV2ProposedNextState)
  proposedNextState?: LexV2ProposedNextState;

  @IsOptional() @IsObject() requestAttributes?: Record<string, string>;

  @IsObject()
  @ValidateNested()
  @Type(() => LexV2SessionState)
  sessionState!: LexV2SessionState;

  /** Present for spoken input. */
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LexV2Transcription)
  transcriptions?: LexV2Transcription[];
}
