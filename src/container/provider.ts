import type { ClassType } from '../../decorators/class-type.js';
import type { Token } from '../../decorators/injectable.js';

/**
 * How the container gets a dependency: a class (constructed with its own dependencies), a ready value,
 * a factory (sync or async, with its own injected arguments), or another class standing in for a token.
 *
 * @example
 * ```ts
 * createApp({
 *   controllers: [Orders],
 *   providers: [
 *     OrderRepo,
 *     { provide: 'TABLE', useValue: process.env.TABLE },
 *     { provide: DynamoDBClient, useFactory: () => new DynamoDBClient({}) },
 *     { provide: Clock, useClass: SystemClock },
 *   ],
 * });
 * ```
 */
export type Provider<T = unknown> =
  | ClassType<T>
  | { readonly provide: Token<T>; readonly useValue: T }
  | {
      readonly provide: Token<T>;
      readonly useFactory: (...deps: never[]) => T | Promise<T>;
      readonly inject?: readonly Token[];
    }
  | { readonly provide: Token<T>; readonly useClass: ClassType<T> };

/** The token a provider binds. */
export function tokenOf(provider: Provider): Token {
  return typeof provider === 'function' ? provider : provider.provide;
}

/** A readable name for a token in messages. */
export function nameOf(token: Token): string {
  return typeof token === 'function' ? token.name : String(token);
}
