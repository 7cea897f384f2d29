/**
 * The comparison range of `compare="previous-period | previous-year"`, DOM-free: the range a
 * query stands for (resolved as the endpoint resolves it), the range it is compared with, and
 * how much of that range the endpoint holds data for.
 */
import { addMonths, monthIndex, spanMonths } from './month-range.js';

/** The comparisons a widget or its `filter-context` can ask for. */
export const COMPARE_MODES = ['previous-period', 'previous-year'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

/** A range of calendar months, both ends included (`YYYY-MM`). */
export interface MonthRange {
  from: string;
  to: string;
}

/** The months the endpoint holds (`/dimensions` `range`), `null` when it holds none. */
export type DataBounds = { min: string; max: string } | null;

/**
 * The range a query stands for, as the endpoint resolves it: `to` defaults to the last month
 * with data (`lastMonth`), `from` to `last` − 1 (default 11) months before `to`.
 */
export function resolveRange(query: { from?: string; to?: string; last?: number }, lastMonth: string): MonthRange {
  const to = query.to || lastMonth;
  const from = query.from || addMonths(to, -((query.last ?? 12) - 1));
  return { from, to };
}

/**
 * The range `range` is compared with: `previous-period`, the range of the same length that ends
 * the month before it starts; `previous-year`, the same months a year earlier.
 */
export function comparisonRange(range: MonthRange, mode: CompareMode): MonthRange {
  const months = mode === 'previous-year' ? 12 : spanMonths(range.from, range.to);
  return { from: addMonths(range.from, -months), to: addMonths(range.to, -months) };
}

/**
 * How much of `range` the endpoint holds data for: `full`; `partial` when its data starts at
 * `firstMonth`, inside the range (the months before it are not zeros, they are unknown); `none`
 * when the range ends before the data starts, or the endpoint holds no data.
 */
export type Coverage = { kind: 'full' } | { kind: 'partial'; firstMonth: string } | { kind: 'none'; firstMonth?: string };

export function coverage(range: MonthRange, bounds: DataBounds): Coverage {
  if (!bounds) return { kind: 'none' };
  if (monthIndex(range.to) < monthIndex(bounds.min)) return { kind: 'none', firstMonth: bounds.min };
  if (monthIndex(range.from) < monthIndex(bounds.min)) return { kind: 'partial', firstMonth: bounds.min };
  return { kind: 'full' };
}

/** Whether the month `month` lies inside the data (`bounds`). */
export function hasDataFor(month: string, bounds: DataBounds): boolean {
  return !!bounds && monthIndex(month) >= monthIndex(bounds.min) && monthIndex(month) <= monthIndex(bounds.max);
}

/**
 * Whether the endpoint's data gives a figure for `range`: a stock (customers, active) needs the
 * range's last month; a flow (added, churned) every month and the month before the first, which
 * its new and churned customers are counted against.
 */
export function figureKnown(range: MonthRange, bounds: DataBounds, flow: boolean): boolean {
  if (!bounds) return false;
  const first = monthIndex(bounds.min);
  return flow ? monthIndex(range.from) - 1 >= first : monthIndex(range.to) >= first;
}

/**
 * Each member's change against the comparison range's rows (`(current − previous) / previous`,
 * `null` when the member had none then): `changeOf(key, current)`.
 */
export function memberChanges<T extends { key: string }>(previous: readonly T[], value: (row: T) => number): (key: string, current: number) => number | null {
  const before = new Map(previous.map((row) => [row.key, value(row)]));
  return (key, current) => {
    const then = before.get(key) ?? 0;
    return then === 0 ? null : (current - then) / then;
  };
}
