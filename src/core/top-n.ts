/**
 * Top N + "Other": keeps a stacked chart readable when a dimension has many members. Pure and
 * DOM-free, so it is unit-tested without a browser.
 */

/** One member's monthly values, as in the contract's `trend` series. */
export interface NamedSeries {
  key: string;
  label: string;
  values: number[];
}

/** The members kept, and the per-month sum of those folded into "Other" (`null`: none). */
export interface TopNResult<S extends NamedSeries> {
  top: S[];
  other: { keys: string[]; values: number[] } | null;
}

/** Sum of a series over all its months: the size a member is ranked by. */
export function seriesTotal(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * The `n` members with the largest total over the range (ties keep the input order), in that
 * order, and, when more than `n` members exist, the month-by-month sum of the rest.
 * `n` below 1 or not finite is treated as 1; a fraction is floored.
 *
 * @example
 * topN([{ key: 'a', label: 'A', values: [1, 2] }, { key: 'b', label: 'B', values: [3, 4] },
 *       { key: 'c', label: 'C', values: [0, 1] }], 1)
 * // → { top: [B], other: { keys: ['a', 'c'], values: [1, 3] } }
 */
export function topN<S extends NamedSeries>(series: readonly S[], n: number): TopNResult<S> {
  const count = Number.isFinite(n) ? Math.max(1, Math.floor(n)) : 1;
  const ranked = series
    .map((s, index) => ({ s, index, total: seriesTotal(s.values) }))
    .sort((a, b) => b.total - a.total || a.index - b.index);
  if (ranked.length <= count) return { top: ranked.map((r) => r.s), other: null };
  const rest = ranked.slice(count);
  const months = Math.max(0, ...series.map((s) => s.values.length));
  const values = Array.from({ length: months }, (_, m) => rest.reduce((sum, r) => sum + (r.s.values[m] ?? 0), 0));
  return { top: ranked.slice(0, count).map((r) => r.s), other: { keys: rest.map((r) => r.s.key), values } };
}

/**
 * Clamps a visible window `[start, end]` of month indexes into `[0, length - 1]`, start ≤ end.
 * Missing or non-finite bounds mean "from the first" / "to the last" month.
 */
export function clampWindow(start: number | undefined, end: number | undefined, length: number): [number, number] {
  if (length <= 0) return [0, -1];
  const last = length - 1;
  const s = Number.isFinite(start) ? Math.min(Math.max(0, Math.floor(start!)), last) : 0;
  const e = Number.isFinite(end) ? Math.min(Math.max(0, Math.floor(end!)), last) : last;
  return s <= e ? [s, e] : [e, s];
}

/**
 * Parses an integer attribute and clamps it into `[min, max]`; anything that is not a finite
 * number gives `fallback`.
 */
export function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === 'number' ? value : Number.parseFloat(String(value));
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.round(n)));
}
