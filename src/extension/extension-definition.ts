import type { ClassType } from '../../decorators/class-type.js';
import { type ExtensionEvent, extensionOf } from '../../decorators/extension-registry.js';
import {
  type TelemetryBuffering,
  type TelemetrySubscription,
  telemetrySubscriptionsOf,
} from '../../decorators/on-telemetry.js';
import { ExtensionConfigError } from './extension-config-error.js';
import { resolveBuffering } from './telemetry/buffering.js';

/** Where an extension runs: in the function's process, or as its own process in `/opt/extensions`. */
export type ExtensionKind = 'internal' | 'external';

/** An `@Extension` class checked against what Lambda accepts, ready to register. */
export interface ExtensionDefinition {
  readonly type: ClassType;
  readonly name: string;
  readonly events: readonly ExtensionEvent[];
  readonly subscription?: TelemetrySubscription & { readonly buffering: Required<TelemetryBuffering> };
}

const HANDLER_METHOD: Readonly<Record<ExtensionEvent, string>> = {
  INVOKE: 'onInvoke',
  SHUTDOWN: 'onShutdown',
};

/**
 * Reads an `@Extension` class's declaration and refuses at init what Lambda would refuse or what
 * could never work: SHUTDOWN for an internal extension, an event without its method, two telemetry
 * subscriptions, buffering out of range. Every message names the class.
 */
export function defineExtension(type: ClassType, kind: ExtensionKind): ExtensionDefinition {
  const registration = extensionOf(type);
  if (!registration)
    throw new ExtensionConfigError(`${type.name} is listed as an extension but is not an @Extension()`);
  for (const event of registration.events) {
    const method = HANDLER_METHOD[event];
    if (typeof type.prototype[method] !== 'function') {
      throw new ExtensionConfigError(
        `${type.name} registers for ${event} but has no ${method}(event) method`,
      );
    }
  }
  if (kind === 'internal' && registration.events.includes('SHUTDOWN')) {
    throw new ExtensionConfigError(
      `${type.name} asks for SHUTDOWN, which Lambda sends only to external extensions; ` +
        'drop onShutdown (use onShutdown() hooks from lambdakit) or run it with runExtension()',
    );
  }
  const subscriptions = telemetrySubscriptionsOf(type);
  if (subscriptions.length > 1) {
    throw new ExtensionConfigError(
      `${type.name} has ${subscriptions.length} @OnTelemetry/@OnLogs methods; an extension subscribes once`,
    );
  }
  const [subscription] = subscriptions;
  return {
    type,
    name: registration.name,
    events: registration.events,
    ...(subscription
      ? { subscription: { ...subscription, buffering: resolveBuffering(subscription.buffering, type.name) } }
      : {}),
  };
}
