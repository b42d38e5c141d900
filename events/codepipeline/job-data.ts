import '../support/metadata.js';
import type { Artifact, Credentials, S3ArtifactLocation } from 'aws-lambda';
import { Type } from 'class-transformer';
import { Equals, IsArray, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';

/** Where an artifact lives in the pipeline's S3 artifact store. */
export class CodePipelineS3Location implements S3ArtifactLocation {
  @IsString() bucketName!: string;
  @IsString() objectKey!: string;
}

/** `location` of an artifact (always an S3 store). */
export class CodePipelineArtifactLocation {
  @Equals('S3') type!: 'S3';

  @IsObject()
  @ValidateNested()
  @Type(() => CodePipelineS3Location)
  s3Location!: CodePipelineS3Location;
}

/** An input or output artifact of the job. */
export class CodePipelineArtifact implements Artifact {
  @IsString() name!: string;
  /** The source revision, null when unknown. */
  @IsOptional() @IsString() revision!: string | null;

  @IsObject()
  @ValidateNested()
  @Type(() => CodePipelineArtifactLocation)
  location!: CodePipelineArtifactLocation;
}

/** Temporary credentials for the artifact bucket. */
export class CodePipelineCredentials implements Credentials {
  @IsString() accessKeyId!: string;
  @IsString() secretAccessKey!: string;
  @IsOptional() @IsString() sessionToken?: string;
}

/** The KMS key encrypting the artifact store. */
export class CodePipelineEncryptionKey {
  @IsString() id!: string;
  @Equals('KMS') type!: 'KMS';
}

/** `data.actionConfiguration` of the job. */
export class CodePipelineActionConfiguration {
  @IsObject() configuration!: { FunctionName: string; UserParameters: string };
}

/** `data` of a CodePipeline job. */
export class CodePipelineJobData {
  @IsObject()
  @ValidateNested()
  @Type(() => CodePipelineActionConfiguration)
  actionConfiguration!: CodePipelineActionConfiguration;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CodePipelineArtifact)
  inputArtifacts!: CodePipelineArtifact[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CodePipelineArtifact)
  outputArtifacts!: CodePipelineArtifact[];

  @IsObject()
  @ValidateNested()
  @Type(() => CodePipelineCredentials)
  artifactCredentials!: CodePipelineCredentials;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CodePipelineEncryptionKey)
  encryptionKey?: CodePipelineEncryptionKey;

  /** Set when the job continues an earlier invocation that returned a continuation token. */
  @IsOptional() @IsString() continuationToken?: string;
}
