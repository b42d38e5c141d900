import '../support/metadata.js';
import type { LexV2IntentState } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { LexV2DialogAction, LexV2Intent, LexV2SessionState } from './lex-v2-state.js';

/** A message of a Lex V2 response. */
export class LexV2Message {
  /** `PlainText`, `SSML`, `CustomPayload` or `ImageResponseCard`. */
  @IsString() contentType!: string;
  @IsOptional() @IsString() content?: string;
  @IsOptional() @IsObject() imageResponseCard?: Record<string, unknown>;
}

type Messages = string | readonly string[] | undefined;

/**
 * The answer of a Lex V2 code hook: the new session state and messages.
 *
 * @example
 * ```ts
 * const intent = event.sessionState.intent!;
 * if (!intent.slots.size) return LexV2Response.elicitSlot(intent, 'size', 'Which size?');
 * return LexV2Response.close(intent, 'Fulfilled', 'Thanks!');
 * ```
 */
export class LexV2Response {
  @IsObject()
  @ValidateNested()
  @Type(() => LexV2SessionState)
  sessionState!: LexV2SessionState;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LexV2Message)
  messages?: LexV2Message[];

  /** Ends the intent in `state` (`Fulfilled`, `Failed`, …). */
  static close(intent: LexV2Intent, state: LexV2IntentState, messages?: Messages): LexV2Response {
    return LexV2Response.of('Close', { ...intent, state }, messages);
  }

  /** Asks the user for `slot` of `intent`. */
  static elicitSlot(intent: LexV2Intent, slot: string, messages?: Messages): LexV2Response {
    return LexV2Response.of('ElicitSlot', intent, messages, slot);
  }

  /** Lets Lex choose the next step for `intent`. */
  static delegate(intent: LexV2Intent): LexV2Response {
    return LexV2Response.of('Delegate', intent, undefined);
  }

  /** Keeps `sessionAttributes` in the session (replacing the previous ones). */
  withSessionAttributes(sessionAttributes: Record<string, string>): this {
    this.sessionState.sessionAttributes = { ...sessionAttributes };
    return this;
  }

  private static of(
    type: string,
    intent: LexV2Intent,
    messages: Messages,
    slotToElicit?: string,
  ): LexV2Response {
    const dialogAction = new LexV2DialogAction();
    dialogAction.type = type;
    if (slotToElicit !== undefined) dialogAction.slotToElicit = slotToElicit;
    const sessionState = new LexV2SessionState();
    sessionState.dialogAction = dialogAction;
    sessionState.intent = Object.assign(new LexV2Intent(), intent);
    const response = new LexV2Response();
    response.sessionState = sessionState;
    if (messages !== undefined) {
      response.messages = (typeof messages === 'string' ? [messages] : messages).map((content) =>
        Object.assign(new LexV2Message(), { contentType: 'PlainText', content }),
      );
    }
    return response;
  }
}
