import type { ClassType } from '../../decorators/class-type.js';
import { constructorDependencies, isInjectable, type Token } from '../../decorators/injectable.js';
import { CircularDependencyError, MissingDependencyError } from './dependency-errors.js';
import { nameOf, type Provider, tokenOf } from './provider.js';

/**
 * Builds every dependency once (singletons) with constructor injection. Classes listed as providers,
 * or marked `@Injectable()`, are constructed on demand; a cycle or a missing dependency fails with the
 * whole chain in the message.
 *
 * @example
 * ```ts
 * const container = new Container([OrderRepo, { provide: 'TABLE', useValue: 'orders' }]);
 * const orders = await container.get(Orders);
 * ```
 */
export class Container {
  readonly #providers = new Map<Token, Provider>();
  readonly #instances = new Map<Token, Promise<unknown>>();

  constructor(providers: readonly Provider[] = []) {
    for (const provider of providers) this.#providers.set(tokenOf(provider), provider);
  }

  /** The single instance for `token`, built with its dependencies on first request. */
  get<T>(token: Token<T>): Promise<T> {
    return this.#resolve(token, []) as Promise<T>;
  }

  #resolve(token: Token, chain: readonly Token[]): Promise<unknown> {
    if (chain.includes(token)) {
      const circle = [...chain.slice(chain.indexOf(token)), token].map(nameOf).join(' → ');
      return Promise.reject(new CircularDependencyError(`circular dependency: ${circle}`));
    }
    let instance = this.#instances.get(token);
    if (!instance) {
      instance = this.#build(token, [...chain, token]);
      this.#instances.set(token, instance);
    }
    return instance;
  }

  async #build(token: Token, chain: readonly Token[]): Promise<unknown> {
    const provider =
      this.#providers.get(token) ?? (typeof token === 'function' && isInjectable(token) ? token : undefined);
    if (provider === undefined) throw missing(token, chain.slice(0, -1));
    if (typeof provider === 'function') return this.#construct(provider, chain);
    if ('useValue' in provider) return provider.useValue;
    if ('useClass' in provider) return this.#construct(provider.useClass, chain);
    const args = await Promise.all((provider.inject ?? []).map((dep) => this.#resolve(dep, chain)));
    return provider.useFactory(...(args as never[]));
  }

  async #construct(type: ClassType, chain: readonly Token[]): Promise<unknown> {
    const dependencies = constructorDependencies(type);
    const args: unknown[] = [];
    for (const [index, dependency] of dependencies.entries()) {
      if (dependency === undefined) {
        throw new MissingDependencyError(
          `${describeChain(chain)}: constructor parameter #${index} of ${type.name} has no known type; ` +
            'add @Inject(Type) or compile with emitDecoratorMetadata',
        );
      }
      args.push(await this.#resolve(dependency, chain));
    }
    return new type(...args);
  }
}

function missing(token: Token, chain: readonly Token[]): MissingDependencyError {
  const hint =
    typeof token === 'function' ? 'list it in providers or mark it @Injectable()' : 'add a provider for it';
  const neededBy = chain.length > 0 ? ` (needed by ${describeChain(chain)})` : '';
  return new MissingDependencyError(`no provider for ${nameOf(token)}${neededBy}: ${hint}`);
}

function describeChain(chain: readonly Token[]): string {
  return chain.map(nameOf).join(' → ');
}
