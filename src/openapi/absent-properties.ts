import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { getMetadataStorage, ValidationTypes } from 'class-validator';

/** Rules class-validator skips for an undefined value: a property with only these may be absent. */
const SKIPPED_WHEN_UNDEFINED: ReadonlySet<string> = new Set([
  ValidationTypes.NESTED_VALIDATION,
  ValidationTypes.PROMISE_VALIDATION,
  ValidationTypes.WHITELIST,
]);

/**
 * The DTO classes reachable from `root` through `@ValidateNested()` properties (the class of
 * `@Type(() => Item)`, else the emitted property type), by class name, `root` included.
 */
export function nestedClasses(root: Function, found = new Map<string, Function>()): Map<string, Function> {
  if (found.has(root.name)) return found;
  found.set(root.name, root);
  for (const meta of metadatasOf(root)) {
    if (meta.type !== ValidationTypes.NESTED_VALIDATION) continue;
    const child =
      defaultMetadataStorage.findTypeMetadata(root, meta.propertyName)?.typeFunction() ??
      emittedType(root, meta.propertyName);
    if (typeof child === 'function' && child !== Array && child !== Object) nestedClasses(child, found);
  }
  return found;
}

/**
 * The properties of `target` that validate when absent, though class-validator-jsonschema lists
 * every property without `@IsOptional()` as required: those whose only rules are skipped for
 * `undefined` (`@ValidateNested()` alone, `@Allow()`).
 */
export function absentProperties(target: Function): Set<string> {
  const rules = new Map<string, string[]>();
  for (const meta of metadatasOf(target))
    rules.set(meta.propertyName, [...(rules.get(meta.propertyName) ?? []), meta.type]);
  return new Set(
    [...rules]
      .filter(([, types]) => types.every((type) => SKIPPED_WHEN_UNDEFINED.has(type)))
      .map(([name]) => name),
  );
}

function metadatasOf(target: Function) {
  return getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
}

function emittedType(target: Function, property: string): unknown {
  const getMetadata = (Reflect as { getMetadata?: (key: string, on: object, property: string) => unknown })
    .getMetadata;
  return getMetadata?.('design:type', target.prototype, property);
}
