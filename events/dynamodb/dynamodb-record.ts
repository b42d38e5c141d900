import '../support/metadata.js';
import type { NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord, StreamRecord } from 'aws-lambda';
import { Type } from 'class-transformer';
import { Equals, IsIn, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { IsAttributeValueMap, type UnmarshallOptions, unmarshallImage } from './attribute-value.js';

type Image = Record<string, AttributeValue>;
type Native = Record<string, NativeAttributeValue>;

/** The change itself: keys, images, sequence number. Images are kept in DynamoDB JSON. */
export class DynamoDbStreamRecord implements StreamRecord {
  /** Epoch seconds (DynamoDB Streams) or microseconds (Kinesis Data Streams for DynamoDB). */
  @IsOptional() @IsNumber() ApproximateCreationDateTime?: number;
  @IsAttributeValueMap() Keys!: Image;
  @IsOptional() @IsAttributeValueMap() NewImage?: Image;
  @IsOptional() @IsAttributeValueMap() OldImage?: Image;
  @IsString() SequenceNumber!: string;
  @IsNumber() SizeBytes!: number;
  @IsIn(['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'])
  StreamViewType!: 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';
}

/** Who made the change when it was not a user (TTL expiry: `Service` / `dynamodb.amazonaws.com`). */
export class DynamoDbUserIdentity {
  @IsString() type!: string;
  @IsString() principalId!: string;
}

/**
 * One change of a DynamoDB stream; in `perRecord` handlers, the record a method receives. The
 * image helpers unmarshall DynamoDB JSON with @aws-sdk/util-dynamodb (binary becomes `Uint8Array`,
 * sets become `Set`); the `T` they take is a cast, not a validation.
 *
 * @example
 * ```ts
 * @Handler(DynamoDbStreamEvent, { perRecord: true })
 * onChange(@Record() record: DynamoDbRecord) {
 *   if (record.eventName === 'MODIFY') diff(record.oldImage<Order>(), record.newImage<Order>());
 * }
 * ```
 */
export class DynamoDbRecord implements DynamoDBRecord {
  @IsString() eventID!: string;
  @IsIn(['INSERT', 'MODIFY', 'REMOVE']) eventName!: 'INSERT' | 'MODIFY' | 'REMOVE';
  @IsString() eventVersion!: string;
  @Equals('aws:dynamodb') eventSource!: string;
  @IsString() awsRegion!: string;
  @IsObject() @ValidateNested() @Type(() => DynamoDbStreamRecord) dynamodb!: DynamoDbStreamRecord;
  @IsString() eventSourceARN!: string;
  @IsOptional() @ValidateNested() @Type(() => DynamoDbUserIdentity) userIdentity?: DynamoDbUserIdentity;

  /** The key attributes as plain JavaScript. Throws EventDecodeError on unconvertible values. */
  keys<T = Native>(options?: UnmarshallOptions): T {
    return unmarshallImage(this.dynamodb.Keys, 'DynamoDbRecord.dynamodb.Keys', options) as T;
  }

  /** The item after the change, or undefined (REMOVE, or a view type without new images). */
  newImage<T = Native>(options?: UnmarshallOptions): T | undefined {
    const image = this.dynamodb.NewImage;
    return image ? (unmarshallImage(image, 'DynamoDbRecord.dynamodb.NewImage', options) as T) : undefined;
  }

  /** The item before the change, or undefined (INSERT, or a view type without old images). */
  oldImage<T = Native>(options?: UnmarshallOptions): T | undefined {
    const image = this.dynamodb.OldImage;
    return image ? (unmarshallImage(image, 'DynamoDbRecord.dynamodb.OldImage', options) as T) : undefined;
  }
}
