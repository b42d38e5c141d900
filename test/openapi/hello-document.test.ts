import { resolve } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { openApiCommand } from '../../src/cli/commands/openapi.js';
import { captureIo } from '../cli/support/capture.js';

describe('lambdakit openapi on examples/hello', () => {
  it('prints a valid OpenAPI 3.1 document of its routes and DTO', async () => {
    const { io, out, err } = captureIo(resolve('.'));
    const argv = ['examples/hello/index.ts', '--conditions', 'lambdakit-source'];
    const code = await openApiCommand.run(parseArgs(argv, openApiCommand.spec), io);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const document: Record<string, unknown> = JSON.parse(out.join('\n'));
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(JSON.stringify(document)).toContain('"/orders/{id}"');
    expect(JSON.stringify(document)).toContain('"PlaceOrder"');
  });
});
