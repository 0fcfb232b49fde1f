/**
 * The arithmetic of the side-by-side bench (compare.ts): medians of repeated runs, how far the runs
 * spread, and the ratio of ours to plain Starlight. Pure, unit-tested in tests/unit/bench-stats.test.ts.
 */

/** Which way is better for a measure: less of it (time, bytes, elements) or more (a score). */
export type Better = 'lower' | 'higher';

/** The median; the mean of the two middle values when there is an even number of them. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * How noisy the runs were: (largest − smallest) / median. 0 when every run gave the same value;
 * Infinity when the median is 0 but the runs differ.
 */
export function spread(values: readonly number[]): number {
  const range = Math.max(...values) - Math.min(...values);
  if (range === 0) return 0;
  const m = median(values);
  return m === 0 ? Infinity : range / Math.abs(m);
}

/**
 * Ours against plain Starlight, turned so that at most 1.0 means "as good or better" on every line:
 * ours / plain for a cost (lower is better), plain / ours for a score (higher is better). Two zeros
 * are equal (1); something against nothing is Infinity, nothing against something 0.
 */
export function ratio(ours: number, plain: number, better: Better): number {
  const [num, den] = better === 'lower' ? [ours, plain] : [plain, ours];
  if (den === 0) return num === 0 ? 1 : Infinity;
  return num / den;
}

/** The verdict on a line: within the goal, over it by less than the runs' own noise, or over it. */
export type Verdict = 'ok' | 'over, within noise' | 'OVER';

/** `noise` is the larger spread of the two sides (see `spread`). */
export function verdict(r: number, noise: number): Verdict {
  if (r <= 1) return 'ok';
  return r - 1 <= noise ? 'over, within noise' : 'OVER';
}
