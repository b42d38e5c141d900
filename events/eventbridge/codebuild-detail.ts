import '../support/metadata.js';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  ValidateNested,
} from 'class-validator';

/** The build output artifact. */
export class CodeBuildArtifact {
  @IsString() location!: string;
  @IsOptional() @IsString() md5sum?: string;
  @IsOptional() @IsString() sha256sum?: string;
}

/** One environment variable of the build environment. */
export class CodeBuildEnvironmentVariable {
  @IsString() name!: string;
  /** `PLAINTEXT`, `PARAMETER_STORE` or `SECRETS_MANAGER`. */
  @IsOptional() @IsString() type?: string;
  @IsString() value!: string;
}

/** The build environment. */
export class CodeBuildEnvironment {
  @IsString() image!: string;
  @IsBoolean() 'privileged-mode'!: boolean;
  @IsOptional() @IsString() 'image-pull-credentials-type'?: string;
  @IsString() 'compute-type'!: string;
  @IsString() type!: string;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CodeBuildEnvironmentVariable)
  'environment-variables'!: CodeBuildEnvironmentVariable[];
}

/** Where the source came from. */
export class CodeBuildSource {
  @IsString() type!: string;
  @IsOptional() @IsString() location?: string;
  @IsOptional() @IsString() buildspec?: string;
}

/** Where the build logs are. */
export class CodeBuildLogs {
  @IsOptional() @IsString() 'group-name'?: string;
  @IsOptional() @IsString() 'stream-name'?: string;
  @IsString() 'deep-link'!: string;
}

/** One build phase; the final `COMPLETED` phase has only a type and start time. */
export class CodeBuildPhase {
  @IsOptional() @IsArray() @IsString({ each: true }) 'phase-context'?: string[];
  @IsString() 'start-time'!: string;
  @IsOptional() @IsString() 'end-time'?: string;
  @IsOptional() @IsNumber() 'duration-in-seconds'?: number;
  @IsString() 'phase-type'!: string;
  @IsOptional() @IsString() 'phase-status'?: string;
}

/** The build's cache settings. */
export class CodeBuildCache {
  @IsString() type!: string;
  @IsOptional() @IsString() location?: string;
}

/** `additional-information` of CodeBuild state and phase change events. */
export class CodeBuildAdditionalInformation {
  @IsOptional() @ValidateNested() @Type(() => CodeBuildArtifact) artifact?: CodeBuildArtifact;
  @IsObject() @ValidateNested() @Type(() => CodeBuildEnvironment) environment!: CodeBuildEnvironment;
  @IsOptional() @ValidateNested() @Type(() => CodeBuildCache) cache?: CodeBuildCache;
  @IsNumber() 'timeout-in-minutes'!: number;
  @IsOptional() @IsNumber() 'queued-timeout-in-minutes'?: number;
  @IsBoolean() 'build-complete'!: boolean;
  @IsOptional() @IsNumber() 'build-number'?: number;
  @IsString() initiator!: string;
  @IsString() 'build-start-time'!: string;
  @IsObject() @ValidateNested() @Type(() => CodeBuildSource) source!: CodeBuildSource;
  @IsOptional() @IsString() 'source-version'?: string;
  @IsOptional() @ValidateNested() @Type(() => CodeBuildLogs) logs?: CodeBuildLogs;
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CodeBuildPhase)
  phases?: CodeBuildPhase[];
}

/** `detail` of a `CodeBuild Build State Change` event. */
export class CodeBuildStateDetail {
  /** `IN_PROGRESS`, `SUCCEEDED`, `FAILED`, `STOPPED`. */
  @IsString() 'build-status'!: string;
  @IsString() 'project-name'!: string;
  @IsString() 'build-id'!: string;
  @IsObject()
  @ValidateNested()
  @Type(() => CodeBuildAdditionalInformation)
  'additional-information'!: CodeBuildAdditionalInformation;
  @IsString() 'current-phase'!: string;
  @IsString() 'current-phase-context'!: string;
  @IsString() version!: string;
}

/** `detail` of a `CodeBuild Build Phase Change` event. */
export class CodeBuildPhaseDetail {
  @IsString() 'completed-phase'!: string;
  @IsString() 'project-name'!: string;
  @IsString() 'build-id'!: string;
  @IsString() 'completed-phase-context'!: string;
  @IsObject()
  @ValidateNested()
  @Type(() => CodeBuildAdditionalInformation)
  'additional-information'!: CodeBuildAdditionalInformation;
  @IsString() 'completed-phase-status'!: string;
  @IsNumber() 'completed-phase-duration-seconds'!: number;
  @IsString() version!: string;
  @IsString() 'completed-phase-start'!: string;
  @IsString() 'completed-phase-end'!: string;
}
