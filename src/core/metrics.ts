/** KPI math over the contract's monthly rows; pure so it is tested without a browser. */
import type { MonthlyResponse, MonthRow, TrendResponse } from '../data/contract.js';

/** The tiles of the summary: the monthly metrics (subscriptions included) plus customers per product. */
export const KPI_METRICS = ['customers', 'active', 'added', 'churned', 'subscriptions', 'products'] as const;
export type KpiMetric = (typeof KPI_METRICS)[number];

/** (last − first) / first; `null` when undefined (first is 0 or there are no months). */
export function percentChange(first: number | undefined, last: number | undefined): number | null {
  if (first === undefined || last === undefined || first === 0) return null;
  return (last - first) / first;
}

/** The monthly column each metric's sparkline and % change read. */
const SERIES: Record<Exclude<KpiMetric, 'products'>, keyof Omit<MonthRow, 'month'>> = {
  customers: 'customers',
  active: 'active',
  added: 'new',
  churned: 'churned',
  subscriptions: 'subscriptions',
};

/** Whether the answer holds what the tile of `metric` needs (`subscriptions` is optional in the contract). */
export function hasFigures(data: MonthlyResponse, metric: Exclude<KpiMetric, 'products'>): boolean {
  return data.months.every((m) => m[SERIES[metric]] !== undefined);
}

export interface KpiFigures {
  /** The headline: current value (customers, active) or the range's sum (added, churned). */
  value: number;
  /** % change over the range as a ratio, `null` when undefined. */
  change: number | null;
  /** One value per month, for the sparkline. */
  series: number[];
  /** churned / customers at the start of the range (churned tile only). */
  churnRate?: number | null;
  /** added − churned over the range (added tile only). */
  netAdded?: number;
}

/** Figures of one monthly tile; see DOMAIN.md "Metric definitions". */
export function kpiFigures(data: MonthlyResponse, metric: Exclude<KpiMetric, 'products'>): KpiFigures {
  const series = data.months.map((m) => m[SERIES[metric]] ?? 0);
  const change = percentChange(series[0], series[series.length - 1]);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  switch (metric) {
    case 'customers':
    case 'active':
    case 'subscriptions':
      return { value: series[series.length - 1] ?? 0, change, series };
    case 'added':
      return {
        value: sum(series),
        change,
        series,
        netAdded: sum(series) - sum(data.months.map((m) => m.churned)),
      };
    case 'churned': {
      // The customers the range starts with are those of the month before it.
      const start = data.before.customers;
      return { value: sum(series), change, series, churnRate: start === 0 ? null : sum(series) / start };
    }
  }
}

/** True when the range holds no customer at all: the tile shows its empty state. */
export function isEmptyMonthly(data: MonthlyResponse): boolean {
  return data.months.every((m) => m.customers === 0 && m.churned === 0);
}

/** True when no member of a trend has a customer in any month (or there are no months). */
export function isEmptyTrend(data: TrendResponse): boolean {
  return data.months.length === 0 || data.series.every((s) => s.values.every((v) => v === 0));
}

/** Flows are summed over a range (added, churned); the other metrics are stocks, read in the range's last month. */
export function isFlow(metric: KpiMetric): boolean {
  return metric === 'added' || metric === 'churned';
}

export interface KpiComparison {
  /** The comparison range's figure: its last month (stocks) or its sum (flows). */
  previous: number;
  /** (current − previous) / previous as a ratio; `null` when previous is 0. */
  change: number | null;
  /** The comparison range's months, `null` for those before the data starts (unknown, not 0). */
  series: (number | null)[];
}

/**
 * One tile's figure against the comparison range's (`previous`, the same resource for that
 * range). `firstMonth`: the first month the endpoint holds. `undefined` when the comparison range
 * lacks what the figure needs: a stock its last month; a flow every month and the month before
 * them (a month's new and churned customers are counted against the month before it, so the
 * data's first month has no flows to speak of).
 */
export function kpiComparison(
  current: MonthlyResponse,
  previous: MonthlyResponse,
  metric: Exclude<KpiMetric, 'products'>,
  firstMonth?: string,
): KpiComparison | undefined {
  if (!hasFigures(previous, metric) || previous.months.length === 0) return undefined;
  const known = (month: string) => firstMonth === undefined || month >= firstMonth;
  const series = previous.months.map((m) => (known(m.month) ? (m[SERIES[metric]] ?? 0) : null));
  if (isFlow(metric) && !known(previous.before.month)) return undefined;
  const last = series[series.length - 1];
  if (last === null || last === undefined) return undefined;
  const previousValue = isFlow(metric) ? (series as number[]).reduce((a, b) => a + b, 0) : last;
  const value = kpiFigures(current, metric).value;
  return { previous: previousValue, change: percentChange(previousValue, value), series };
}
