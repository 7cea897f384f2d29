/**
 * Creates the engine's tables. Rows go in through the appender as columnar data chunks
 * (integers only, thanks to catalog.ts), then SQL shapes them once so that queries stay
 * simple comparisons:
 * - `raw`: every row (`i` = its position in the input, for the export);
 * - `q`: qualifying subscription-months, deduplicated, with the customer-level attributes;
 * - `cm`: one row per customer-month with `act` and the flags `prev_in` / `next_in` (customer
 *   also counted the month before / after), so that without subscription-level filters
 *   new = NOT prev_in and churned-next-month = NOT next_in need no join or window at query time.
 */
import { BOOLEAN, DuckDBDataChunk, INTEGER, type DuckDBConnection } from '@duckdb/node-api';
import { DIMENSIONS } from '../../src/data/contract.ts';
import type { EncodedRows } from './catalog.ts';
import { SQL_COLUMN } from './sql.ts';

/** DuckDB's vector size: the most rows one data chunk holds. */
const CHUNK = 2048;

/** Loads `encoded` into a fresh database on `conn`. */
export async function createTables(conn: DuckDBConnection, encoded: EncodedRows): Promise<void> {
  const dimColumns = DIMENSIONS.map((d) => SQL_COLUMN[d]);
  await conn.run(`CREATE TABLE raw (i INTEGER, cid INTEGER, m INTEGER,
    ${dimColumns.map((c) => `${c} INTEGER`).join(', ')}, ok BOOLEAN, used BOOLEAN)`);
  const columns = [
    encoded.cid.map((_, i) => i),
    encoded.cid,
    encoded.m,
    ...DIMENSIONS.map((d) => encoded.dims[d]),
    encoded.ok,
    encoded.used,
  ];
  const types = columns.map((_, i) => (i < columns.length - 2 ? INTEGER : BOOLEAN));
  const appender = await conn.createAppender('raw');
  for (let start = 0; start < encoded.cid.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, encoded.cid.length);
    const chunk = DuckDBDataChunk.create(types, end - start);
    chunk.setColumns(columns.map((column) => column.slice(start, end)));
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
  await conn.run(`CREATE TABLE q AS
    SELECT cid, m, ${dimColumns.join(', ')}, bool_or(used) AS used
    FROM raw WHERE ok GROUP BY ALL`);
  // (cid, m) is unique here, so ORDER BY m is a total order within each partition: the
  // window results are deterministic despite DuckDB's parallel sort.
  await conn.run(`CREATE TABLE cm AS
    SELECT cid, m, market, segment, act,
      coalesce(lag(m) OVER w = m - 1, false) AS prev_in,
      coalesce(lead(m) OVER w = m + 1, false) AS next_in
    FROM (SELECT cid, m, any_value(market) AS market, any_value(segment) AS segment,
            bool_or(used) AS act
          FROM q GROUP BY cid, m)
    WINDOW w AS (PARTITION BY cid ORDER BY m)`);
}
