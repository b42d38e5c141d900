import '../support/metadata.js';
import type { SESEvent, SESEventRecord, SESMessage } from 'aws-lambda';
import { Type } from 'class-transformer';
import { Equals, IsArray, IsObject, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { firstRecordIs, safely } from '../support/detect.js';
import { SesMail } from './ses-mail.js';
import { SesReceipt } from './ses-receipt.js';

/** The mail and the receipt of one SES record. */
export class SesMessage implements SESMessage {
  @IsObject() @ValidateNested() @Type(() => SesMail) mail!: SesMail;
  @IsObject() @ValidateNested() @Type(() => SesReceipt) receipt!: SesReceipt;
}

/** One SES receipt notification. */
export class SesRecord implements SESEventRecord {
  @Equals('aws:ses') eventSource!: string;
  @IsString() eventVersion!: string;
  @IsObject() @ValidateNested() @Type(() => SesMessage) ses!: SesMessage;
}

/** Detects an SES receipt rule event: `Records[0].eventSource === 'aws:ses'`. */
export const isSesEvent = safely((event) => firstRecordIs(event, 'eventSource', 'aws:ses'));

/**
 * An email received by SES and handed to the function by a receipt rule Lambda action.
 *
 * @example
 * ```ts
 * @Handler(SesEvent)
 * onMail(@Event() event: SesEvent) {
 *   const { mail, receipt } = event.Records[0].ses;
 *   if (receipt.spamVerdict.status === 'FAIL') return { disposition: 'STOP_RULE' };
 *   console.log(mail.commonHeaders.subject);
 * }
 * ```
 */
@EventSource<SesEvent>({ name: 'ses', detect: isSesEvent })
export class SesEvent implements SESEvent {
  @IsArray() @ValidateNested({ each: true }) @Type(() => SesRecord) Records!: SesRecord[];
}
