import '../support/metadata.js';
import type { SESReceipt, SESReceiptStatus } from 'aws-lambda';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { isRecord, isString } from '../support/guards.js';

/** A verdict: `PASS`, `FAIL`, `GRAY`, `PROCESSING_FAILED` or `DISABLED`. */
export class SesVerdict implements SESReceiptStatus {
  @IsString() status!: SESReceiptStatus['status'];
}

const ACTION_FIELDS: Record<string, readonly string[]> = {
  S3: ['bucketName', 'objectKey'],
  SNS: ['topicArn'],
  Bounce: ['smtpReplyCode', 'statusCode', 'message', 'sender'],
  Lambda: ['functionArn', 'invocationType'],
  Stop: [],
  WorkMail: ['organizationArn'],
};

/** Whether `value` is one of the receipt actions SES documents, with that action's fields. */
export function isSesReceiptAction(value: unknown): boolean {
  if (!isRecord(value) || !isString(value.type)) return false;
  const fields = ACTION_FIELDS[value.type];
  return fields?.every((field) => isString(value[field])) === true;
}

function IsSesReceiptAction(): PropertyDecorator {
  return ValidateBy({
    name: 'isSesReceiptAction',
    validator: {
      validate: isSesReceiptAction,
      defaultMessage: () =>
        'action must be an S3, SNS, Bounce, Lambda, Stop or WorkMail action with that action’s fields',
    },
  });
}

/** What SES decided about the message and which receipt rule action invoked the function. */
export class SesReceipt implements SESReceipt {
  @IsString() timestamp!: string;
  @IsNumber() processingTimeMillis!: number;
  @IsArray() @IsString({ each: true }) recipients!: string[];
  @IsObject() @ValidateNested() @Type(() => SesVerdict) spamVerdict!: SesVerdict;
  @IsObject() @ValidateNested() @Type(() => SesVerdict) virusVerdict!: SesVerdict;
  @IsObject() @ValidateNested() @Type(() => SesVerdict) spfVerdict!: SesVerdict;
  @IsObject() @ValidateNested() @Type(() => SesVerdict) dkimVerdict!: SesVerdict;
  @IsObject() @ValidateNested() @Type(() => SesVerdict) dmarcVerdict!: SesVerdict;
  @IsOptional() @IsString() dmarcPolicy?: 'none' | 'quarantine' | 'reject';
  /** The receipt rule action, kept as sent; `type` tells which fields it has. */
  @IsSesReceiptAction() action!: SESReceipt['action'];
}
