import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { IamPolicyDocument, IamPolicyStatement, type PolicyEffect } from '../support/policy-document.js';

/** Values API Gateway passes on to the integration as `requestContext.authorizer.*`. */
export type AuthorizerContext = Record<string, string | number | boolean>;

/** Extra fields of an authorizer response. */
export interface AuthorizerResponseOptions {
  /**
   * Key-value pairs forwarded to the backend (values become strings there).
   * @default undefined (no context)
   */
  readonly context?: AuthorizerContext;
  /**
   * The API key used for usage plans when the API's key source is `AUTHORIZER`.
   * @default undefined
   */
  readonly usageIdentifierKey?: string;
}

const INVOKE = 'execute-api:Invoke';

/**
 * The IAM-policy answer of an API Gateway Lambda authorizer (REST TOKEN/REQUEST, HTTP API with
 * IAM responses): a principal, a policy over `execute-api:Invoke`, and an optional context.
 *
 * @example
 * ```ts
 * return ApiGatewayAuthorizerResponse.allow('user-1', event.methodArn, { context: { tenant: 't1' } });
 * // several statements:
 * return ApiGatewayAuthorizerResponse.forPrincipal('user-1').allow(readArn).deny(adminArn);
 * ```
 */
export class ApiGatewayAuthorizerResponse {
  @IsString() principalId!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => IamPolicyDocument)
  policyDocument!: IamPolicyDocument;

  @IsOptional() @IsObject() context?: AuthorizerContext | null;
  @IsOptional() @IsString() usageIdentifierKey?: string | null;

  /** A response for `principalId` with an empty policy (API Gateway denies everything). */
  static forPrincipal(
    principalId: string,
    options: AuthorizerResponseOptions = {},
  ): ApiGatewayAuthorizerResponse {
    const response = new ApiGatewayAuthorizerResponse();
    response.principalId = principalId;
    response.policyDocument = IamPolicyDocument.of([]);
    if (options.context !== undefined) response.context = { ...options.context };
    if (options.usageIdentifierKey !== undefined) response.usageIdentifierKey = options.usageIdentifierKey;
    return response;
  }

  /** Allows `execute-api:Invoke` on `resource` (a method ARN, or several). */
  static allow(
    principalId: string,
    resource: string | string[],
    options?: AuthorizerResponseOptions,
  ): ApiGatewayAuthorizerResponse {
    return ApiGatewayAuthorizerResponse.forPrincipal(principalId, options).allow(resource);
  }

  /** Denies `execute-api:Invoke` on `resource` (a method ARN, or several). */
  static deny(
    principalId: string,
    resource: string | string[],
    options?: AuthorizerResponseOptions,
  ): ApiGatewayAuthorizerResponse {
    return ApiGatewayAuthorizerResponse.forPrincipal(principalId, options).deny(resource);
  }

  /** Adds an `Allow` statement for `resource`. */
  allow(resource: string | string[]): this {
    return this.addStatement('Allow', resource);
  }

  /** Adds a `Deny` statement for `resource` (an explicit deny wins over any allow). */
  deny(resource: string | string[]): this {
    return this.addStatement('Deny', resource);
  }

  /** Merges `context` into the context forwarded to the backend. */
  withContext(context: AuthorizerContext): this {
    this.context = { ...(this.context ?? {}), ...context };
    return this;
  }

  private addStatement(effect: PolicyEffect, resource: string | string[]): this {
    this.policyDocument.Statement.push(
      IamPolicyStatement.of(effect, [INVOKE], Array.isArray(resource) ? [...resource] : [resource]),
    );
    return this;
  }
}
