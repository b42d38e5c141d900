import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsArray, IsObject, IsString, ValidateNested } from 'class-validator';
import type { ClassType } from '../../decorators/class-type.js';
import { EventSource } from '../../decorators/event-source.js';
import type { ValidationOptions } from '../../src/dispatch/transform-and-validate.js';
import { parseJson, parseJsonAs } from '../support/codec.js';
import { safely } from '../support/detect.js';
import { isRecord } from '../support/guards.js';

/** The campaign run that invoked the function. */
export class ConnectCampaignContext {
  @IsString() CampaignId!: string;
  @IsString() RunId!: string;
  /** The flow action of the campaign being executed. */
  @IsString() ActionId!: string;
  @IsString() CampaignName!: string;
}

/** `InvocationMetadata` of an outbound campaign invocation. */
export class ConnectCampaignInvocationMetadata {
  @IsObject()
  @ValidateNested()
  @Type(() => ConnectCampaignContext)
  CampaignContext!: ConnectCampaignContext;
}

/** One customer profile of the batch. */
export class ConnectCampaignCustomerProfile {
  @IsString() ProfileId!: string;
  /** The customer profile as JSON text. */
  @IsString() CustomerData!: string;
  /** Unique to this profile in this invocation: use it to process the profile once. */
  @IsString() IdempotencyToken!: string;

  /**
   * `CustomerData` parsed as JSON.
   * @throws EventDecodeError (`Runtime.EventDecodeError`, step `json`)
   */
  customerData(): unknown {
    return parseJson(this.CustomerData, 'ConnectCampaignCustomerProfile.CustomerData');
  }

  /** `CustomerData` parsed as JSON and validated as `type`. */
  parseCustomerData<T extends object>(type: ClassType<T>, options?: ValidationOptions): Promise<T> {
    return parseJsonAs(type, this.CustomerData, 'ConnectCampaignCustomerProfile.CustomerData', options);
  }
}

/** `Items` of an outbound campaign invocation. */
export class ConnectCampaignItems {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ConnectCampaignCustomerProfile)
  CustomerProfiles!: ConnectCampaignCustomerProfile[];
}

/** Detects an outbound campaigns custom action: `InvocationMetadata.CampaignContext` and `Items.CustomerProfiles`. */
export const isConnectOutboundCampaignEvent = safely(
  (event) =>
    isRecord(event) &&
    isRecord(event.InvocationMetadata) &&
    isRecord(event.InvocationMetadata.CampaignContext) &&
    isRecord(event.Items) &&
    Array.isArray(event.Items.CustomerProfiles),
);

/**
 * Amazon Connect outbound campaigns calling a Lambda function as a custom action with a batch of
 * customer profiles; the function answers with a result per profile. @types/aws-lambda has no type
 * for this event.
 *
 * @example
 * ```ts
 * @Handler(ConnectOutboundCampaignEvent)
 * async send(@Event() event: ConnectOutboundCampaignEvent) {
 *   for (const profile of event.Items.CustomerProfiles) await notify(profile.customerData());
 * }
 * ```
 */
@EventSource<ConnectOutboundCampaignEvent>({
  name: 'connect-outbound-campaign',
  detect: isConnectOutboundCampaignEvent,
})
export class ConnectOutboundCampaignEvent {
  @IsObject()
  @ValidateNested()
  @Type(() => ConnectCampaignInvocationMetadata)
  InvocationMetadata!: ConnectCampaignInvocationMetadata;
  @IsObject() @ValidateNested() @Type(() => ConnectCampaignItems) Items!: ConnectCampaignItems;
}
