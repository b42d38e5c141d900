import { describe, expect, it } from 'vitest';
import { usesDecorators } from '../../src/build/index.js';

describe('usesDecorators (which files TypeScript compiles for their metadata)', () => {
  it.each([
    ['a class decorator', '@Controller()\nclass Orders {}'],
    ['a property decorator', 'class A {\n  @IsString() sku!: string;\n}'],
    ['a parameter decorator', 'class A {\n  constructor(@Inject(Repo) repo: Repo) {}\n}'],
    ['a decorator after an export', 'export @Injectable() class A {}'],
  ])('finds %s', (_, source) => {
    expect(usesDecorators(source)).toBe(true);
  });

  it.each([
    ['TSDoc tags', '/**\n * @example\n * @param name - who\n */\nexport const a = 1;'],
    ['a line comment', '// @Controller() was here\nexport const a = 1;'],
    ['an address in a string', "export const to = 'orders@example.com';"],
    ['a URL next to a comment', "const u = 'http://x'; // @Handler\nexport const a = 1;"],
  ])('skips %s', (_, source) => {
    expect(usesDecorators(source)).toBe(false);
  });
});
