import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { getMetadataStorage } from 'class-validator';
import { targetConstructorToSchema, validationMetadatasToSchemas } from 'class-validator-jsonschema';
import type { ClassType } from '../../decorators/class-type.js';
import { absentProperties, nestedClasses } from './absent-properties.js';
import type { JsonSchema } from './types.js';

const SCHEMAS = '#/components/schemas/';

/**
 * The JSON schemas of DTO classes, from their class-validator rules (class-validator-jsonschema,
 * reading the metadata storage of the class-validator lambdakit validates with). A nested DTO
 * (`@ValidateNested()` on a property typed with the class) is a `$ref` to its own component; an
 * array of them (`@ValidateNested({ each: true }) @Type(() => Item)`) an array of `$ref`s, its item
 * class read from class-transformer's `@Type`. A property that validates when absent (only
 * `@ValidateNested()`) is not listed as required.
 */
export class DtoSchemas {
  readonly #options = {
    classValidatorMetadataStorage: getMetadataStorage(),
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: SCHEMAS,
  };
  readonly #roots = new Map<string, JsonSchema>();
  readonly #classes = new Map<string, Function>();
  #all: Readonly<Record<string, JsonSchema>> | undefined;

  /** A `$ref` to the component of `type`, which {@link components} will hold. */
  ref(type: ClassType<object>): JsonSchema {
    if (!this.#roots.has(type.name)) {
      this.#roots.set(type.name, toJsonSchema(targetConstructorToSchema(type, this.#options)));
      nestedClasses(type, this.#classes);
    }
    return { $ref: `${SCHEMAS}${type.name}` };
  }

  /** The components of every class passed to {@link ref} and of the classes they nest. */
  components(): Record<string, JsonSchema> {
    const components: Record<string, JsonSchema> = {};
    const pending = [...this.#roots.keys()];
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      if (name in components) continue;
      const schema = this.#withoutAbsent(name, this.#roots.get(name) ?? this.#nested(name));
      components[name] = schema;
      pending.push(...refsIn(schema));
    }
    return components;
  }

  /** `schema` with the properties that may be absent taken out of `required`. */
  #withoutAbsent(name: string, schema: JsonSchema): JsonSchema {
    const target = this.#classes.get(name);
    const { required } = schema;
    if (!target || !Array.isArray(required)) return schema;
    const absent = absentProperties(target);
    const kept = required.filter((property) => !absent.has(property));
    const { required: _all, ...rest } = schema;
    return kept.length > 0 ? { ...rest, required: kept } : rest;
  }

  #nested(name: string): JsonSchema {
    this.#all ??= Object.fromEntries(
      Object.entries(validationMetadatasToSchemas(this.#options)).map(([key, value]) => [
        key,
        toJsonSchema(value),
      ]),
    );
    return this.#all[name] ?? { type: 'object' };
  }
}

/** The component names a schema refers to. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' && inner.startsWith(SCHEMAS)
      ? [inner.slice(SCHEMAS.length)]
      : refsIn(inner),
  );
}

function toJsonSchema(schema: object): JsonSchema {
  return Object.fromEntries(Object.entries(schema));
}
