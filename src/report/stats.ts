/** Small order statistics for workload figures; all O(n log n) at worst, so reports stay linear-ish in size. */

export interface Spread {
  readonly count: number;
  readonly min: number | null;
  readonly median: number | null;
  readonly max: number | null;
  /** Gini coefficient of the values: 0 when everyone carries the same load, towards 1 when one carries it all. */
  readonly gini: number | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Gini from the sorted values: G = 2·Σ i·xᵢ / (n·Σ xᵢ) − (n + 1) / n, i from 1. */
export function spread(values: readonly number[]): Spread {
  const n = values.length;
  if (n === 0) return { count: 0, min: null, median: null, max: null, gini: null };
  const s = [...values].sort((a, b) => a - b);
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += s[i]!;
    weighted += (i + 1) * s[i]!;
  }
  const gini = total === 0 ? 0 : (2 * weighted) / (n * total) - (n + 1) / n;
  const mid = n >> 1;
  return {
    count: n,
    min: s[0]!,
    median: n % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2,
    max: s[n - 1]!,
    gini: Math.round(Math.max(0, gini) * 10_000) / 10_000,
  };
}
