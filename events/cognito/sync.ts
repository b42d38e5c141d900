import { IsInt, IsObject, IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../support/guards.js';

/** True for a Cognito Sync trigger event. */
export function isCognitoSyncEvent(event: unknown): boolean {
  return (
    isRecord(event) &&
    event.eventType === 'SyncTrigger' &&
    isString(event.identityPoolId) &&
    isRecord(event.datasetRecords)
  );
}

/** One record of a synced dataset. */
export interface CognitoSyncDatasetRecord {
  newValue: string;
  oldValue: string;
  /** `replace` or `remove`. */
  op: string;
}

/**
 * A Cognito Sync trigger event (identity pool datasets): the changed records of a dataset.
 * Return the event, with `datasetRecords` changed as needed, to accept the sync.
 *
 * @example
 * ```ts
 * @Handler(CognitoSyncEvent)
 * sync(@Event() event: CognitoSyncEvent) {
 *   for (const [key, record] of Object.entries(event.datasetRecords)) console.log(key, record.op);
 *   return event;
 * }
 * ```
 */
@EventSource({ name: 'cognito-sync', detect: isCognitoSyncEvent })
export class CognitoSyncEvent {
  @IsInt() version!: number;
  @IsString() eventType!: string;
  @IsString() region!: string;
  @IsString() identityPoolId!: string;
  @IsString() identityId!: string;
  @IsString() datasetName!: string;
  @IsObject() datasetRecords!: Record<string, CognitoSyncDatasetRecord>;
}
