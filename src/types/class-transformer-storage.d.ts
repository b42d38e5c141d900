/**
 * class-transformer's metadata storage (where `@Type(() => Item)` is recorded) has no typings at
 * its module path. The dispatcher's instance plan and `lambdakit openapi` read it; in a bundle,
 * `transformerStoragePlugin` (src/build/) points the import at the copy the app's `@Type` uses.
 */
declare module 'class-transformer/cjs/storage.js' {
  import type { MetadataStorage } from 'class-transformer/types/MetadataStorage.js';

  export const defaultMetadataStorage: MetadataStorage;
}
