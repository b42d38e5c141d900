import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { detectHttpSource } from '../../src/http/detect-source.js';
import { IsStringMap } from '../support/validators.js';

/**
 * A VPC Lattice event, structure version 1 (snake_case, single-value headers). @types/aws-lambda
 * has no type for it; the fields follow the VPC Lattice user guide.
 *
 * @example
 * ```ts
 * @Http('GET /orders/{id}') show(@Param('id') id: string) {} // Lattice v1 requests route like any other
 * ```
 */
@EventSource<VpcLatticeEvent>({
  name: 'lattice-v1',
  detect: (e) => detectHttpSource(e) === 'lattice-v1',
  specificity: 10,
})
export class VpcLatticeEvent {
  @IsString() method!: string;
  /** The path, possibly followed by `?query`. */
  @IsString() raw_path!: string;
  @IsStringMap() headers!: Record<string, string>;
  @IsOptional() @IsStringMap() query_string_parameters?: Record<string, string>;
  @IsOptional() @IsString() body?: string;
  @IsBoolean() is_base64_encoded!: boolean;
}
