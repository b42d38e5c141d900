import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord } from '../support/guards.js';

/** True for an AWS IoT 1-Click device event. */
export function isIotOneClickEvent(event: unknown): boolean {
  return (
    isRecord(event) &&
    isRecord(event.deviceEvent) &&
    isRecord(event.deviceInfo) &&
    isRecord(event.placementInfo)
  );
}

/** `deviceEvent.buttonClicked` of an IoT 1-Click event. */
export class IotOneClickButtonClicked {
  /** `SINGLE`, `DOUBLE` or `LONG`. */
  @IsString() clickType!: string;
  @IsString() reportedTime!: string;
  @IsOptional() @IsObject() additionalInfo?: Record<string, unknown>;
}

/** `deviceEvent` of an IoT 1-Click event. */
export class IotOneClickDeviceEvent {
  @IsObject()
  @ValidateNested()
  @Type(() => IotOneClickButtonClicked)
  buttonClicked!: IotOneClickButtonClicked;
}

/** `deviceInfo` of an IoT 1-Click event. */
export class IotOneClickDeviceInfo {
  @IsObject() attributes!: Record<string, string>;
  @IsString() type!: string;
  @IsString() deviceId!: string;
  /** Fraction of battery life left (0 to 1, or AWS's sample 5.0). */
  @IsNumber() remainingLife!: number;
}

/** `placementInfo` of an IoT 1-Click event. */
export class IotOneClickPlacementInfo {
  @IsString() projectName!: string;
  @IsString() placementName!: string;
  @IsObject() attributes!: Record<string, string>;
  @IsObject() devices!: Record<string, string>;
}

/**
 * An AWS IoT 1-Click device event (a button of a placement was clicked).
 *
 * @example
 * ```ts
 * @Handler(IotOneClickEvent)
 * clicked(@Event() event: IotOneClickEvent) {
 *   console.log(event.placementInfo.placementName, event.deviceEvent.buttonClicked.clickType);
 * }
 * ```
 */
@EventSource({ name: 'iot-1-click', detect: isIotOneClickEvent })
export class IotOneClickEvent {
  @IsObject()
  @ValidateNested()
  @Type(() => IotOneClickDeviceEvent)
  deviceEvent!: IotOneClickDeviceEvent;

  @IsObject()
  @ValidateNested()
  @Type(() => IotOneClickDeviceInfo)
  deviceInfo!: IotOneClickDeviceInfo;

  @IsObject()
  @ValidateNested()
  @Type(() => IotOneClickPlacementInfo)
  placementInfo!: IotOneClickPlacementInfo;
}
