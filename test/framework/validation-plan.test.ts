import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  Validate,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
  validate,
} from 'class-validator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { certainlyValid, type PlanOptions } from '../../src/dispatch/validation-plan.js';

@ValidatorConstraint({ name: 'evenWhenSkuSet' })
class EvenWhenSku implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    // Reads the arguments class-validator passes: the object, and the constraints given to @Validate.
    const [divisor] = args.constraints as [number];
    return (
      (args.object as { sku?: unknown }).sku === undefined ||
      (typeof value === 'number' && value % divisor === 0)
    );
  }
}

@ValidatorConstraint({ name: 'eventually', async: true })
class Eventually implements ValidatorConstraintInterface {
  async validate(value: unknown): Promise<boolean> {
    return value !== 'bad';
  }
}

@ValidatorConstraint({ name: 'promising' })
class ReturnsPromise implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return Promise.resolve(value !== 'bad') as unknown as boolean;
  }
}

class Address {
  @IsString() @Length(2, 6) city!: string;
  @IsOptional() @IsInt() zip?: number;
}

class Identified {
  @IsDefined() id!: unknown;
}

class Order extends Identified {
  @IsString() @Length(1, 8) sku!: string;
  @IsInt() @Min(1) @Max(5) quantity!: number;
  @IsIn(['EUR', 'USD']) currency!: string;
  @IsOptional() @IsBoolean() gift?: boolean;
  @ValidateIf((order: Order) => typeof order.quantity === 'number' && order.quantity > 2)
  @IsString()
  note?: string;
  @IsString({ each: true }) @ArrayMaxSize(2) tags!: string[];
  @ValidateNested() @Type(() => Address) address!: Address;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => Address) more?: Address[];
  @Validate(EvenWhenSku, [2]) even!: number;
  @Allow() free?: unknown;
}

class Checked {
  @Validate(Eventually) name!: string;
}

class Promised {
  @Validate(ReturnsPromise) name!: string;
}

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -3, max: 9 }),
  fc.double({ noNaN: true, min: -10, max: 10 }),
  fc.string({ maxLength: 9 }),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);
/** The object, one time in four with an undecorated property (what whitelist options act on). */
function sometimesUnknown<T extends object>(value: T): fc.Arbitrary<T> {
  return fc
    .tuple(fc.integer({ min: 0, max: 3 }), junk)
    .map(([dice, extra]) => (dice === 0 ? { ...value, extra } : value));
}

/** Mostly `valid`, sometimes junk: enough valid objects to compare both outcomes. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 40 }, { arbitrary: junk, weight: 1 });
const address = fc
  .record(
    {
      city: mostly(fc.string({ minLength: 2, maxLength: 6 })),
      zip: mostly(fc.integer()),
    },
    { requiredKeys: [] },
  )
  .chain(sometimesUnknown);
const order = fc
  .record(
    {
      id: mostly(fc.integer()),
      sku: mostly(fc.string({ minLength: 1, maxLength: 8 })),
      quantity: mostly(fc.integer({ min: 1, max: 5 })),
      currency: mostly(fc.constantFrom('EUR', 'USD', 'GBP')),
      gift: mostly(fc.boolean()),
      note: mostly(fc.string()),
      tags: mostly(fc.array(mostly(fc.string()), { maxLength: 3 })),
      address: mostly(address),
      more: mostly(fc.array(mostly(address), { maxLength: 2 })),
      even: mostly(fc.integer({ min: 0, max: 8 })),
      free: junk,
    },
    { requiredKeys: ['sku', 'quantity', 'currency', 'tags', 'even'] },
  )
  .chain(sometimesUnknown);

const OPTIONS: readonly PlanOptions[] = [
  { whitelist: false, forbidNonWhitelisted: false },
  { whitelist: true, forbidNonWhitelisted: false },
  { whitelist: true, forbidNonWhitelisted: true },
];

describe('certainlyValid (the validation fast path)', () => {
  for (const options of OPTIONS) {
    it(`agrees with class-validator on every generated order (${JSON.stringify(options)})`, async () => {
      let valid = 0;
      await fc.assert(
        fc.asyncProperty(order, async (raw) => {
          const fast = plainToInstance(Order, raw);
          const full = plainToInstance(Order, raw);
          const verdict = certainlyValid(fast, options);
          const errors = await validate(full, { ...options, forbidUnknownValues: false });
          expect(verdict).toBe(errors.length === 0);
          // With whitelist, both delete the same properties, nested objects included.
          if (verdict) expect(fast).toEqual(full);
          if (verdict) valid++;
        }),
        { numRuns: 600, seed: 20261127 },
      );
      // The generator reaches both outcomes often enough for the comparison to mean something.
      expect(valid).toBeGreaterThan(30);
    });
  }

  it('leaves a class with an async constraint to class-validator', async () => {
    const ok = plainToInstance(Checked, { name: 'good' });
    expect(certainlyValid(ok, OPTIONS[0] as PlanOptions)).toBe(false);
    await expect(transformAndValidate(Checked, { name: 'good' })).resolves.toBeInstanceOf(Checked);
    await expect(transformAndValidate(Checked, { name: 'bad' })).rejects.toMatchObject({
      details: [{ path: 'name', constraints: { eventually: expect.any(String) } }],
    });
  });

  it('leaves a constraint that returns a promise to class-validator', async () => {
    expect(certainlyValid(plainToInstance(Promised, { name: 'good' }), OPTIONS[0] as PlanOptions)).toBe(
      false,
    );
    await expect(transformAndValidate(Promised, { name: 'good' })).resolves.toBeInstanceOf(Promised);
  });

  it('gives the same errors through transformAndValidate as class-validator alone', async () => {
    const raw = {
      id: 1,
      sku: '',
      quantity: 9,
      currency: 'EUR',
      tags: ['a', 3],
      address: { city: 'Paris' },
      even: 3,
    };
    await expect(transformAndValidate(Order, raw)).rejects.toMatchObject({
      details: [
        { path: 'sku', constraints: { isLength: expect.any(String) } },
        { path: 'quantity', constraints: { max: expect.any(String) } },
        { path: 'note', constraints: { isString: 'note must be a string' } },
        { path: 'tags', constraints: { isString: 'each value in tags must be a string' } },
        { path: 'even', constraints: { evenWhenSkuSet: expect.any(String) } },
      ],
    });
  });
});
