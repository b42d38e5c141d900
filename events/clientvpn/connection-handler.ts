import { IsArray, IsBoolean, IsOptional, IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../support/guards.js';

/** True for an AWS Client VPN client connect handler event. */
export function isClientVpnConnectionHandlerEvent(event: unknown): boolean {
  return (
    isRecord(event) &&
    isString(event['connection-id']) &&
    isString(event['endpoint-id']) &&
    isString(event['schema-version'])
  );
}

/**
 * An AWS Client VPN client connect handler event: a device asks to connect to the endpoint.
 * Answer with a `ClientVpnConnectionHandlerResponse`. Keys are kebab-case on the wire.
 *
 * @example
 * ```ts
 * @Handler(ClientVpnConnectionHandlerEvent)
 * connect(@Event() event: ClientVpnConnectionHandlerEvent) {
 *   return allowed.has(event.username)
 *     ? ClientVpnConnectionHandlerResponse.allow()
 *     : ClientVpnConnectionHandlerResponse.deny('Not on the allow list');
 * }
 * ```
 */
@EventSource({ name: 'clientvpn-connection-handler', detect: isClientVpnConnectionHandlerEvent })
export class ClientVpnConnectionHandlerEvent {
  @IsString() 'connection-id'!: string;
  @IsString() 'endpoint-id'!: string;
  @IsString() 'common-name'!: string;
  @IsString() username!: string;
  @IsString() platform!: string;
  @IsString() 'platform-version'!: string;
  @IsString() 'public-ip'!: string;
  @IsString() 'client-openvpn-version'!: string;
  @IsString() 'schema-version'!: string;
  @IsOptional() @IsString() groups?: string;
}

/**
 * The answer of a Client VPN client connect handler.
 *
 * @example
 * ```ts
 * return ClientVpnConnectionHandlerResponse.deny('Update your OS first', ['NonCompliant']);
 * ```
 */
export class ClientVpnConnectionHandlerResponse {
  @IsBoolean() allow!: boolean;
  /** Shown to the user when the connection is denied. */
  @IsString() 'error-msg-on-denied-connection'!: string;
  @IsArray() @IsString({ each: true }) 'posture-compliance-statuses'!: string[];
  @IsString() 'schema-version'!: string;

  /** Lets the device connect. */
  static allow(postureComplianceStatuses: readonly string[] = []): ClientVpnConnectionHandlerResponse {
    return ClientVpnConnectionHandlerResponse.of(true, '', postureComplianceStatuses);
  }

  /** Refuses the connection, telling the user why. */
  static deny(
    message: string,
    postureComplianceStatuses: readonly string[] = [],
  ): ClientVpnConnectionHandlerResponse {
    return ClientVpnConnectionHandlerResponse.of(false, message, postureComplianceStatuses);
  }

  private static of(
    allow: boolean,
    message: string,
    statuses: readonly string[],
  ): ClientVpnConnectionHandlerResponse {
    const response = new ClientVpnConnectionHandlerResponse();
    response.allow = allow;
    response['error-msg-on-denied-connection'] = message;
    response['posture-compliance-statuses'] = [...statuses];
    response['schema-version'] = 'v1';
    return response;
  }
}
