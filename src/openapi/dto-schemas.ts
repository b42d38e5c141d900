import { getMetadataStorage } from 'class-validator';
import { targetConstructorToSchema, validationMetadatasToSchemas } from 'class-validator-jsonschema';
import type { ClassType } from '../../decorators/class-type.js';
import type { JsonSchema } from './types.js';

const SCHEMAS = '#/components/schemas/';

/**
 * The JSON schemas of DTO classes, from their class-validator rules (class-validator-jsonschema,
 * reading the metadata storage of the class-validator lambdakit validates with). A nested DTO
 * (`@ValidateNested()` on a property typed with the class) is a `$ref` to its own component.
 */
export class DtoSchemas {
  readonly #options = { classValidatorMetadataStorage: getMetadataStorage(), refPointerPrefix: SCHEMAS };
  readonly #roots = new Map<string, JsonSchema>();
  #all: Readonly<Record<string, JsonSchema>> | undefined;

  /** A `$ref` to the component of `type`, which {@link components} will hold. */
  ref(type: ClassType<object>): JsonSchema {
    if (!this.#roots.has(type.name)) {
      this.#roots.set(type.name, toJsonSchema(targetConstructorToSchema(type, this.#options)));
    }
    return { $ref: `${SCHEMAS}${type.name}` };
  }

  /** The components of every class passed to {@link ref} and of the classes they nest. */
  components(): Record<string, JsonSchema> {
    const components: Record<string, JsonSchema> = {};
    const pending = [...this.#roots.keys()];
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      if (name in components) continue;
      const schema = this.#roots.get(name) ?? this.#nested(name);
      components[name] = schema;
      pending.push(...refsIn(schema));
    }
    return components;
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
