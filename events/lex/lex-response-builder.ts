import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { LexDialogAction, LexMessage, type LexResponseCard } from './lex-response.js';

/** Options shared by every Lex V1 dialog action. */
export interface LexResponseOptions {
  /**
   * Text (sent as `PlainText`) or a full message.
   * @default no message (Lex uses the bot's configured prompt)
   */
  readonly message?:
    | string
    | { readonly contentType: 'PlainText' | 'SSML' | 'CustomPayload'; readonly content: string };
  /**
   * Session attributes to keep; Lex replaces the session's with these.
   * @default not sent (Lex keeps none)
   */
  readonly sessionAttributes?: Record<string, string>;
  /**
   * A response card to show.
   * @default none
   */
  readonly responseCard?: LexResponseCard;
}

/**
 * The answer of a Lex V1 code hook: a dialog action and the session attributes.
 *
 * @example
 * ```ts
 * return LexResponse.elicitSlot('OrderPizza', event.currentIntent.slots, 'size', { message: 'Which size?' });
 * return LexResponse.close('Fulfilled', { message: 'Your pizza is on its way' });
 * ```
 */
export class LexResponse {
  @IsOptional() @IsObject() sessionAttributes?: Record<string, string>;

  @IsObject()
  @ValidateNested()
  @Type(() => LexDialogAction)
  dialogAction!: LexDialogAction;

  /** Ends the conversation; `fulfillmentState` says whether the intent succeeded. */
  static close(fulfillmentState: 'Fulfilled' | 'Failed', options?: LexResponseOptions): LexResponse {
    return LexResponse.of({ type: 'Close', fulfillmentState }, options);
  }

  /** Asks the user for `slotToElicit` of `intentName`. */
  static elicitSlot(
    intentName: string,
    slots: Record<string, string | null>,
    slotToElicit: string,
    options?: LexResponseOptions,
  ): LexResponse {
    return LexResponse.of({ type: 'ElicitSlot', intentName, slots: { ...slots }, slotToElicit }, options);
  }

  /** Lets Lex choose the next step with these slot values. Takes no message. */
  static delegate(
    slots: Record<string, string | null>,
    options?: Pick<LexResponseOptions, 'sessionAttributes'>,
  ): LexResponse {
    return LexResponse.of({ type: 'Delegate', slots: { ...slots } }, options);
  }

  /** Asks the user what they want to do. */
  static elicitIntent(options?: LexResponseOptions): LexResponse {
    return LexResponse.of({ type: 'ElicitIntent' }, options);
  }

  /** Asks the user to confirm `intentName` (yes/no). */
  static confirmIntent(
    intentName: string,
    slots: Record<string, string | null>,
    options?: LexResponseOptions,
  ): LexResponse {
    return LexResponse.of({ type: 'ConfirmIntent', intentName, slots: { ...slots } }, options);
  }

  private static of(action: Partial<LexDialogAction>, options: LexResponseOptions = {}): LexResponse {
    const response = new LexResponse();
    if (options.sessionAttributes !== undefined)
      response.sessionAttributes = { ...options.sessionAttributes };
    const dialogAction = Object.assign(new LexDialogAction(), action);
    if (options.message !== undefined) {
      const message =
        typeof options.message === 'string'
          ? { contentType: 'PlainText', content: options.message }
          : options.message;
      dialogAction.message = Object.assign(new LexMessage(), message);
    }
    if (options.responseCard !== undefined) dialogAction.responseCard = options.responseCard;
    response.dialogAction = dialogAction;
    return response;
  }
}
