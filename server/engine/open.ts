/** The engine `--db` names: `duckdb` (default), `chdb`, or a `clickhouse://` URL. */
import type { RawRow } from '../data/raw-row.ts';
import type { SqlBackend } from './backend.ts';
import { openChdb } from './chdb-backend.ts';
import { openClickHouse } from './clickhouse-backend.ts';
import { openDuckDb } from './duckdb-backend.ts';
import type { DataSource, EngineOptions, InsightsEngine } from './engine.ts';
import { createSqlEngine } from './sql-engine.ts';

/** The engines `--db` accepts, for messages. */
export const ENGINE_NAMES = 'duckdb, chdb or clickhouse://user:pass@host:8123/db';

/** Loads `source` into the engine `db` names. */
export async function openEngine(db: string, source: DataSource | readonly RawRow[], options: EngineOptions = {}): Promise<InsightsEngine> {
  return createSqlEngine(await openBackend(db), source, options);
}

async function openBackend(db: string): Promise<SqlBackend> {
  if (db === 'duckdb') return openDuckDb();
  if (db === 'chdb') return openChdb();
  if (/^clickhouses?:\/\//.test(db)) return openClickHouse(db);
  throw new Error(`--db "${db}" is not an engine: use ${ENGINE_NAMES}`);
}
