/**
 * Requests an OpenAPI document says are valid, and variations it says are invalid, drawn from its
 * schemas alone: what the drift test sends to the running app.
 */

/** A JSON Schema as found in the document. */
export type Schema = { readonly [keyword: string]: unknown };

/** One variation of a valid value that the schema refuses, with the dotted path it breaks. */
export interface Breakage {
  readonly path: string;
  readonly why: string;
  readonly value: unknown;
}

/** Resolves `#/components/...` pointers against the document. */
export function resolver(document: Schema): (schema: Schema) => Schema {
  const resolve = (schema: Schema): Schema => {
    const ref = schema.$ref;
    if (typeof ref !== 'string') return schema;
    let target: unknown = document;
    for (const part of ref.replace(/^#\//, '').split('/')) target = (target as Schema)[part];
    return resolve(target as Schema);
  };
  return resolve;
}

/** A value the schema accepts: required properties only, at the bounds the keywords allow. */
export function validSample(schema: Schema, resolve: (schema: Schema) => Schema): unknown {
  const s = resolve(schema);
  switch (s.type) {
    case 'object': {
      const properties = (s.properties ?? {}) as Record<string, Schema>;
      const required = (s.required ?? []) as string[];
      return Object.fromEntries(required.map((name) => [name, validSample(properties[name]!, resolve)]));
    }
    case 'array': {
      const count = Math.max(1, Number(s.minItems ?? 1));
      return Array.from({ length: count }, () => validSample(s.items as Schema, resolve));
    }
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 7;
    case 'boolean':
      return true;
    default:
      if (s.format === 'email') return 'someone@example.com';
      if (s.format === 'date-time') return '2025-01-02T03:04:05Z';
      return 'x'.repeat(Math.max(1, Number(s.minLength ?? 1)));
  }
}

/** Every way to break a valid value: a missing required property, a wrong type, a broken bound. */
export function breakages(schema: Schema, resolve: (schema: Schema) => Schema, path = ''): Breakage[] {
  const s = resolve(schema);
  const valid = validSample(s, resolve);
  const wrongType = s.type === 'string' ? 12345 : `not-a-${String(s.type)}`;
  const found: Breakage[] = [{ path, why: `${path || 'the body'} of the wrong type`, value: wrongType }];
  if (typeof s.minimum === 'number') found.push({ path, why: 'below minimum', value: s.minimum - 1 });
  if (typeof s.maximum === 'number') found.push({ path, why: 'above maximum', value: s.maximum + 1 });
  if (typeof s.minLength === 'number' && s.minLength > 0) {
    found.push({ path, why: 'shorter than minLength', value: 'x'.repeat(s.minLength - 1) });
  }
  if (s.format === 'email') found.push({ path, why: 'not an email', value: 'not-an-email' });
  if (typeof s.minItems === 'number' && s.minItems > 0) found.push({ path, why: 'too few items', value: [] });
  if (s.type === 'array') {
    for (const inner of breakages(s.items as Schema, resolve, join(path, '0'))) {
      const items = [...(valid as unknown[])];
      items[0] = inner.value;
      found.push({ ...inner, value: items });
    }
  }
  if (s.type === 'object') {
    const properties = (s.properties ?? {}) as Record<string, Schema>;
    const required = (s.required ?? []) as string[];
    const base = valid as Record<string, unknown>;
    for (const name of required) {
      const { [name]: _dropped, ...rest } = base;
      found.push({ path: join(path, name), why: `${join(path, name)} missing`, value: rest });
    }
    for (const [name, inner] of Object.entries(properties)) {
      for (const broken of breakages(inner, resolve, join(path, name))) {
        found.push({ ...broken, value: { ...base, [name]: broken.value } });
      }
    }
  }
  return found;
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}
