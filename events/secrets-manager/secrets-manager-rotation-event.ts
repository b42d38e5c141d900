import type {
  SecretsManagerRotationEvent as AwsRotationEvent,
  SecretsManagerRotationEventStep,
} from 'aws-lambda';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { isRecord, isString } from '../support/guards.js';

/** The four rotation steps, in the order Secrets Manager calls them. */
export const ROTATION_STEPS: readonly SecretsManagerRotationEventStep[] = [
  'createSecret',
  'setSecret',
  'testSecret',
  'finishSecret',
];

/** Detects a Secrets Manager rotation call: `Step`, `SecretId` and `ClientRequestToken`. */
export const isSecretsManagerRotationEvent = safely(
  (event) =>
    isRecord(event) && isString(event.Step) && isString(event.SecretId) && isString(event.ClientRequestToken),
);

/**
 * Secrets Manager asking a rotation function to perform one step of a rotation.
 *
 * @example
 * ```ts
 * @Handler(SecretsManagerRotationEvent)
 * async rotate(@Event() e: SecretsManagerRotationEvent) {
 *   if (e.Step === 'createSecret') await createPending(e.SecretId, e.ClientRequestToken);
 * }
 * ```
 */
@EventSource<SecretsManagerRotationEvent>({
  name: 'secrets-manager-rotation',
  detect: isSecretsManagerRotationEvent,
})
export class SecretsManagerRotationEvent implements AwsRotationEvent {
  @IsIn(ROTATION_STEPS) Step!: SecretsManagerRotationEventStep;
  @IsString() SecretId!: string;
  /** The version id of the new secret version (idempotency token of the rotation). */
  @IsString() ClientRequestToken!: string;
  /** Sent by newer rotations; pass it to Secrets Manager calls made during the rotation. */
  @IsOptional() @IsString() RotationToken?: string;
}
