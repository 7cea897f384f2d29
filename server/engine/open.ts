/** Picks the engine named by `--db`: `duckdb` (default), `chdb`, or a `clickhouse://` URL. */
import type { RawRow } from '../data/raw-row.ts';
import { createDuckDbEngine } from './duckdb-engine.ts';
import type { DataSource, EngineOptions, InsightsEngine } from './engine.ts';

/** Loads `source` into the engine `db` names. */
export async function openEngine(db: string, source: DataSource | readonly RawRow[], options: EngineOptions = {}): Promise<InsightsEngine> {
  if (db === 'duckdb') return createDuckDbEngine(source, options);
  throw new Error(`--db "${db}" is not an engine: use duckdb, chdb or clickhouse://user:pass@host:8123/db`);
}
