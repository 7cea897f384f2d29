/**
 * ClickHouse embedded in the process through chdb (ClickHouse 26.x as a library). chdb is
 * not a dependency of the package (≈ 0.5 GB): `node scripts/ensure-chdb.mjs` installs it into
 * .chdb/, as `npm test` does. Tables are MergeTree in a temporary folder, read by ClickHouse
 * itself; the SQL is queries.ts' ClickHouse dialect, the same statements a server runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileHeader } from '../data/load-file.ts';
import { RAW_COLUMNS } from '../data/raw-row.ts';
import type { SqlBackend } from './backend.ts';
import { Pool } from './pool.ts';
import { SRC_COLUMN, sqlString } from './queries.ts';

/** The part of chdb's API used here. */
interface ChdbSession {
  queryAsync(sql: string, options?: { format?: string }): Promise<{ text(): string }>;
  queryStream(sql: string, options?: { format?: string }): AsyncIterable<{ text(): string }>;
  close(): void;
}

/** chdb from .chdb/ (where the tests install it) or from wherever Node finds it. */
function loadChdb(): { Session: new (path: string, options?: { connectionArgs?: string[] }) => ChdbSession } {
  for (const base of [new URL('../../.chdb/package.json', import.meta.url), import.meta.url]) {
    try {
      return createRequire(base)('chdb');
    } catch {
      // try the next place
    }
  }
  throw new Error('chdb is not installed: run `node scripts/ensure-chdb.mjs` (≈ 0.5 GB) to use --db chdb');
}

/** Opens an empty chdb backend in a temporary folder. */
export async function openChdb(): Promise<SqlBackend> {
  const { Session } = loadChdb();
  const dir = mkdtempSync(join(tmpdir(), 'insights-chdb-'));
  const session = new Session(dir, { connectionArgs: ['--output_format_json_quote_64bit_integers=0'] });
  const rows = async (sql: string) => {
    const text = (await session.queryAsync(sql, { format: 'JSONCompact' })).text();
    return text ? (JSON.parse(text) as { data: unknown[][] }).data : [];
  };
  const [[version]] = (await rows('SELECT version()')) as string[][];
  // chdb streams one result per session at a time: exports wait their turn.
  const exports = new Pool([session]);
  return {
    dialect: 'clickhouse',
    description: `ClickHouse ${version} (chdb, in-process)`,
    async run(sql) {
      await session.queryAsync(sql);
    },
    rows,
    async *stream(sql) {
      const chunks: string[] = [];
      let done = false;
      let wake: (() => void) | undefined;
      // RawBLOB writes each value as is: the CSV lines, one after the other.
      const reading = exports.use(async (s) => {
        for await (const chunk of s.queryStream(sql, { format: 'RawBLOB' })) {
          chunks.push(chunk.text());
          wake?.();
        }
      }).finally(() => {
        done = true;
        wake?.();
      });
      while (!done || chunks.length) {
        if (chunks.length) yield [chunks.shift()!];
        else await new Promise<void>((resolve) => (wake = resolve));
      }
      await reading;
    },
    async loadFile(path, header) {
      await session.queryAsync(readFileSql(path, header));
    },
    async close() {
      session.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `src` from the file by ClickHouse's CSV reader: trimmed text, and `pos`, the record's position. */
export function readFileSql(path: string, header: FileHeader, source?: string): string {
  const structure = Array.from({ length: header.columnCount }, (_, i) => `c${i} String`).join(', ');
  const select = RAW_COLUMNS.map(([, field]) => {
    const at = header.positions.get(field);
    return `${at === undefined ? "''" : `trimBoth(c${at})`} AS ${SRC_COLUMN[field]}`;
  });
  const from = source ?? `file(${sqlString('clickhouse', path)}, 'CSV', ${sqlString('clickhouse', structure)})`;
  return `CREATE TABLE src ENGINE = MergeTree ORDER BY pos AS
    SELECT toUInt64(assumeNotNull(_row_number)) AS pos, ${select.join(', ')} FROM ${from}
    SETTINGS input_format_csv_skip_first_lines = 1, format_csv_delimiter = ${sqlString('clickhouse', header.delimiter)},
      input_format_csv_allow_variable_number_of_columns = 0, input_format_csv_empty_as_default = 1`;
}
