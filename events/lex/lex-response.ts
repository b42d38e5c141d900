import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';

/** A message Lex speaks or shows. */
export class LexMessage {
  /** `PlainText`, `SSML` or `CustomPayload`. */
  @IsString() contentType!: string;
  @IsString() content!: string;
}

/** A button of a response card attachment. */
export class LexButton {
  @IsString() text!: string;
  @IsString() value!: string;
}

/** One card of a generic response card. */
export class LexGenericAttachment {
  @IsOptional() @IsString() title?: string;
  @IsOptional() @IsString() subTitle?: string;
  @IsOptional() @IsString() imageUrl?: string;
  @IsOptional() @IsString() attachmentLinkUrl?: string;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LexButton)
  buttons?: LexButton[];
}

/** A response card (`application/vnd.amazonaws.card.generic`). */
export class LexResponseCard {
  @IsInt() version!: number;
  @IsString() contentType!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LexGenericAttachment)
  genericAttachments!: LexGenericAttachment[];
}

/** What Lex does next: `Close`, `ElicitIntent`, `ElicitSlot`, `ConfirmIntent` or `Delegate`. */
export class LexDialogAction {
  @IsString() type!: string;
  @IsOptional() @IsString() fulfillmentState?: string;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LexMessage)
  message?: LexMessage;

  @IsOptional() @IsString() intentName?: string;
  @IsOptional() @IsObject() slots?: Record<string, string | null>;
  @IsOptional() @IsString() slotToElicit?: string;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LexResponseCard)
  responseCard?: LexResponseCard;
}
