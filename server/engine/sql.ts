/**
 * SQL text for the engine's queries. Every value placed in the SQL is an integer (a month
 * index or a catalog code), never user text, so there is nothing to inject.
 */
import { DIMENSIONS, type Dimension } from '../../src/data/contract.ts';
import { CUSTOMER_LEVEL, type Catalog } from './catalog.ts';
import type { InsightsQuery } from './engine.ts';
import { monthIndex } from './months.ts';

/** Column holding each dimension's code in the tables of duckdb-load.ts. */
export const SQL_COLUMN: Record<Dimension, string> = {
  market: 'market',
  segment: 'segment',
  partnerLocation: 'loc',
  salesChannel: 'channel',
  pricingModel: 'pricing',
  attributionType: 'attr',
  product: 'product',
  sku: 'sku',
};

/** `AND col IN (...)` for each filter: values of one filter OR, different filters AND. */
export function filterSql(q: InsightsQuery, catalog: Catalog): string {
  return DIMENSIONS.filter((d) => q.filters[d]?.length)
    .map((d) => ` AND ${SQL_COLUMN[d]} IN (${q.filters[d]!.map((v) => catalog.code(v)).join(', ')})`)
    .join('');
}

/** Whether the query filters on a subscription-level dimension. */
export function hasRowFilters(q: InsightsQuery): boolean {
  return DIMENSIONS.some((d) => !CUSTOMER_LEVEL.has(d) && q.filters[d]?.length);
}

/**
 * Per member `k` (0 without `by`) and month `m` over from−1..to: customers `c`, active `a`,
 * new `n` and `x` = customers of m that are gone in m+1 (so churned(m) = x(m−1)).
 */
export function countsSql(q: InsightsQuery, by: Dimension | null, catalog: Catalog): string {
  const lo = monthIndex(q.from) - 1;
  const hi = monthIndex(q.to);
  const key = by ? SQL_COLUMN[by] : '0';
  const where = `m BETWEEN ${lo} AND ${hi}${filterSql(q, catalog)}${by ? ` AND ${key} <> 0` : ''}`;
  const counts = `count(*)::INTEGER, count(*) FILTER (act)::INTEGER`;
  // Fast path: without subscription-level filters or grouping, a customer's months do not
  // depend on the filters, so the flags precomputed in `cm` hold.
  if (!hasRowFilters(q) && (!by || CUSTOMER_LEVEL.has(by))) {
    return `SELECT ${key} AS k, m, ${counts}, count(*) FILTER (NOT prev_in)::INTEGER,
        count(*) FILTER (NOT next_in)::INTEGER
      FROM cm WHERE ${where} GROUP BY ALL`;
  }
  // General path: the customer-months that survive the filters, per member; (k, cid, m) is
  // unique after GROUP BY, so the window order is total (deterministic).
  return `WITH b AS (
      SELECT ${key} AS k, cid, m, bool_or(used) AS act FROM q WHERE ${where} GROUP BY ALL
    ), w AS (
      SELECT k, m, act, lag(m) OVER p AS pm, lead(m) OVER p AS nm FROM b
      WINDOW p AS (PARTITION BY k, cid ORDER BY m)
    )
    SELECT k, m, ${counts}, count(*) FILTER (pm IS DISTINCT FROM m - 1)::INTEGER,
      count(*) FILTER (nm IS DISTINCT FROM m + 1)::INTEGER
    FROM w GROUP BY ALL`;
}

/** Customers per product in month `to`, after filters. */
export function productsSql(q: InsightsQuery, catalog: Catalog): string {
  return `SELECT product, count(DISTINCT cid)::INTEGER AS c FROM q
    WHERE m = ${monthIndex(q.to)}${filterSql(q, catalog)} GROUP BY product`;
}

/** Input positions of the raw rows (any state) in the range matching the filters, in order. */
export function exportSql(q: InsightsQuery, catalog: Catalog): string {
  return `SELECT rowid FROM raw WHERE m BETWEEN ${monthIndex(q.from)} AND ${monthIndex(q.to)}
    ${filterSql(q, catalog)} ORDER BY rowid`;
}
