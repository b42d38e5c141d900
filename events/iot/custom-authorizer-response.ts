import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsInt, IsString, ValidateNested } from 'class-validator';
import { IamPolicyDocument, type IamPolicyStatement } from '../support/policy-document.js';

/** Connection lifetimes of an IoT custom authorizer answer. */
export interface IotAuthorizerTimes {
  /**
   * Seconds until IoT Core closes the connection (300 to 86400).
   * @default 86400
   */
  readonly disconnectAfterInSeconds?: number;
  /**
   * Seconds until IoT Core calls the authorizer again (300 to 86400).
   * @default 300
   */
  readonly refreshAfterInSeconds?: number;
}

/** Defaults of `IotAuthorizerTimes`. */
export const DEFAULT_IOT_AUTHORIZER_TIMES = {
  disconnectAfterInSeconds: 86_400,
  refreshAfterInSeconds: 300,
} as const satisfies Required<IotAuthorizerTimes>;

/**
 * The answer of an AWS IoT Core custom authorizer.
 *
 * @example
 * ```ts
 * return IotCustomAuthorizerResponse.allow('device-1', [
 *   IamPolicyStatement.of('Allow', 'iot:Publish', 'arn:aws:iot:us-east-1:123456789012:topic/telemetry'),
 * ]);
 * ```
 */
export class IotCustomAuthorizerResponse {
  @IsBoolean() isAuthenticated!: boolean;
  @IsString() principalId!: string;
  @IsInt() disconnectAfterInSeconds!: number;
  @IsInt() refreshAfterInSeconds!: number;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => IamPolicyDocument)
  policyDocuments!: IamPolicyDocument[];

  /** Authenticates the device with one policy document holding `statements`. */
  static allow(
    principalId: string,
    statements: readonly IamPolicyStatement[],
    times: IotAuthorizerTimes = {},
  ): IotCustomAuthorizerResponse {
    return IotCustomAuthorizerResponse.of(true, principalId, [IamPolicyDocument.of(statements)], times);
  }

  /** Refuses the connection. */
  static deny(principalId: string, times: IotAuthorizerTimes = {}): IotCustomAuthorizerResponse {
    return IotCustomAuthorizerResponse.of(false, principalId, [], times);
  }

  private static of(
    isAuthenticated: boolean,
    principalId: string,
    policyDocuments: IamPolicyDocument[],
    times: IotAuthorizerTimes,
  ): IotCustomAuthorizerResponse {
    const response = new IotCustomAuthorizerResponse();
    response.isAuthenticated = isAuthenticated;
    response.principalId = principalId;
    response.disconnectAfterInSeconds =
      times.disconnectAfterInSeconds ?? DEFAULT_IOT_AUTHORIZER_TIMES.disconnectAfterInSeconds;
    response.refreshAfterInSeconds =
      times.refreshAfterInSeconds ?? DEFAULT_IOT_AUTHORIZER_TIMES.refreshAfterInSeconds;
    response.policyDocuments = policyDocuments;
    return response;
  }
}
