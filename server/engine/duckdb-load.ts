/**
 * Creates the engine's tables. Rows go in through the appender as columnar data chunks
 * (integers only, thanks to catalog.ts), then SQL shapes them once so that queries stay
 * simple comparisons:
 * - `raw`: every row, in input order (its `rowid` is the row's position, for the export);
 * - `q`: a view of the qualifying rows (state Active or Renewed);
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
  await conn.run(`CREATE TABLE raw (cid INTEGER, m INTEGER,
    ${dimColumns.map((c) => `${c} INTEGER`).join(', ')}, ok BOOLEAN, used BOOLEAN)`);
  const columns = [encoded.cid, encoded.m, ...DIMENSIONS.map((d) => encoded.dims[d]), encoded.ok, encoded.used];
  const types = columns.map((_, i) => (i < columns.length - 2 ? INTEGER : BOOLEAN));
  const appender = await conn.createAppender('raw');
  for (let start = 0; start < encoded.cid.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, encoded.cid.length);
    const chunk = DuckDBDataChunk.create(types, end - start);
    chunk.setColumns(columns.map((column) => column.slice(start, end)));
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
  // A view, not a table: copying or deduplicating 2.5M rows cost more at load than it saved.
  await conn.run(`CREATE VIEW q AS SELECT * FROM raw WHERE ok`);
  await conn.run(`CREATE TABLE cm0 AS
    SELECT cid, m, any_value(market) AS market, any_value(segment) AS segment, bool_or(used) AS act
    FROM q GROUP BY cid, m`);
  // Hash joins on (cid, m ± 1) instead of lag/lead: faster here, and no sort order to get wrong.
  await conn.run(`CREATE TABLE cm AS
    SELECT c.*, p.cid IS NOT NULL AS prev_in, n.cid IS NOT NULL AS next_in FROM cm0 c
    LEFT JOIN cm0 p ON p.cid = c.cid AND p.m = c.m - 1
    LEFT JOIN cm0 n ON n.cid = c.cid AND n.m = c.m + 1`);
  await conn.run('DROP TABLE cm0');
}
