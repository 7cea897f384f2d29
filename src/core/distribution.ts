/**
 * The dimensions of the distribution widgets, and what distribution-tabs shows of a breakdown:
 * members hidden through the legend, the member selected, bar lengths, and whether shares
 * overlap. Pure and DOM-free.
 */
import { round4 } from './round.js';

/** The dimensions distribution-tabs breaks customers down by, in tab order (sales channel's switch: pricing model). */
export const DISTRIBUTION_DIMENSIONS = ['partnerLocation', 'segment', 'salesChannel', 'pricingModel', 'attributionType'] as const;
export type DistributionDimension = (typeof DISTRIBUTION_DIMENSIONS)[number];

/** How distribution-tabs draws the members. */
export const DISTRIBUTION_VARIANTS = ['bars', 'donut'] as const;
export type DistributionVariant = (typeof DISTRIBUTION_VARIANTS)[number];

/** The tabs of distribution-trend, in order. */
export const TREND_DIMENSIONS = ['market', 'segment', 'partnerLocation', 'product'] as const;
export type TrendDimension = (typeof TREND_DIMENSIONS)[number];

/**
 * `hidden` with `key` shown (`visible` true) or hidden (false); without `visible`, toggled.
 * Returns a new set; `hidden` is not changed.
 */
export function toggleHidden(hidden: ReadonlySet<string> | undefined, key: string, visible?: boolean): Set<string> {
  const set = new Set(hidden);
  const show = visible ?? set.has(key);
  if (show) set.delete(key);
  else set.add(key);
  return set;
}

/** The selection after the user picks `key`: `key`, or `null` when it was already selected. */
export function toggleSelection(current: string | undefined, key: string): string | null {
  return current === key ? null : key;
}

/** The members not in `hidden`, in their order. */
export function shownMembers<T extends { key: string }>(members: readonly T[], hidden: ReadonlySet<string>): T[] {
  return members.filter((m) => !hidden.has(m.key));
}

/** Bar lengths in % of the largest member (at least 1 customer), rounded to 4 decimals. */
export function barPercents(customers: readonly number[]): number[] {
  const max = Math.max(1, ...customers);
  return customers.map((n) => round4((n / max) * 100));
}

/**
 * Whether the rows add up to more than the distinct `total` (a customer counted under several
 * members), so shares add up to more than 100%.
 */
export function overlaps(rows: readonly { customers: number }[], total: number): boolean {
  return rows.reduce((s, r) => s + r.customers, 0) > total;
}
