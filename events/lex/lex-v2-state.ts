import '../support/metadata.js';
import type { LexV2Intent as LexV2IntentShape } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';

/** A Lex V2 slot value: `{ shape: 'Scalar' | 'List', value: { originalValue, interpretedValue, resolvedValues } }`. */
export interface LexV2SlotValue {
  shape?: 'Scalar' | 'List';
  value: { originalValue: string; interpretedValue?: string; resolvedValues: string[] };
  values?: LexV2SlotValue[];
}

/** An intent as Lex V2 reports it (in interpretations, proposed next state and session state). */
export class LexV2Intent {
  @IsString() name!: string;
  /** Slot name → value, null while unfilled. */
  @IsObject() slots!: Record<string, LexV2SlotValue | null>;
  @IsString() state!: LexV2IntentShape['state'];
  @IsString() confirmationState!: LexV2IntentShape['confirmationState'];
  @IsOptional() @IsObject() kendraResponse?: Record<string, unknown>;
}

/** One interpretation of the user's input. */
export class LexV2Interpretation {
  @IsObject()
  @ValidateNested()
  @Type(() => LexV2Intent)
  intent!: LexV2Intent;

  @IsOptional() @IsNumber() nluConfidence?: number;
  @IsOptional() @IsObject() sentimentResponse?: Record<string, unknown>;
  @IsOptional() @IsString() interpretationSource?: string;
}

/** A Lex V2 dialog action (`Close`, `ConfirmIntent`, `Delegate`, `ElicitIntent`, `ElicitSlot`). */
export class LexV2DialogAction {
  @IsString() type!: string;
  @IsOptional() @IsString() slotToElicit?: string;
  @IsOptional() @IsString() slotElicitationStyle?: string;
  @IsOptional() @IsObject() subSlotToElicit?: Record<string, unknown>;
}

/** What Lex plans to do next when the hook returns `Delegate`. */
export class LexV2ProposedNextState {
  @IsObject()
  @ValidateNested()
  @Type(() => LexV2DialogAction)
  dialogAction!: LexV2DialogAction;

  @IsObject()
  @ValidateNested()
  @Type(() => LexV2Intent)
  intent!: LexV2Intent;

  @IsOptional() @IsObject() prompt?: { attempt: string };
}

/** An active context of the session. */
export class LexV2ActiveContext {
  @IsString() name!: string;
  @IsObject() contextAttributes!: Record<string, string>;
  @IsObject() timeToLive!: { timeToLiveInSeconds: number; turnsToLive: number };
}

/** The session state Lex V2 sends, and a hook returns. */
export class LexV2SessionState {
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LexV2ActiveContext)
  activeContexts?: LexV2ActiveContext[];

  @IsOptional() @IsObject() sessionAttributes?: Record<string, string>;
  @IsOptional() @IsObject() runtimeHints?: Record<string, unknown>;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LexV2DialogAction)
  dialogAction?: LexV2DialogAction;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LexV2Intent)
  intent?: LexV2Intent;

  @IsOptional() @IsString() originatingRequestId?: string;
}
