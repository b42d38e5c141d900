/** The Lambda runtimes a function can be built for. */
export const BUILD_TARGETS = ['provided', 'nodejs'] as const;

/**
 * `provided`: a custom runtime (provided.al2023) whose `bootstrap` runs lambdakit's loop;
 * `nodejs`: a managed Node.js runtime (nodejs22.x, nodejs24.x) calling `index.handler`.
 */
export type BuildTarget = (typeof BUILD_TARGETS)[number];

/** Narrows a flag's value to a {@link BuildTarget}. */
export function isBuildTarget(value: string): value is BuildTarget {
  return BUILD_TARGETS.some((target) => target === value);
}
