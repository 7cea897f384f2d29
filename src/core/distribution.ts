/**
 * What distribution-tabs shows of a breakdown: members hidden through the legend, the member
 * selected, bar lengths, and whether shares overlap. Pure and DOM-free.
 */
import { round4 } from './round.js';

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
