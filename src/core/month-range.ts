/**
 * Calendar-month arithmetic for date ranges (`YYYY-MM` keys), DOM-free: the months a picker
 * offers, the range a `last=N` preset resolves to, and whether a custom range may be applied.
 */
import { MAX_RANGE_MONTHS } from '../data/contract.js';

/** Months since year 0: `2026-01` → 24313; differences are month counts. */
export function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return y! * 12 + (m! - 1);
}

/** The month `n` months after `month` (before, when negative). */
export function addMonths(month: string, n: number): string {
  const i = monthIndex(month) + n;
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** How many months `from`..`to` spans, both included (0 or less when `from` is after `to`). */
export function spanMonths(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from) + 1;
}

/** Every month from `min` to `max`, both included, oldest first. */
export function monthsBetween(min: string, max: string): string[] {
  const n = spanMonths(min, max);
  return Array.from({ length: Math.max(0, n) }, (_, i) => addMonths(min, i));
}

/** The range `last=N` stands for when the data ends in `max` (as the endpoint resolves it). */
export function lastMonthsRange(last: number, max: string): { from: string; to: string } {
  return { from: addMonths(max, -(last - 1)), to: max };
}

/** Why a custom range cannot be applied; `undefined` when it can. */
export type RangeProblem =
  { kind: 'order' } | { kind: 'too-long'; months: number; max: number } | { kind: 'outside'; min: string; max: string };

/**
 * Checks a custom range against the data's range (`bounds`, from `/dimensions`) and the
 * contract's longest range: `from` ≤ `to`, both inside the bounds, at most 24 months.
 */
export function checkCustomRange(from: string, to: string, bounds: { min: string; max: string } | null): RangeProblem | undefined {
  if (spanMonths(from, to) < 1) return { kind: 'order' };
  if (bounds && (monthIndex(from) < monthIndex(bounds.min) || monthIndex(to) > monthIndex(bounds.max))) {
    return { kind: 'outside', min: bounds.min, max: bounds.max };
  }
  const months = spanMonths(from, to);
  if (months > MAX_RANGE_MONTHS) return { kind: 'too-long', months, max: MAX_RANGE_MONTHS };
  return undefined;
}
