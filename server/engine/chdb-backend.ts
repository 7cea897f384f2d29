/**
 * ClickHouse embedded in the process through chdb (ClickHouse 26.x as a library). chdb is
 * not a dependency of the package (≈ 0.5 GB): `node scripts/ensure-chdb.mjs` installs it into
 * .chdb/, as `npm test` does. Tables are MergeTree in a temporary folder, read by ClickHouse
 * itself; the SQL is queries.ts' ClickHouse dialect, the same statements a server runs.
 */
import { createRequire } from 'node:module';
import type { SqlBackend } from './backend.ts';
import { Pool } from './pool.ts';
import { readFileSql } from './queries.ts';
import { temporaryFolder } from './temp-dir.ts';

/** Result chunks read ahead of the consumer of an export stream. */
const STREAM_AHEAD = 4;

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
  const folder = temporaryFolder('insights-chdb-');
  const session = new Session(folder.path, { connectionArgs: ['--output_format_json_quote_64bit_integers=0'] });
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
      let stopped = false;
      let wake: (() => void) | undefined;
      let space: (() => void) | undefined;
      // RawBLOB writes each value as is: the CSV lines, one after the other. A few chunks ahead
      // at most: a client that reads slowly (or not at all) must not make the server hold the
      // whole export in memory.
      const reading = exports.use(async (s) => {
        for await (const chunk of s.queryStream(sql, { format: 'RawBLOB' })) {
          if (stopped) break;
          chunks.push(chunk.text());
          wake?.();
          while (chunks.length >= STREAM_AHEAD && !stopped) await new Promise<void>((resolve) => (space = resolve));
        }
      }).finally(() => {
        done = true;
        wake?.();
      });
      try {
        while (!done || chunks.length) {
          if (chunks.length) {
            yield [chunks.shift()!];
            space?.();
          } else await new Promise<void>((resolve) => (wake = resolve));
        }
        await reading;
      } finally {
        // The consumer went away: end the query, freeing the session for the next export.
        stopped = true;
        space?.();
        await reading.catch(() => undefined);
      }
    },
    async loadFile(path, header) {
      await session.queryAsync(readFileSql('clickhouse', path, header));
    },
    async close() {
      session.close();
      folder.remove();
    },
  };
}
