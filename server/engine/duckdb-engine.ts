/** The reference engine: {@link createSqlEngine} on DuckDB, in-process. */
import type { RawRow } from '../data/raw-row.ts';
import { openDuckDb, type DuckDbOptions } from './duckdb-backend.ts';
import type { DataSource, EngineOptions, InsightsEngine } from './engine.ts';
import { createSqlEngine } from './sql-engine.ts';

/** Loads `source` (a file, columnar chunks, or rows) into a new DuckDB and returns the engine over it. */
export async function createDuckDbEngine(
  source: DataSource | readonly RawRow[],
  options: EngineOptions & DuckDbOptions = {},
): Promise<InsightsEngine> {
  return createSqlEngine(await openDuckDb(options), source, options);
}
