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
function hasRowFilters(q: InsightsQuery): boolean {
  return DIMENSIONS.some((d) => !CUSTOMER_LEVEL.has(d) && q.filters[d]?.length);
}

/**
 * Per member `k` (0 without `by`) and month `m` of from−1..to: customers `c`, active `a`,
 * new `n`, and `x` = customers of m gone in m+1 (so churned(m) = x(m−1)).
 */
export function countsSql(q: InsightsQuery, by: Dimension | null, catalog: Catalog): string {
  const lo = monthIndex(q.from) - 1;
  const hi = monthIndex(q.to);
  const key = by ? SQL_COLUMN[by] : '0';
  const where = `m BETWEEN ${lo} AND ${hi}${filterSql(q, catalog)}${by ? ` AND ${key} <> 0` : ''}`;
  // Fast path: without subscription-level filters or grouping, a customer's months do not
  // depend on the filters, so the flags precomputed in `cm` at load hold.
  if (!hasRowFilters(q) && (!by || CUSTOMER_LEVEL.has(by))) {
    return `SELECT ${key} AS k, m, count(*)::INTEGER, count(*) FILTER (act)::INTEGER,
        count(*) FILTER (NOT prev_in)::INTEGER, count(*) FILTER (NOT next_in)::INTEGER
      FROM cm WHERE ${where} GROUP BY ALL`;
  }
  // General path: each (member, customer)'s months in the window become a bitmask (at most
  // 25 bits), so new = c AND NOT (c << 1) and gone-next = c AND NOT (c >> 1) are bit
  // operations: hash aggregations only, no window function and no sort order to get wrong.
  const bit = `(1::BIGINT << (m - ${lo}))`;
  return `WITH g AS (
      SELECT ${key} AS k, bit_or(${bit}) AS c, bit_or(CASE WHEN used THEN ${bit} ELSE 0 END) AS a
      FROM q WHERE ${where} GROUP BY k, cid
    ), f AS (SELECT k, c, a, c & ~(c << 1) AS n, c & ~(c >> 1) AS x FROM g)
    SELECT k, ${lo} + j AS m, sum((c >> j) & 1)::INTEGER, sum((a >> j) & 1)::INTEGER,
      sum((n >> j) & 1)::INTEGER, sum((x >> j) & 1)::INTEGER
    FROM f, range(${hi - lo + 1}) AS t(j) GROUP BY ALL`;
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
