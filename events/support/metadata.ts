/**
 * class-transformer's `@Type` calls `Reflect.getMetadata` while decorating, even when the compiler
 * emitted no metadata; every event module that uses `@Type` imports this file first.
 */
import 'reflect-metadata';
