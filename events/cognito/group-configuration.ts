import { IsArray, IsOptional, IsString } from 'class-validator';

/**
 * The user's groups and IAM roles (`request.groupConfiguration`) or their override
 * (`response.…groupOverrideDetails`) in pre token generation triggers.
 */
export class CognitoGroupConfiguration {
  @IsOptional() @IsArray() @IsString({ each: true }) groupsToOverride?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) iamRolesToOverride?: string[];
  @IsOptional() @IsString() preferredRole?: string | null;
}
