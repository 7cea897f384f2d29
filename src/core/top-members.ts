/**
 * Top N members of a breakdown plus one "Other" for the rest. Pure. (`src/core/top-n.ts`, a
 * colleague's helper for trend series, did not exist when this was written; its input is
 * series of monthly values, this one's is one count per member.)
 */

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
    .sort((a, b) => b.customers - a.customers || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const cut = sorted.length <= n + 1 ? sorted.length : n;
  const result: TopMember[] = sorted.slice(0, cut).map((r, index) => ({
    key: r.key,
    label: r.label,
    customers: r.customers,
    index,
    other: false,
    keys: [r.key],
  }));
  const rest = sorted.slice(cut);
  if (rest.length > 0) {
    result.push({
      key: OTHER_KEY,
      label: otherLabel,
      customers: rest.reduce((s, r) => s + r.customers, 0),
      index: cut,
      other: true,
      keys: rest.map((r) => r.key),
    });
  }
  return result;
}
