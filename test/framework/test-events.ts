import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { EventSource } from 'lambdakit';
import { firstOf, isRecord } from '../../events/support/guards.js';

/** Small event sources defined the way the catalog defines AWS ones, for framework tests. */

export class QueueRecord {
  @IsString() id!: string;
  @IsInt() @Min(1) qty!: number;
  @IsOptional() @IsBoolean() fifo?: boolean;
}

@EventSource<QueueEvent, QueueRecord>({
  name: 'test-queue',
  detect: (e) => firstOf(e, 'Records')?.eventSource === 'test:queue',
  batch: {
    record: QueueRecord,
    records: (e) => e.Records,
    itemIdentifier: (r) => r.id,
    ordered: (e) => e.Records[0]?.fifo === true,
  },
})
export class QueueEvent {
  @IsArray() @ValidateNested({ each: true }) @Type(() => QueueRecord) Records!: QueueRecord[];
}

@EventSource({ name: 'ping', detect: (e) => isRecord(e) && e.type === 'ping' })
export class PingEvent {
  @IsIn(['ping']) type!: 'ping';
}

@EventSource({
  name: 'special-ping',
  detect: (e) => isRecord(e) && e.type === 'ping' && e.special === true,
  specificity: 20,
})
export class SpecialPingEvent {
  @IsIn(['ping']) type!: 'ping';
  @IsBoolean() special!: boolean;
}

export class Address {
  @IsString() city!: string;
}

/** A plain DTO: no detector, accepts any JSON that validates. */
export class CreateOrder {
  @IsString() sku!: string;
  @IsInt() @Min(1) qty!: number;
  @ValidateNested() @Type(() => Address) address!: Address;
}

/** A batch source whose records are named by an object, as Kafka's are (partition and offset). */
export class PartitionRecord {
  @IsString() partition!: string;
  @IsInt() offset!: number;
  @IsOptional() @IsBoolean() poison?: boolean;
}

@EventSource<PartitionedEvent, PartitionRecord>({
  name: 'test-partitioned',
  detect: (e) => isRecord(e) && e.eventSource === 'test:partitioned',
  batch: {
    record: PartitionRecord,
    records: (e) => e.records,
    itemIdentifier: (r) => ({ 'topic-partition': r.partition, offset: r.offset }),
  },
})
export class PartitionedEvent {
  @IsArray() records!: PartitionRecord[];
}
