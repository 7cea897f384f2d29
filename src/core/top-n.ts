/**
 * Top N + "Other": the one rule the kit uses to keep a chart readable when a dimension has
 * many members — for trend series (`topN`) and for breakdown counts (`topMembers`). One key for
 * "Other", one normaliser for `top`, one rounding rule (a fraction is floored). Pure, DOM-free.
 */
import { clampInt } from './clamp.js';

/** Key of the "Other" group; no member key of the contract can be it (a control character). */
export const OTHER_KEY = '\u0000other';

/** Default number of members shown before grouping: one per palette colour. */
export const DEFAULT_TOP = 8;

/**
 * A usable `top`: an integer in `[1, max]`, a fraction floored (2.7 → 2). Not a number
 * (absent, `top="many"`) gives `fallback`; 0 or less gives 1 (the largest member and "Other").
 */
export function normalizeTop(top: unknown, max = Number.MAX_SAFE_INTEGER, fallback = DEFAULT_TOP): number {
  return clampInt(top, 1, max, fallback);
}

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
 * `n` is normalised by `normalizeTop`.
 *
 * @example
 * topN([{ key: 'a', label: 'A', values: [1, 2] }, { key: 'b', label: 'B', values: [3, 4] },
 *       { key: 'c', label: 'C', values: [0, 1] }], 1)
 * // → { top: [B], other: { keys: ['a', 'c'], values: [1, 3] } }
 */
export function topN<S extends NamedSeries>(series: readonly S[], n: number): TopNResult<S> {
  const count = normalizeTop(n, Number.MAX_SAFE_INTEGER, 1);
  const ranked = series
    .map((s, index) => ({ s, index, total: seriesTotal(s.values) }))
    .sort((a, b) => b.total - a.total || a.index - b.index);
  if (ranked.length <= count) return { top: ranked.map((r) => r.s), other: null };
  const rest = ranked.slice(count);
  const months = Math.max(0, ...series.map((s) => s.values.length));
  const values = Array.from({ length: months }, (_, m) => rest.reduce((sum, r) => sum + (r.s.values[m] ?? 0), 0));
  return { top: ranked.slice(0, count).map((r) => r.s), other: { keys: rest.map((r) => r.s.key), values } };
}

/** A member and its count, e.g. one breakdown row. */
export interface MemberCount {
  key: string;
  label: string;
  customers: number;
}

/** One slice or bar: a member, or the "Other" group (`other: true`). */
export interface TopMember {
  key: string;
  label: string;
  customers: number;
  /** Position in the result: picks the palette slot (`index + 1`) unless `other`. */
  index: number;
  /** True for the group of every member beyond the top N. */
  other: boolean;
  /** The members the group stands for (just its own key for a member). */
  keys: string[];
}

/**
 * The `top` largest members of a breakdown (customers desc, then key) and, when more remain,
 * an "Other" whose count is the sum of theirs: `topN` fed one-value series. Members with no
 * customers are dropped. When exactly one member would go to "Other", it is shown itself: a
 * group of one says less than its name.
 */
export function topMembers(rows: readonly MemberCount[], top: number, otherLabel = 'Other'): TopMember[] {
  const n = normalizeTop(top);
  const sorted = rows
    .filter((r) => r.customers > 0)
    .sort((a, b) => b.customers - a.customers || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((r) => ({ key: r.key, label: r.label, values: [r.customers] }));
  const { top: kept, other } = topN(sorted, sorted.length === n + 1 ? n + 1 : n);
  const result: TopMember[] = kept.map((s, index) => ({
    key: s.key,
    label: s.label,
    customers: s.values[0]!,
    index,
    other: false,
    keys: [s.key],
  }));
  if (other) {
    result.push({ key: OTHER_KEY, label: otherLabel, customers: other.values[0] ?? 0, index: kept.length, other: true, keys: other.keys });
  }
  return result;
}
