/**
 * What the engine needs from a SQL database: run statements (several at once), read small
 * results, stream a big one, and load the rows into `src`. One implementation per database
 * (duckdb-backend.ts, clickhouse-backend.ts); the SQL itself lives in queries.ts.
 */
import type { FileHeader } from '../data/load-file.ts';
import type { Dialect, SrcOptions } from './queries.ts';

export interface SqlBackend {
  readonly dialect: Dialect;
  /** The database, for the startup line, e.g. "DuckDB 1.5.2 (in-process)". */
  readonly description: string;
  /** Why a second backend cannot load beside this one (engine.ts' `InsightsEngine.cannotReload`). */
  readonly cannotReload?: string;
  /** Runs a statement. */
  run(sql: string): Promise<void>;
  /** Runs a query; rows of plain values (numbers, strings; 64-bit integers as numbers). */
  rows(sql: string): Promise<unknown[][]>;
  /**
   * Optional: a query of integer columns as one typed array per column (int-columns.ts reads
   * through `rows` without it). DuckDB's reader skips a JavaScript array per row.
   */
  intColumns?(sql: string): Promise<Int32Array[]>;
  /** Streams the first column of a query's rows, a batch at a time. */
  stream(sql: string): AsyncIterable<string[]>;
  /** Creates `src` (text columns of queries.ts SRC_COLUMN, file order) from a file; `keep`: all values unless said. */
  loadFile(path: string, header: FileHeader, keep?: SrcOptions): Promise<void>;
  close(): Promise<void>;
}
