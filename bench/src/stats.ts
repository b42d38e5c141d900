/** Nearest-rank percentile of ascending-sorted values (`p` in 0..100). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The median of `values` (the lower middle one for an even count, so it is a value that was seen). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** The index of the median element of `values` by `key`. */
export function medianIndex<T>(values: readonly T[], key: (value: T) => number): number {
  const order = values.map((value, index) => ({ index, k: key(value) })).sort((a, b) => a.k - b.k);
  return order[Math.floor((order.length - 1) / 2)]!.index;
}
