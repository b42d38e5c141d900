import { UsageError } from './usage-error.js';

/** One `--flag` of a command. */
export interface FlagSpec {
  readonly type: 'string' | 'number' | 'boolean';
  readonly description: string;
  /** Shown in the help as the value's name, e.g. `PORT`. */
  readonly valueName?: string;
  readonly default?: string | number | boolean;
}

/** What a command accepts. */
export interface ArgsSpec {
  readonly positionals: readonly {
    readonly name: string;
    readonly required: boolean;
    readonly description: string;
  }[];
  readonly flags: Readonly<Record<string, FlagSpec>>;
}

/** Parsed arguments, read through typed accessors. */
export interface ParsedArgs {
  readonly help: boolean;
  positional(name: string): string | undefined;
  string(name: string): string | undefined;
  number(name: string): number | undefined;
  boolean(name: string): boolean | undefined;
}

/**
 * Parses `--name value`, `--name=value`, `--flag`, `--no-flag`, `-h`/`--help` and positionals
 * (`--` ends the flags). Unknown flags, missing values and bad numbers are {@link UsageError}s.
 */
export function parseArgs(argv: readonly string[], spec: ArgsSpec): ParsedArgs {
  const values = new Map<string, string | number | boolean>();
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [rawName, inline] = splitOnce(arg.replace(/^--?/, ''), '=');
    const negated = rawName.startsWith('no-') && spec.flags[rawName.slice(3)]?.type === 'boolean';
    const name = negated ? rawName.slice(3) : rawName;
    const flag = spec.flags[name];
    if (!flag) throw new UsageError(`unknown option --${rawName}`);
    if (flag.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      values.set(name, !negated);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value (${flag.valueName ?? flag.type})`);
    }
    values.set(name, flag.type === 'number' ? toNumber(name, value) : value);
  }
  if (!help) checkPositionals(positionals, spec);
  const named = new Map(spec.positionals.map((p, index) => [p.name, positionals[index]]));
  const get = (name: string): string | number | boolean | undefined =>
    values.get(name) ?? spec.flags[name]?.default;
  return {
    help,
    positional: (name) => named.get(name),
    string: (name) => {
      const value = get(name);
      return typeof value === 'string' ? value : undefined;
    },
    number: (name) => {
      const value = get(name);
      return typeof value === 'number' ? value : undefined;
    },
    boolean: (name) => {
      const value = get(name);
      return typeof value === 'boolean' ? value : undefined;
    },
  };
}

function checkPositionals(positionals: readonly string[], spec: ArgsSpec): void {
  const missing = spec.positionals.find((p, index) => p.required && positionals[index] === undefined);
  if (missing) throw new UsageError(`missing <${missing.name}>`);
  if (positionals.length > spec.positionals.length) {
    throw new UsageError(`unexpected argument ${positionals[spec.positionals.length]}`);
  }
}

function toNumber(name: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number))
    throw new UsageError(`--${name} must be a number, got ${value}`);
  return number;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const index = text.indexOf(separator);
  return index < 0 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}

/** The help text of a command. */
export function formatHelp(usage: string, summary: string, spec: ArgsSpec): string {
  const lines = [`Usage: ${usage}`, '', summary];
  if (spec.positionals.length > 0) {
    lines.push('', 'Arguments:');
    for (const p of spec.positionals) lines.push(`  ${`<${p.name}>`.padEnd(26)}${p.description}`);
  }
  lines.push('', 'Options:');
  for (const [name, flag] of Object.entries(spec.flags)) {
    const left =
      flag.type === 'boolean' ? `--${name}` : `--${name} ${flag.valueName ?? flag.type.toUpperCase()}`;
    const suffix = flag.default !== undefined && flag.type !== 'boolean' ? ` (default: ${flag.default})` : '';
    lines.push(`  ${left.padEnd(26)}${flag.description}${suffix}`);
  }
  lines.push(`  ${'-h, --help'.padEnd(26)}Show this help`);
  return lines.join('\n');
}
