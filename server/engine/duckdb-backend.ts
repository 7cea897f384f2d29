/**
 * DuckDB, in-process. The loaded rows (`src`, text, needed by the export only) live in a
 * database file in a temporary folder, compressed and paged by DuckDB's buffer manager, so a
 * multi-gigabyte export never sits in memory; the query tables are small and in memory.
 * Queries run on a pool of connections, so the dashboard's parallel requests run in parallel.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { SqlBackend } from './backend.ts';
import { concatColumns } from './int-columns.ts';
import { Pool } from './pool.ts';
import { readFileSql, sqlString } from './queries.ts';
import { temporaryFolder } from './temp-dir.ts';

/** Options of {@link openDuckDb}. */
export interface DuckDbOptions {
  /** DuckDB's memory limit (default "1GB"); it spills to the temporary folder beyond. */
  memoryLimit?: string;
  /** Connections in the pool (default 8: every request of a dashboard at once). */
  connections?: number;
}

/** Opens an empty DuckDB backend. */
export async function openDuckDb(options: DuckDbOptions = {}): Promise<SqlBackend> {
  const folder = temporaryFolder('insights-duckdb-');
  const dir = folder.path;
  const instance = await DuckDBInstance.create(':memory:', {
    threads: String(availableParallelism()),
    memory_limit: options.memoryLimit ?? '1GB',
    temp_directory: join(dir, 'spill'),
    preserve_insertion_order: 'true',
  });
  const setup = await instance.connect();
  await setup.run(`ATTACH ${sqlString('duckdb', join(dir, 'rows.duckdb'))} AS rows`);
  const [[version]] = (await setup.runAndReadAll('SELECT version()')).getRowsJS() as string[][];
  const connections = [setup];
  for (let i = 1; i < (options.connections ?? 8); i++) connections.push(await instance.connect());
  const pool = new Pool(connections);

  return {
    dialect: 'duckdb',
    description: `DuckDB ${version} (in-process)`,
    async run(sql) {
      await pool.use((conn) => conn.run(sql));
    },
    rows: (sql) => pool.use(async (conn) => plain((await conn.runAndReadAll(sql)).getRowsJS())),
    intColumns: (sql) =>
      pool.use(async (conn) => {
        const result = await conn.stream(sql);
        const pieces: Int32Array[][] = [];
        for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
          const rows = chunk.rowCount;
          pieces.push(
            Array.from({ length: result.columnCount }, (_, c) => {
              const vector = chunk!.getColumnVector(c);
              const out = new Int32Array(rows);
              for (let i = 0; i < rows; i++) out[i] = Number(vector.getItem(i));
              return out;
            }),
          );
        }
        return concatColumns(pieces, result.columnCount);
      }),
    async *stream(sql) {
      // A connection of its own: a slow download must not hold one of the pool's.
      const conn = await instance.connect();
      try {
        const result = await conn.stream(sql);
        for await (const rows of result.yieldRowsJs()) yield rows.map((row) => row[0] as string);
      } finally {
        conn.closeSync();
      }
    },
    async loadFile(path, header, keep) {
      await setup.run(readFileSql('duckdb', path, header, keep));
    },
    async close() {
      for (const conn of connections) conn.closeSync();
      instance.closeSync();
      folder.remove();
    },
  };
}

/** 64-bit integers and 128-bit sums as numbers (every figure here is far below 2^53). */
function plain(rows: unknown[][]): unknown[][] {
  for (const row of rows) for (let i = 0; i < row.length; i++) if (typeof row[i] === 'bigint') row[i] = Number(row[i]);
  return rows;
}
