/**
 * An independent, deliberately naive computation of every resource straight from raw rows:
 * sets of customers per month, built with plain loops. It shares nothing with the engine but
 * the contract's types and the month helpers, so when both agree the SQL is right. It also
 * serves as the benchmark's "no engine" alternative.
 */
import {
  DIMENSIONS,
  type BreakdownResponse,
  type Dimension,
  type DimensionsResponse,
  type Filters,
  type Member,
  type MonthlyResponse,
  type QueryEcho,
  type TrendResponse,
} from '../../src/data/contract.ts';
import type { RawRow } from '../data/raw-row.ts';
import { addMonths, monthsBetween } from '../months.ts';

const COLUMN: Record<Dimension, keyof RawRow> = {
  market: 'customerMarket',
  segment: 'customerSegment',
  partnerLocation: 'partnerLocation',
  salesChannel: 'salesChannel',
  pricingModel: 'azurePricingModel',
  attributionType: 'partnerAttributionType',
  product: 'product',
  sku: 'sku',
};

export interface Reference {
  monthly(q: QueryEcho): MonthlyResponse;
  breakdown(q: QueryEcho, by: Dimension): BreakdownResponse;
  trend(q: QueryEcho, by: Dimension): TrendResponse;
  dimensions(): DimensionsResponse;
}

/** Indexes `rows` (by month, and each customer's latest row) and returns the reference. */
export function createReference(rows: readonly RawRow[]): Reference {
  const latest = latestRows(rows, (r) => r.customerTenantId);
  const byMonth = new Map<string, RawRow[]>();
  for (const row of rows) {
    if (!byMonth.has(row.month)) byMonth.set(row.month, []);
    byMonth.get(row.month)!.push(row);
  }
  // Market and segment belong to the customer: its latest row says which.
  const value = (row: RawRow, dim: Dimension): string =>
    dim === 'market' || dim === 'segment' ? (latest.get(row.customerTenantId)![COLUMN[dim]] as string) : (row[COLUMN[dim]] as string);
  const matches = (row: RawRow, filters: Filters) => DIMENSIONS.every((d) => !filters[d] || filters[d]!.includes(value(row, d)));

  /** Customers (and active customers) of month `m` under `filters`. */
  const sets = (m: string, filters: Filters) => {
    const customers = new Set<string>();
    const active = new Set<string>();
    for (const row of byMonth.get(m) ?? []) {
      const state = row.subscriptionState.toLowerCase();
      if ((state !== 'active' && state !== 'renewed') || !matches(row, filters)) continue;
      customers.add(row.customerTenantId);
      if (row.activeUsers > 0) active.add(row.customerTenantId);
    }
    return { customers, active };
  };
  /** Distinct subscriptions in state Active or Renewed in month `m` under `filters`. */
  const subscriptions = (m: string, filters: Filters) => {
    const ids = new Set<string>();
    for (const row of byMonth.get(m) ?? []) {
      const state = row.subscriptionState.toLowerCase();
      if ((state === 'active' || state === 'renewed') && matches(row, filters)) ids.add(row.subscriptionId);
    }
    return ids.size;
  };
  const count = (a: Set<string>, notIn: Set<string>) => [...a].filter((c) => !notIn.has(c)).length;
  const memberKeys = new Map<Dimension, string[]>();
  for (const dim of DIMENSIONS) {
    memberKeys.set(dim, [...new Set(rows.map((r) => value(r, dim)))].filter((k) => k !== '').sort());
  }
  const members = (dim: Dimension) => memberKeys.get(dim)!;
  const narrow = (filters: Filters, dim: Dimension, key: string): Filters => ({
    ...filters,
    [dim]: filters[dim] ? filters[dim]!.filter((k) => k === key) : [key],
  });

  /** customers/active of the last month, Σ new and Σ churned over the range. */
  const figures = (q: QueryEcho, filters: Filters) => {
    let added = 0;
    let churned = 0;
    let previous = sets(addMonths(q.from, -1), filters).customers;
    let current = { customers: new Set<string>(), active: new Set<string>() };
    for (const m of monthsBetween(q.from, q.to)) {
      current = sets(m, filters);
      added += count(current.customers, previous);
      churned += count(previous, current.customers);
      previous = current.customers;
    }
    return { customers: current.customers.size, active: current.active.size, added, churned };
  };
  const labels = labeler(rows);

  return {
    monthly(q) {
      const before = addMonths(q.from, -1);
      let previous = sets(before, q.filters).customers;
      const months = monthsBetween(q.from, q.to).map((month) => {
        const { customers, active } = sets(month, q.filters);
        const row = {
          month,
          customers: customers.size,
          active: active.size,
          new: count(customers, previous),
          existing: customers.size - count(customers, previous),
          churned: count(previous, customers),
          subscriptions: subscriptions(month, q.filters),
        };
        previous = customers;
        return row;
      });
      const products = members('product')
        .map((key) => ({ key, label: key, customers: sets(q.to, narrow(q.filters, 'product', key)).customers.size }))
        .filter((p) => p.customers > 0)
        .sort((a, b) => b.customers - a.customers || cmp(a.key, b.key));
      return {
        query: q,
        before: { month: before, customers: sets(before, q.filters).customers.size },
        months,
        products,
      };
    },
    breakdown(q, by) {
      const rowsOut = members(by)
        .map((key) => ({ ...labels(by, key), ...figures(q, narrow(q.filters, by, key)) }))
        .filter((r) => r.customers + r.active + r.added + r.churned > 0)
        .sort((a, b) => b.customers - a.customers || cmp(a.key, b.key));
      return { query: q, by, total: figures(q, q.filters), rows: rowsOut };
    },
    trend(q, by) {
      const months = monthsBetween(q.from, q.to);
      const series = members(by)
        .map((key) => ({
          key,
          label: labels(by, key).label,
          values: months.map((m) => sets(m, narrow(q.filters, by, key)).customers.size),
        }))
        .filter((s) => s.values.some((v) => v > 0))
        .sort((a, b) => b.values.at(-1)! - a.values.at(-1)! || cmp(a.key, b.key));
      return { query: q, by, months, series };
    },
    dimensions() {
      const months = [...byMonth.keys()].sort();
      const dimensions = {} as Record<Dimension, Member[]>;
      for (const dim of DIMENSIONS) {
        dimensions[dim] = members(dim)
          .map((key) => labels(dim, key))
          .sort((a, b) => cmp(a.label, b.label) || cmp(a.key, b.key));
      }
      return {
        range: months.length ? { min: months[0]!, max: months.at(-1)! } : null,
        dimensions,
      };
    },
  };
}

/** The last row (latest month, then later position) per key. */
function latestRows(rows: readonly RawRow[], key: (r: RawRow) => string): Map<string, RawRow> {
  const out = new Map<string, RawRow>();
  for (const row of rows) {
    const seen = out.get(key(row));
    if (!seen || row.month >= seen.month) out.set(key(row), row);
  }
  return out;
}

/** Member labels: country names, location names, and a SKU's product. */
function labeler(rows: readonly RawRow[]) {
  const locations = latestRows(rows, (r) => r.partnerLocation);
  const skus = latestRows(rows, (r) => r.sku);
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  return (dim: Dimension, key: string): Member => {
    if (dim === 'market') {
      const name = key === 'XK' ? 'Kosovo' : names.of(key);
      return { key, label: name && name !== key && name !== 'Unknown Region' ? name : key };
    }
    if (dim === 'partnerLocation') return { key, label: locations.get(key)!.partnerLocationName || key };
    if (dim === 'sku') return { key, label: key, product: skus.get(key)!.product };
    return { key, label: key };
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
