import type { ClassType } from './class-type.js';

/** Options of `@Controller`. */
export interface ControllerOptions {
  /**
   * A path prefix for every `@Http` route of the controller, e.g. `/orders`.
   * @default ''
   */
  readonly prefix?: string;
}

const controllers = new WeakMap<object, ControllerOptions>();

/**
 * Marks a class as a controller: its `@Handler` and `@Http` methods serve events. The app builds it
 * once at init, injecting its constructor dependencies.
 *
 * @example
 * ```ts
 * @Controller()
 * class Orders {
 *   constructor(private readonly repo: OrderRepo) {}
 *   @Handler(SqsEvent, { perRecord: true })
 *   async onMessage(record: SqsRecord) { await this.repo.save(record.body); }
 * }
 * ```
 */
export function Controller(options: ControllerOptions = {}) {
  return (target: ClassType): void => {
    controllers.set(target, options);
  };
}

/** The options of a `@Controller` class, or undefined when the class is not one. */
export function controllerOf(type: object): ControllerOptions | undefined {
  return controllers.get(type);
}
