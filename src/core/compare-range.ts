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

/** A member's figure in the comparison range and its change (`(current − previous) / previous`, `null` when it had none then). */
export interface MemberComparison {
  /** The comparison range's figure of a member, or of a group of members (their sum: "Other"). */
  previous(keys: string | readonly string[]): number;
  change(keys: string | readonly string[], current: number): number | null;
}

/** Each member's comparison, from the comparison range's rows and the figure compared (`value`). */
export function memberChanges<T extends { key: string }>(rows: readonly T[], value: (row: T) => number): MemberComparison {
  const before = new Map(rows.map((row) => [row.key, value(row)]));
  const previous = (keys: string | readonly string[]) =>
    (typeof keys === 'string' ? [keys] : keys).reduce((sum, key) => sum + (before.get(key) ?? 0), 0);
  return {
    previous,
    change: (keys, current) => {
      const then = previous(keys);
      return then === 0 ? null : (current - then) / then;
    },
  };
}
