import { defineParam } from './params.js';

/**
 * Injects the validated event (in per-record mode too, the whole event as received).
 * @example
 * ```ts
 * @Handler(S3Event) async onUpload(@Event() event: S3Event) {}
 * ```
 */
export function Event(): ParameterDecorator {
  return (target, key, index) => defineParam(target, key, index, (inv) => inv.event);
}

/**
 * Injects the Lambda context of the invocation.
 * @example
 * ```ts
 * @Handler(ScheduledEvent) async tick(@Ctx() ctx: Context) { ctx.getRemainingTimeInMillis(); }
 * ```
 */
export function Ctx(): ParameterDecorator {
  return (target, key, index) => defineParam(target, key, index, (inv) => inv.context);
}

/**
 * Injects the validated record being handled, in per-record mode.
 * @example
 * ```ts
 * @Handler(SqsEvent, { perRecord: true }) async onMessage(@Record() record: SqsRecord) {}
 * ```
 */
export function Record(): ParameterDecorator {
  return (target, key, index) => defineParam(target, key, index, (inv) => inv.record);
}
