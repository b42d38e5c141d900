import '../support/metadata.js';
import { Type } from 'class-transformer';
import { Allow, IsArray, IsIn, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { isRecord, isString } from '../support/guards.js';

/** The channel an event is published or subscribed to: `/default/rooms/42`. */
export class AppSyncEventsChannel {
  @IsString() path!: string;
  /** The path split on `/`: `['default', 'rooms', '42']`. */
  @IsArray() @IsString({ each: true }) segments!: string[];
}

/** The channel namespace that holds the handler. */
export class AppSyncEventsChannelNamespace {
  @IsString() name!: string;
}

/** What the handler is called for: the channel, its namespace and the operation. */
export class AppSyncEventsInfo {
  @IsObject() @ValidateNested() @Type(() => AppSyncEventsChannel) channel!: AppSyncEventsChannel;
  @IsObject()
  @ValidateNested()
  @Type(() => AppSyncEventsChannelNamespace)
  channelNamespace!: AppSyncEventsChannelNamespace;
  @IsIn(['PUBLISH', 'SUBSCRIBE']) operation!: 'PUBLISH' | 'SUBSCRIBE';
}

/** One published event: its id and its payload (any JSON). */
export class AppSyncEventsItem<TPayload = unknown> {
  @IsString() id!: string;
  @Allow() payload!: TPayload;
}

/** The HTTP request that carried the publish or the subscription. */
export class AppSyncEventsRequest {
  @IsObject() headers!: Record<string, string>;
  @IsOptional() @IsString() domainName?: string | null;
}

/** Detects an AppSync Events handler invocation: `info.channel.path` and `info.operation`. */
export const isAppSyncEventsEvent = safely(
  (event) =>
    isRecord(event) &&
    isRecord(event.info) &&
    isRecord(event.info.channel) &&
    isString(event.info.channel.path) &&
    isRecord(event.info.channelNamespace) &&
    (event.info.operation === 'PUBLISH' || event.info.operation === 'SUBSCRIBE'),
);

/**
 * An AWS AppSync Events channel-namespace handler that calls Lambda directly (`onPublish` or
 * `onSubscribe` with behavior `DIRECT`). On PUBLISH, `events` holds the batch; answer with
 * `{ events: [...] }` (the ones to broadcast, possibly changed) or `{ error }`. On SUBSCRIBE there
 * are no events; answer with nothing to allow, or `{ error }` to refuse. @types/aws-lambda has no type
 * for this event.
 *
 * @example
 * ```ts
 * @Handler(AppSyncEventsEvent)
 * onPublish(@Event() event: AppSyncEventsEvent) {
 *   return { events: event.events?.filter((item) => item.payload !== null) ?? [] };
 * }
 * ```
 */
@EventSource<AppSyncEventsEvent>({ name: 'appsync-events', detect: isAppSyncEventsEvent })
export class AppSyncEventsEvent<TPayload = unknown> {
  @IsObject() @ValidateNested() @Type(() => AppSyncEventsInfo) info!: AppSyncEventsInfo;
  /** The published events (PUBLISH only). */
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AppSyncEventsItem)
  events?: AppSyncEventsItem<TPayload>[];
  /** The caller as the namespace's auth mode saw it; null for API-key access. Kept as sent. */
  @IsOptional() @IsObject() identity?: Record<string, unknown> | null;
  @IsOptional() @ValidateNested() @Type(() => AppSyncEventsRequest) request?: AppSyncEventsRequest;
  @IsOptional() @IsObject() stash?: Record<string, unknown>;
  @IsOptional() @IsObject() prev?: Record<string, unknown> | null;
  @IsOptional() @IsArray() outErrors?: unknown[];
}
