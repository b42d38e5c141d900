import { describe, expect, it } from 'vitest';
import { type ArgsSpec, formatHelp, parseArgs } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/usage-error.js';

const SPEC: ArgsSpec = {
  positionals: [{ name: 'entry', required: true, description: 'the entry' }],
  flags: {
    port: { type: 'number', description: 'port', default: 9000 },
    host: { type: 'string', description: 'host' },
    wrap: { type: 'boolean', description: 'wrap', default: true },
  },
};

describe('parseArgs', () => {
  it('reads positionals, separate and inline values, booleans and defaults', () => {
    const args = parseArgs(['a.ts', '--port', '3000', '--host=0.0.0.0', '--no-wrap'], SPEC);
    expect(args.positional('entry')).toBe('a.ts');
    expect(args.number('port')).toBe(3000);
    expect(args.string('host')).toBe('0.0.0.0');
    expect(args.boolean('wrap')).toBe(false);
    const defaults = parseArgs(['b.ts'], SPEC);
    expect(defaults.number('port')).toBe(9000);
    expect(defaults.boolean('wrap')).toBe(true);
    expect(defaults.string('host')).toBeUndefined();
  });

  it('treats everything after -- as positional and sees --help anywhere', () => {
    expect(parseArgs(['--', '--odd.ts'], SPEC).positional('entry')).toBe('--odd.ts');
    expect(parseArgs(['--help'], SPEC).help).toBe(true);
    expect(parseArgs(['x.ts', '-h'], SPEC).help).toBe(true);
  });

  it.each([
    [['a.ts', '--nope'], 'unknown option --nope'],
    [['a.ts', '--port'], '--port needs a value'],
    [['a.ts', '--port', 'abc'], '--port must be a number, got abc'],
    [['a.ts', '--port', '--host', 'x'], '--port needs a value'],
    [['a.ts', '--wrap=yes'], '--wrap takes no value'],
    [[], 'missing <entry>'],
    [['a.ts', 'b.ts'], 'unexpected argument b.ts'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv, SPEC)).toThrow(UsageError);
    expect(() => parseArgs(argv, SPEC)).toThrow(message);
  });

  it('formats a help text with every option and its default', () => {
    const help = formatHelp('lambdakit x <entry>', 'Does x.', SPEC);
    expect(help).toContain('Usage: lambdakit x <entry>');
    expect(help).toMatch(/--port NUMBER\s+port \(default: 9000\)/);
    expect(help).toContain('-h, --help');
  });
});
