import '../support/metadata.js';
import type { EventBridgeEvent as AwsEventBridgeEvent } from 'aws-lambda';
import { IsArray, IsDefined, IsOptional, IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isEventBridgeShape, safely } from '../support/detect.js';

/** Detects any EventBridge (CloudWatch Events) event: the envelope with `detail-type` and `detail`. */
export const isEventBridgeEvent = safely(isEventBridgeShape);

/**
 * Any event delivered by an EventBridge rule. `detail` is kept as sent and typed by `TDetail`; to
 * validate it, subclass and redeclare `detail` with `@ValidateNested()` and `@Type(() => YourDetail)`,
 * as the built-in refinements (`ScheduledEvent`, `CodeBuildStateChangeEvent`, …) do. Specificity 10:
 * a refinement that also matches wins.
 *
 * Not assignable to @types/aws-lambda's `EventBridgeEvent`: `version` may be absent from events
 * other producers put on a bus.
 *
 * @example
 * ```ts
 * class OrderPlaced { @IsString() orderId!: string; }
 *
 * @EventSource({ name: 'order-placed', specificity: 30,
 *   detect: (e) => isEventBridgeEvent(e) && (e as { source?: unknown }).source === 'shop.orders' })
 * class OrderPlacedEvent extends EventBridgeEvent<OrderPlaced, 'Order Placed'> {
 *   @ValidateNested() @Type(() => OrderPlaced) override detail!: OrderPlaced;
 * }
 * ```
 */
@EventSource<EventBridgeEvent>({ name: 'eventbridge', detect: isEventBridgeEvent, specificity: 10 })
export class EventBridgeEvent<TDetail = unknown, TDetailType extends string = string>
  implements Omit<AwsEventBridgeEvent<TDetailType, TDetail>, 'version'>
{
  /**
   * `"0"` on events AWS services emit; absent from events some producers put (a custom bus, replays
   * through other tools), so optional here and the class is not assignable to @types/aws-lambda's
   * `EventBridgeEvent`, which requires it. The AWS service refinements (`ScheduledEvent`, …) require it.
   */
  @IsOptional() @IsString() version?: string;
  @IsString() id!: string;
  @IsString() 'detail-type'!: TDetailType;
  @IsString() source!: string;
  @IsString() account!: string;
  @IsString() time!: string;
  @IsString() region!: string;
  @IsArray() @IsString({ each: true }) resources!: string[];
  @IsDefined() detail!: TDetail;
  /** Set when the event is replayed from an archive. */
  @IsOptional() @IsString() 'replay-name'?: string;
}
