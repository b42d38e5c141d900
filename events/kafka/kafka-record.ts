import '../support/metadata.js';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import type { ClassType } from '../../decorators/class-type.js';
import type { ValidationOptions } from '../../src/dispatch/transform-and-validate.js';
import { base64Json, base64JsonAs, base64Text, decodeBase64, decodeUtf8 } from '../support/codec.js';
import { isRecord } from '../support/guards.js';

const isByte = (v: unknown): boolean => Number.isInteger(v) && Number(v) >= -128 && Number(v) <= 255;
const isHeader = (h: unknown): boolean =>
  isRecord(h) && Object.values(h).every((bytes) => Array.isArray(bytes) && bytes.every(isByte));

/** Kafka headers as Lambda sends them: a list of `{ name: [bytes…] }` (bytes may be signed). */
function IsKafkaHeaders(): PropertyDecorator {
  return ValidateBy({
    name: 'isKafkaHeaders',
    validator: {
      validate: (value: unknown) => Array.isArray(value) && value.every(isHeader),
      defaultMessage: () => 'headers must be an array of objects mapping a header name to an array of bytes',
    },
  });
}

/** Schema Registry metadata of a key or value (when the mapping validates with a schema registry). */
export class KafkaSchemaMetadata {
  /** `AVRO`, `JSON` or `PROTOBUF`. */
  @IsString() dataFormat!: string;
  /** The registry's schema id; absent when the format is known but no schema was resolved (Protobuf). */
  @IsOptional() @IsString() schemaId?: string;
}

/**
 * One Kafka record (MSK or self-managed). `key` and `value` are base64 and absent when null on the
 * broker; the decoders throw EventDecodeError on bad base64, UTF-8 or JSON.
 *
 * @example
 * ```ts
 * for (const record of event.allRecords()) {
 *   const order = await record.parseValue(Order);
 *   console.log(record.topic, record.partition, record.offset, record.headerText('trace-id'));
 * }
 * ```
 */
export class KafkaRecord {
  @IsString() topic!: string;
  @IsInt() partition!: number;
  @IsInt() offset!: number;
  /** Epoch milliseconds. */
  @IsNumber() timestamp!: number;
  @IsIn(['CREATE_TIME', 'LOG_APPEND_TIME', 'NO_TIMESTAMP_TYPE']) timestampType!: string;
  @IsOptional() @IsString() key?: string;
  @IsOptional() @IsString() value?: string;
  @IsArray() @IsKafkaHeaders() headers!: Record<string, number[]>[];
  @IsOptional() @ValidateNested() @Type(() => KafkaSchemaMetadata) keySchemaMetadata?: KafkaSchemaMetadata;
  @IsOptional() @ValidateNested() @Type(() => KafkaSchemaMetadata) valueSchemaMetadata?: KafkaSchemaMetadata;

  /** The key as UTF-8 text, or undefined when the record has no key. */
  keyText(): string | undefined {
    return this.key === undefined ? undefined : base64Text(this.key, 'KafkaRecord.key');
  }

  /** The value's bytes (empty when the record has no value). */
  valueBytes(): Buffer {
    return this.value === undefined ? Buffer.alloc(0) : decodeBase64(this.value, 'KafkaRecord.value');
  }

  /** The value as UTF-8 text. */
  valueText(): string {
    return this.value === undefined ? '' : base64Text(this.value, 'KafkaRecord.value');
  }

  /** The value parsed as JSON. */
  valueJson(): unknown {
    return base64Json(this.value ?? '', 'KafkaRecord.value');
  }

  /** The value's JSON validated as `type`; rejects with EventDecodeError or EventValidationError. */
  parseValue<T extends object>(type: ClassType<T>, options?: ValidationOptions): Promise<T> {
    return base64JsonAs(type, this.value ?? '', 'KafkaRecord.value', options);
  }

  /** The first header called `name`, decoded as UTF-8; undefined when absent. */
  headerText(name: string): string | undefined {
    for (const header of this.headers) {
      const bytes = header[name];
      if (bytes)
        return decodeUtf8(
          Uint8Array.from(bytes, (b) => b & 0xff),
          `KafkaRecord.headers.${name}`,
        );
    }
    return undefined;
  }
}
