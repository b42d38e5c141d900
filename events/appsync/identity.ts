import type { AppSyncIdentityCognito as CognitoShape, AppSyncIdentityIAM as IamShape } from 'aws-lambda';
import { IsArray, IsObject, IsOptional, IsString } from 'class-validator';
import { isRecord } from '../support/guards.js';

/**
 * `identity` of an AppSync request signed with IAM (SigV4). The Cognito identity-pool fields are
 * null for callers that are not Cognito identities. `username` may be absent, so the class is not
 * assignable to @types/aws-lambda's `AppSyncIdentityIAM`, which requires it.
 *
 * @example
 * ```ts
 * if (event.identity instanceof AppSyncIdentityIam) console.log(event.identity.userArn);
 * ```
 */
export class AppSyncIdentityIam
  implements
    Omit<
      IamShape,
      | 'cognitoIdentityPoolId'
      | 'cognitoIdentityId'
      | 'cognitoIdentityAuthType'
      | 'cognitoIdentityAuthProvider'
      | 'username'
    >
{
  @IsString() accountId!: string;
  @IsArray() @IsString({ each: true }) sourceIp!: string[];
  /** Absent for some IAM callers (an assumed role without a session user name). */
  @IsOptional() @IsString() username?: string;
  @IsString() userArn!: string;
  @IsOptional() @IsString() cognitoIdentityPoolId?: string | null;
  @IsOptional() @IsString() cognitoIdentityId?: string | null;
  @IsOptional() @IsString() cognitoIdentityAuthType?: string | null;
  @IsOptional() @IsString() cognitoIdentityAuthProvider?: string | null;
}

/**
 * `identity` of an AppSync request authorized by a Cognito user pool. `username` may be absent, so
 * the class is not assignable to @types/aws-lambda's `AppSyncIdentityCognito`, which requires it.
 *
 * @example
 * ```ts
 * if (event.identity instanceof AppSyncIdentityCognito) console.log(event.identity.claims.email);
 * ```
 */
export class AppSyncIdentityCognito implements Omit<CognitoShape, 'groups' | 'username'> {
  @IsString() sub!: string;
  @IsString() issuer!: string;
  /** Absent from some tokens (an access token of a client-credentials app client has none). */
  @IsOptional() @IsString() username?: string;
  @IsObject() claims!: Record<string, unknown>;
  @IsArray() @IsString({ each: true }) sourceIp!: string[];
  @IsString() defaultAuthStrategy!: string;
  /** The user's Cognito groups; null or absent when none. */
  @IsOptional() @IsArray() @IsString({ each: true }) groups?: string[] | null;
}

/**
 * `identity` of an AppSync request authorized by an OpenID Connect provider.
 *
 * @example
 * ```ts
 * if (event.identity instanceof AppSyncIdentityOidc) console.log(event.identity.sub);
 * ```
 */
export class AppSyncIdentityOidc {
  @IsObject() claims!: Record<string, unknown>;
  @IsString() issuer!: string;
  @IsString() sub!: string;
}

/**
 * `identity` of an AppSync request authorized by a Lambda authorizer: its `resolverContext`.
 *
 * @example
 * ```ts
 * if (event.identity instanceof AppSyncIdentityLambda) console.log(event.identity.resolverContext);
 * ```
 */
export class AppSyncIdentityLambda {
  @IsObject() resolverContext!: Record<string, unknown>;
}

/** Any AppSync caller identity; null or absent for API-key requests. */
export type AppSyncIdentity =
  | AppSyncIdentityIam
  | AppSyncIdentityCognito
  | AppSyncIdentityOidc
  | AppSyncIdentityLambda;

/**
 * The identity class matching the shape of a raw `identity` object (AppSync sends no type tag):
 * Lambda (`resolverContext`), IAM (`userArn`/`accountId`), Cognito (`username`/`defaultAuthStrategy`),
 * otherwise OIDC.
 */
export function appSyncIdentityClass(
  identity: unknown,
):
  | typeof AppSyncIdentityIam
  | typeof AppSyncIdentityCognito
  | typeof AppSyncIdentityOidc
  | typeof AppSyncIdentityLambda {
  if (!isRecord(identity)) return AppSyncIdentityOidc;
  if ('resolverContext' in identity) return AppSyncIdentityLambda;
  if ('userArn' in identity || 'accountId' in identity) return AppSyncIdentityIam;
  if ('defaultAuthStrategy' in identity || 'username' in identity) return AppSyncIdentityCognito;
  return AppSyncIdentityOidc;
}
