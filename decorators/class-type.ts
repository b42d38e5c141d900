/** A class that can be constructed with no arguments, as class-transformer needs. */
// biome-ignore lint/suspicious/noExplicitAny: constructor arguments are unknown by design here
export type ClassType<T = unknown> = new (...args: any[]) => T;
