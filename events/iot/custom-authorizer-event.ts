import '../support/metadata.js';
import type { IoTCustomAuthorizerEvent, IoTProtocolType } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord } from '../support/guards.js';

/** True for an AWS IoT Core custom authorizer event. */
export function isIotCustomAuthorizerEvent(event: unknown): boolean {
  return (
    isRecord(event) &&
    typeof event.signatureVerified === 'boolean' &&
    Array.isArray(event.protocols) &&
    isRecord(event.protocolData) &&
    isRecord(event.connectionMetadata)
  );
}

/** TLS data of the connection (server name indication). */
export class IotProtocolDataTls {
  @IsString() serverName!: string;
}

/** HTTP data of the connection. */
export class IotProtocolDataHttp {
  @IsObject() headers!: Record<string, string>;
  @IsString() queryString!: string;
}

/** MQTT CONNECT data; `password` is base64. */
export class IotProtocolDataMqtt {
  @IsOptional() @IsString() username?: string;
  @IsOptional() @IsString() password?: string;
  @IsString() clientId!: string;
}

/** `protocolData` of a custom authorizer event: one entry per protocol in `protocols`. */
export class IotProtocolData {
  @IsOptional() @IsObject() @ValidateNested() @Type(() => IotProtocolDataTls) tls?: IotProtocolDataTls;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => IotProtocolDataHttp) http?: IotProtocolDataHttp;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => IotProtocolDataMqtt) mqtt?: IotProtocolDataMqtt;
}

/** `connectionMetadata` of a custom authorizer event. */
export class IotConnectionMetadata {
  @IsString() id!: string;
}

/**
 * An AWS IoT Core custom authorizer event: a device connecting with a token or MQTT credentials.
 * Answer with an `IotCustomAuthorizerResponse`.
 *
 * @example
 * ```ts
 * @Handler(IotCustomAuthorizerEvent)
 * authorize(@Event() event: IotCustomAuthorizerEvent) {
 *   return event.token === 'secret'
 *     ? IotCustomAuthorizerResponse.allow('device-1', [IamPolicyStatement.of('Allow', 'iot:*', '*')])
 *     : IotCustomAuthorizerResponse.deny('device-1');
 * }
 * ```
 */
@EventSource({ name: 'iot-custom-authorizer', detect: isIotCustomAuthorizerEvent })
export class IotCustomAuthorizerEvent implements IoTCustomAuthorizerEvent {
  /** Present when the device sent a token. */
  @IsOptional() @IsString() token?: string;
  @IsBoolean() signatureVerified!: boolean;
  @IsArray() @IsString({ each: true }) protocols!: IoTProtocolType[];

  @IsObject()
  @ValidateNested()
  @Type(() => IotProtocolData)
  protocolData!: IotProtocolData;

  @IsObject()
  @ValidateNested()
  @Type(() => IotConnectionMetadata)
  connectionMetadata!: IotConnectionMetadata;
}
