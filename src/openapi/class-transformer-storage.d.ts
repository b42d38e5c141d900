/**
 * class-transformer's metadata storage (where `@Type(() => Item)` is recorded) has no typings at
 * its module path; `lambdakit openapi` bundles it from the same copy the app's `@Type` uses.
 */
declare module 'class-transformer/cjs/storage.js' {
  import type { MetadataStorage } from 'class-transformer/types/MetadataStorage.js';

  export const defaultMetadataStorage: MetadataStorage;
}
