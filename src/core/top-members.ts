/**
 * Top N members of a breakdown plus one "Other" for the rest. Pure. The ranking and folding is
 * `topN` of `./top-n.ts` (written for trend series), fed one-value series: one rule for "top N +
 * Other" across the kit. This file adds what a breakdown needs on top: counts instead of
 * series, colour indexes, dropping empty members, and the attribute's fallback.
 */
import { topN } from './top-n.js';

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
  /** Position in the result: picks the colour (`--_series-{index+1}`) unless `other`. */
  index: number;
  /** True for the group of every member beyond the top N. */
  other: boolean;
  /** The members the group stands for (just its own key for a member). */
  keys: string[];
}

/** Key of the "Other" group; cannot clash with a member key, which is never empty here. */
export const OTHER_KEY = '\u0000other';

/** Default number of members shown before grouping. */
export const DEFAULT_TOP = 8;

/**
 * A usable `top`: an integer ≥ 1. Not-a-number (absent, `top="many"`) gives the default;
 * 0 or a negative number gives 1 (the largest member and "Other"); 2.7 gives 2.
 */
export function normalizeTop(top: unknown, fallback = DEFAULT_TOP): number {
  const n = typeof top === 'number' ? top : Number(top);
  if (!Number.isFinite(n)) return fallback;
  return Math.max(1, Math.floor(n));
}

/**
 * The `top` largest members (customers desc, then key) and, when more remain, an "Other"
 * whose count is the sum of theirs. Members with no customers are dropped. When exactly one
 * member would go to "Other", it is shown itself: a group of one says less than its name.
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
