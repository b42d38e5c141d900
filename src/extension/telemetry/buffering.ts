import type { TelemetryBuffering } from '../../../decorators/on-telemetry.js';
import { ExtensionConfigError } from '../extension-config-error.js';

/** Lambda's defaults and limits for telemetry buffering (the Telemetry and Logs APIs share them). */
export const DEFAULT_BUFFERING: Required<TelemetryBuffering> = {
  maxItems: 1000,
  maxBytes: 262_144,
  timeoutMs: 1000,
};
const RANGES: Readonly<Record<keyof TelemetryBuffering, readonly [number, number]>> = {
  maxItems: [1000, 10_000],
  maxBytes: [262_144, 1_048_576],
  timeoutMs: [25, 30_000],
};

/**
 * The buffering to subscribe with, defaults filled in. A value outside AWS's range would be refused
 * by Lambda at init; it fails here first, naming the extension, the field and the range.
 */
export function resolveBuffering(buffering: TelemetryBuffering, owner: string): Required<TelemetryBuffering> {
  const resolved = { ...DEFAULT_BUFFERING, ...buffering };
  for (const [field, [min, max]] of Object.entries(RANGES) as [
    keyof TelemetryBuffering,
    [number, number],
  ][]) {
    const value = resolved[field];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new ExtensionConfigError(
        `${owner}: telemetry buffering.${field} is ${value}; Lambda accepts whole numbers from ${min} to ${max}`,
      );
    }
  }
  return resolved;
}
