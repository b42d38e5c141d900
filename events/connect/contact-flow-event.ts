import '../support/metadata.js';
import type { ConnectContactFlowEvent as ContactFlowShape } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../support/guards.js';

/** True for an Amazon Connect contact flow event. */
export function isConnectContactFlowEvent(event: unknown): boolean {
  return (
    isRecord(event) &&
    isString(event.Name) &&
    isRecord(event.Details) &&
    isRecord(event.Details.ContactData) &&
    isString(event.Details.ContactData.ContactId)
  );
}

/** A customer or system endpoint (`TELEPHONE_NUMBER`, …). */
export class ConnectEndpoint {
  @IsString() Type!: string;
  @IsString() Address!: string;
}

/** The queue of the contact. */
export class ConnectQueue {
  @IsString() Name!: string;
  @IsString() ARN!: string;
}

/** `Details.ContactData`: the contact the flow is handling. */
export class ConnectContactData {
  @IsObject() Attributes!: Record<string, string>;
  /** `VOICE`, `CHAT`, `TASK`, `EMAIL` (AWS's older sample: `Voice`). */
  @IsString() Channel!: string;
  @IsString() ContactId!: string;
  @IsString() InitialContactId!: string;
  @IsString() InitiationMethod!: string;
  @IsString() InstanceARN!: string;
  @IsString() PreviousContactId!: string;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConnectEndpoint)
  CustomerEndpoint?: ConnectEndpoint | null;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConnectEndpoint)
  SystemEndpoint?: ConnectEndpoint | null;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConnectQueue)
  Queue?: ConnectQueue | null;

  @IsOptional() @IsObject() MediaStreams?: ContactFlowShape['Details']['ContactData']['MediaStreams'];
}

/** `Details` of a contact flow event. */
export class ConnectContactFlowDetails {
  @IsObject()
  @ValidateNested()
  @Type(() => ConnectContactData)
  ContactData!: ConnectContactData;

  /** The parameters configured on the flow's "Invoke AWS Lambda function" block. */
  @IsObject() Parameters!: Record<string, string>;
}

/**
 * An Amazon Connect contact flow invocation. Return a flat object of string values; the flow reads
 * them as `$.External.<key>`.
 *
 * Not assignable to `@types/aws-lambda`'s `ConnectContactFlowEvent`: `ContactData.Channel` is any
 * string here (Connect has added channels), not the fixed list `@types/aws-lambda` knows.
 *
 * @example
 * ```ts
 * @Handler(ConnectContactFlowEvent)
 * lookup(@Event() event: ConnectContactFlowEvent) {
 *   return { customerTier: tierOf(event.Details.ContactData.CustomerEndpoint?.Address ?? '') };
 * }
 * ```
 */
@EventSource({ name: 'connect-contact-flow', detect: isConnectContactFlowEvent })
export class ConnectContactFlowEvent {
  /** `ContactFlowEvent` (AWS's older sample: `ContactFlowExecution`). */
  @IsString() Name!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => ConnectContactFlowDetails)
  Details!: ConnectContactFlowDetails;
}
