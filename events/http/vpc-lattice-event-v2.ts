import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { detectHttpSource } from '../../src/http/detect-source.js';
import { IsStringOrListMap } from '../support/validators.js';

/** The caller as VPC Lattice authenticated it; every field depends on the auth type and the client. */
export class VpcLatticeIdentity {
  @IsOptional() @IsString() sourceVpcArn?: string;
  /** `AWS_IAM` or `NONE`. */
  @IsOptional() @IsString() type?: string;
  @IsOptional() @IsString() principal?: string;
  @IsOptional() @IsString() principalOrgID?: string;
  @IsOptional() @IsString() sessionName?: string;
  @IsOptional() @IsString() x509IssuerOu?: string;
  @IsOptional() @IsString() x509SanDns?: string;
  @IsOptional() @IsString() x509SanNameCn?: string;
  @IsOptional() @IsString() x509SanUri?: string;
  @IsOptional() @IsString() x509SubjectCn?: string;
}

/** `requestContext` of a VPC Lattice v2 event. */
export class VpcLatticeRequestContext {
  @IsString() serviceNetworkArn!: string;
  @IsString() serviceArn!: string;
  @IsString() targetGroupArn!: string;
  @ValidateNested() @Type(() => VpcLatticeIdentity) identity!: VpcLatticeIdentity;
  @IsString() region!: string;
  /** Microseconds since the epoch, as a string. */
  @IsString() timeEpoch!: string;
}

/**
 * A VPC Lattice event, structure version 2: camelCase, multi-value headers and query, and a
 * request context naming the service network, service, target group and caller. @types/aws-lambda
 * has no type for it; the fields follow the VPC Lattice user guide.
 *
 * @example
 * ```ts
 * @Http('POST /orders') create(@Body(CreateOrder) order: CreateOrder) {} // routes like any other
 * ```
 */
@EventSource<VpcLatticeEventV2>({
  name: 'lattice-v2',
  detect: (e) => detectHttpSource(e) === 'lattice-v2',
  specificity: 10,
})
export class VpcLatticeEventV2 {
  @IsString() version!: string;
  @IsString() path!: string;
  @IsString() method!: string;
  @IsStringOrListMap() headers!: Record<string, string[] | string>;
  @IsOptional() @IsStringOrListMap() queryStringParameters?: Record<string, string[] | string>;
  @IsOptional() @IsString() body?: string;
  @IsOptional() @IsBoolean() isBase64Encoded?: boolean;
  @ValidateNested() @Type(() => VpcLatticeRequestContext) requestContext!: VpcLatticeRequestContext;
}
