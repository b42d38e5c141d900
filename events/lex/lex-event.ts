import '../support/metadata.js';
import type { LexEvent as LexEventShape } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../support/guards.js';

/** True for an Amazon Lex (V1) code hook event. */
export function isLexEvent(event: unknown): boolean {
  return (
    isRecord(event) &&
    isRecord(event.currentIntent) &&
    isRecord(event.bot) &&
    isString(event.userId) &&
    isString(event.invocationSource)
  );
}

type Shape = LexEventShape;

/** `currentIntent` of a Lex V1 event. */
export class LexCurrentIntent {
  @IsString() name!: string;
  @IsObject() slots!: Record<string, string | null>;
  /** Per slot: the resolutions Lex considered and the user's original text. */
  @IsOptional() @IsObject() slotDetails?: Record<
    string,
    { resolutions: Record<string, string>[]; originalValue: string }
  >;
  @IsString() confirmationStatus!: Shape['currentIntent']['confirmationStatus'];
  @IsOptional() @IsNumber() nluIntentConfidenceScore?: number | null;
}

/** `bot` of a Lex V1 event. */
export class LexBot {
  @IsString() name!: string;
  @IsString() alias!: string;
  @IsString() version!: string;
}

/**
 * An Amazon Lex V1 code hook event (dialog or fulfillment). Answer with a `LexResponse`.
 * Enumerated fields are typed with the values AWS sends and validated as strings.
 *
 * Not assignable to @types/aws-lambda's `LexEvent`: `currentIntent.slotDetails` and
 * `sessionAttributes` are optional here, as Lex leaves them out of some requests.
 *
 * @example
 * ```ts
 * @Handler(LexEvent)
 * hook(@Event() event: LexEvent) {
 *   return event.invocationSource === 'DialogCodeHook'
 *     ? LexResponse.delegate(event.currentIntent.slots)
 *     : LexResponse.close('Fulfilled', { message: 'Done!' });
 * }
 * ```
 */
@EventSource({ name: 'lex', detect: isLexEvent })
export class LexEvent implements Omit<Shape, 'currentIntent' | 'sessionAttributes'> {
  @IsObject()
  @ValidateNested()
  @Type(() => LexCurrentIntent)
  currentIntent!: LexCurrentIntent;

  @IsObject()
  @ValidateNested()
  @Type(() => LexBot)
  bot!: LexBot;

  @IsString() userId!: string;
  @IsString() inputTranscript!: string;
  @IsString() invocationSource!: Shape['invocationSource'];
  @IsString() outputDialogMode!: Shape['outputDialogMode'];
  @IsString() messageVersion!: Shape['messageVersion'];
  @IsOptional() @IsObject() sessionAttributes?: Record<string, string> | null;
  @IsOptional() @IsObject() requestAttributes!: Record<string, string> | null;
  @IsOptional() @IsArray() alternativeIntents?: Record<string, unknown>[];
  @IsOptional() @IsArray() recentIntentSummaryView?: Record<string, unknown>[] | null;
  @IsOptional() @IsObject() sentimentResponse?: Record<string, unknown>;
  @IsOptional() @IsObject() kendraResponse?: Record<string, unknown>;
  @IsOptional() @IsArray() activeContexts?: Record<string, unknown>[];
}
