import './metadata.js';
import { Type } from 'class-transformer';
import { IsArray, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { IsStringOrStringArray } from './validators.js';

/** `Allow` or `Deny`. */
export type PolicyEffect = 'Allow' | 'Deny';

/**
 * One statement of an IAM policy returned by an authorizer (API Gateway, IoT Core).
 * `Effect` is validated as a string so AWS's own documentation sample (`"Allow|Deny"`) parses.
 *
 * @example
 * ```ts
 * const statement = IamPolicyStatement.of('Allow', 'execute-api:Invoke', event.methodArn);
 * ```
 */
export class IamPolicyStatement {
  @IsOptional() @IsString() Sid?: string;
  @IsString() Effect!: string;
  @IsOptional() @IsStringOrStringArray() Action?: string | string[];
  @IsOptional() @IsStringOrStringArray() NotAction?: string | string[];
  @IsOptional() @IsStringOrStringArray() Resource?: string | string[];
  @IsOptional() @IsStringOrStringArray() NotResource?: string | string[];
  @IsOptional() @IsObject() Condition?: Record<string, Record<string, string | string[]>>;

  /** A statement granting or denying `action` on `resource`. */
  static of(
    effect: PolicyEffect,
    action: string | string[],
    resource: string | string[],
  ): IamPolicyStatement {
    const statement = new IamPolicyStatement();
    statement.Effect = effect;
    statement.Action = action;
    statement.Resource = resource;
    return statement;
  }
}

/**
 * An IAM policy document (`Version` 2012-10-17) as authorizers return it.
 *
 * @example
 * ```ts
 * const doc = IamPolicyDocument.of([IamPolicyStatement.of('Allow', 'iot:Connect', '*')]);
 * ```
 */
export class IamPolicyDocument {
  @IsString() Version!: string;
  @IsOptional() @IsString() Id?: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => IamPolicyStatement)
  Statement!: IamPolicyStatement[];

  /** A `2012-10-17` document holding `statements`. */
  static of(statements: readonly IamPolicyStatement[]): IamPolicyDocument {
    const doc = new IamPolicyDocument();
    doc.Version = '2012-10-17';
    doc.Statement = [...statements];
    return doc;
  }
}
