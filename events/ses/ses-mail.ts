import '../support/metadata.js';
import type { SESMail, SESMailCommonHeaders, SESMailHeader } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';

/** One raw header line of the message. */
export class SesMailHeader implements SESMailHeader {
  @IsString() name!: string;
  @IsString() value!: string;
}

/** The headers SES parses for you. */
export class SesCommonHeaders implements SESMailCommonHeaders {
  @IsString() returnPath!: string;
  @IsOptional() @IsArray() @IsString({ each: true }) from?: string[];
  @IsString() date!: string;
  @IsOptional() @IsArray() @IsString({ each: true }) to?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) cc?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) bcc?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) sender?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) replyTo?: string[];
  @IsString() messageId!: string;
  @IsOptional() @IsString() subject?: string;
}

/** The received message's envelope and headers (not its body). */
export class SesMail implements SESMail {
  @IsString() timestamp!: string;
  @IsString() source!: string;
  @IsString() messageId!: string;
  @IsArray() @IsString({ each: true }) destination!: string[];
  @IsBoolean() headersTruncated!: boolean;
  @IsArray() @ValidateNested({ each: true }) @Type(() => SesMailHeader) headers!: SesMailHeader[];
  @IsObject() @ValidateNested() @Type(() => SesCommonHeaders) commonHeaders!: SesCommonHeaders;
}
