import type { IoTPreProvisioningHookEvent } from 'aws-lambda';
import { IsBoolean, IsObject, IsOptional, IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../support/guards.js';

/** True for an AWS IoT fleet provisioning pre-provisioning hook event. */
export function isIotPreProvisioningHookEvent(event: unknown): boolean {
  return (
    isRecord(event) &&
    isString(event.claimCertificateId) &&
    isString(event.templateArn) &&
    isRecord(event.parameters)
  );
}

/**
 * An AWS IoT fleet provisioning pre-provisioning hook: a device asks to be provisioned from a
 * template. Answer with an `IotPreProvisioningHookResponse`.
 *
 * @example
 * ```ts
 * @Handler(IotPreProvisioningHookEvent)
 * check(@Event() event: IotPreProvisioningHookEvent) {
 *   return known.has(event.parameters.SerialNumber ?? '')
 *     ? IotPreProvisioningHookResponse.allow()
 *     : IotPreProvisioningHookResponse.deny();
 * }
 * ```
 */
@EventSource({ name: 'iot-pre-provisioning-hook', detect: isIotPreProvisioningHookEvent })
export class IotPreProvisioningHookEvent implements IoTPreProvisioningHookEvent {
  @IsString() claimCertificateId!: string;
  @IsString() certificateId!: string;
  @IsString() certificatePem!: string;
  @IsString() templateArn!: string;
  @IsString() clientId!: string;
  @IsObject() parameters!: Record<string, string>;
}

/**
 * The answer of a pre-provisioning hook: whether to provision, and template parameters to override.
 *
 * @example
 * ```ts
 * return IotPreProvisioningHookResponse.allow({ DeviceLocation: 'Seattle' });
 * ```
 */
export class IotPreProvisioningHookResponse {
  @IsBoolean() allowProvisioning!: boolean;
  @IsOptional() @IsObject() parameterOverrides?: Record<string, string>;

  /** Provisions the device, overriding `parameterOverrides` in the template. */
  static allow(parameterOverrides?: Record<string, string>): IotPreProvisioningHookResponse {
    const response = new IotPreProvisioningHookResponse();
    response.allowProvisioning = true;
    if (parameterOverrides !== undefined) response.parameterOverrides = { ...parameterOverrides };
    return response;
  }

  /** Refuses to provision the device. */
  static deny(): IotPreProvisioningHookResponse {
    const response = new IotPreProvisioningHookResponse();
    response.allowProvisioning = false;
    return response;
  }
}
