import { IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../support/guards.js';

/** True for an AWS IoT Button event. */
export function isIotButtonEvent(event: unknown): boolean {
  return (
    isRecord(event) &&
    isString(event.serialNumber) &&
    isString(event.clickType) &&
    isString(event.batteryVoltage)
  );
}

/**
 * An AWS IoT Button press.
 *
 * @example
 * ```ts
 * @Handler(IotButtonEvent)
 * pressed(@Event() event: IotButtonEvent) {
 *   if (event.clickType === 'DOUBLE') console.log('double click from', event.serialNumber);
 * }
 * ```
 */
@EventSource({ name: 'iot-button', detect: isIotButtonEvent })
export class IotButtonEvent {
  @IsString() serialNumber!: string;
  /** `SINGLE`, `DOUBLE` or `LONG`. */
  @IsString() clickType!: string;
  /** E.g. `"2000 mV"`. */
  @IsString() batteryVoltage!: string;
}
