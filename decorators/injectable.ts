import type { ClassType } from './class-type.js';

/** What can be injected: a class, or a token (string or symbol) bound by a provider. */
export type Token<T = unknown> = ClassType<T> | string | symbol;

const injectables = new WeakSet<object>();
const injectTokens = new WeakMap<object, Map<number, Token>>();

/**
 * Marks a class as a service the container may construct and inject (one instance per app).
 *
 * @example
 * ```ts
 * @Injectable()
 * class OrderRepo { constructor(@Inject('TABLE_NAME') private readonly table: string) {} }
 * ```
 */
export function Injectable() {
  return (target: ClassType): void => {
    injectables.add(target);
  };
}

/** True when the class carries `@Injectable()`. */
export function isInjectable(type: object): boolean {
  return injectables.has(type);
}

/**
 * Names what a constructor parameter receives. Needed for tokens (strings, symbols), and for
 * classes when the compiler emits no decorator metadata (esbuild, tsx).
 *
 * @example
 * ```ts
 * constructor(@Inject(OrderRepo) repo: OrderRepo, @Inject('CONFIG') config: Config) {}
 * ```
 */
export function Inject(token: Token): ParameterDecorator {
  return (target, key, index) => {
    if (key !== undefined) throw new TypeError('@Inject applies to constructor parameters');
    const byIndex = injectTokens.get(target) ?? new Map<number, Token>();
    byIndex.set(index, token);
    injectTokens.set(target, byIndex);
  };
}

/**
 * What each constructor parameter of `type` needs: `@Inject` tokens first, then the emitted
 * `design:paramtypes`; `undefined` where neither says.
 */
export function constructorDependencies(type: ClassType): (Token | undefined)[] {
  const explicit = injectTokens.get(type);
  const getMetadata = (Reflect as { getMetadata?: (k: string, t: object) => unknown }).getMetadata;
  const emitted = getMetadata?.('design:paramtypes', type);
  const emittedList: unknown[] = Array.isArray(emitted) ? emitted : [];
  const count = Math.max(type.length, emittedList.length, ...[...(explicit?.keys() ?? [])].map((i) => i + 1));
  return Array.from({ length: count }, (_, i) => {
    const token = explicit?.get(i);
    if (token !== undefined) return token;
    const fromMetadata = emittedList[i];
    return typeof fromMetadata === 'function' && fromMetadata !== Object
      ? (fromMetadata as ClassType)
      : undefined;
  });
}
