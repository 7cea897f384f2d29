/**
 * ClickHouse embedded in the process through chdb (ClickHouse 26.x as a library). chdb is
 * not a dependency of the package (≈ 0.5 GB): `node scripts/ensure-chdb.mjs` installs it into
 * .chdb/, as `npm test` does. Tables are MergeTree in a temporary folder, read by ClickHouse
 * itself; the SQL is queries.ts' ClickHouse dialect, the same statements a server runs.
 *
 * chdb binds one data folder per process, so every backend open at once (the data serving and
 * a reload loading beside it) shares that folder, each in a database of its own: sessions at
 * the same folder share the engine but each has its own current database (`USE`), so the
 * unqualified SQL of queries.ts reads the backend's own tables. Closing a backend drops its
 * database (its parts and memory given back); the folder goes with the last one.
 */
import { createRequire } from 'node:module';
import type { SqlBackend } from './backend.ts';
import { Pool } from './pool.ts';
import { readFileSql } from './queries.ts';
import { temporaryFolder } from './temp-dir.ts';

/** Result chunks read ahead of the consumer of an export stream. */
const STREAM_AHEAD = 4;
const CONNECTION_ARGS = ['--output_format_json_quote_64bit_integers=0'];

/** The part of chdb's API used here. */
interface ChdbSession {
  queryAsync(sql: string, options?: { format?: string }): Promise<{ text(): string }>;
  queryStream(sql: string, options?: { format?: string }): AsyncIterable<{ text(): string }>;
  close(): void;
}
type SessionClass = new (path: string, options?: { connectionArgs?: string[] }) => ChdbSession;

/** chdb from .chdb/ (where the tests install it) or from wherever Node finds it. */
function loadChdb(): { Session: SessionClass } {
  for (const base of [new URL('../../.chdb/package.json', import.meta.url), import.meta.url]) {
    try {
      return createRequire(base)('chdb');
    } catch {
      // try the next place
    }
  }
  throw new Error('chdb is not installed: run `node scripts/ensure-chdb.mjs` (≈ 0.5 GB) to use --db chdb');
}

/** The process' one chdb data folder, while any backend is open. */
interface Instance {
  folder: ReturnType<typeof temporaryFolder>;
  /** Backends open. */
  open: number;
  /** Databases created so far (names `g1`, `g2`, …). */
  created: number;
}
let instance: Instance | undefined;

/** Opens an empty chdb backend: a database of its own in the process' data folder. */
export async function openChdb(): Promise<SqlBackend> {
  const { Session } = loadChdb();
  const shared = (instance ??= { folder: temporaryFolder('insights-chdb-'), open: 0, created: 0 });
  shared.open++;
  const database = `g${++shared.created}`;
  const sessions: ChdbSession[] = [];
  let disposed = false;
  /** Drops the database (SYNC: its parts gone from disk, its caches from memory), then the sessions. */
  const dispose = async () => {
    if (disposed) return;
    disposed = true;
    try {
      if (sessions[0]) await sessions[0].queryAsync(`DROP DATABASE IF EXISTS ${database} SYNC`);
    } finally {
      for (const session of sessions) session.close();
      if (--shared.open === 0) {
        shared.folder.remove();
        if (instance === shared) instance = undefined;
      }
    }
  };
  const connect = () => {
    const session = new Session(shared.folder.path, { connectionArgs: CONNECTION_ARGS });
    sessions.push(session);
    return session;
  };
  let version: string;
  let query: ChdbSession;
  let streaming: ChdbSession;
  const rows = async (sql: string) => {
    const text = (await query.queryAsync(sql, { format: 'JSONCompact' })).text();
    return text ? (JSON.parse(text) as { data: unknown[][] }).data : [];
  };
  try {
    query = connect();
    streaming = connect();
    await query.queryAsync(`CREATE DATABASE ${database}`);
    for (const session of sessions) await session.queryAsync(`USE ${database}`);
    [[version]] = (await rows('SELECT version()')) as string[][];
  } catch (error) {
    await dispose().catch(() => undefined);
    throw error;
  }
  // A session streams one result at a time, and its stream breaks when the session runs another
  // query meanwhile: exports take turns on a session that does nothing else.
  const exports = new Pool([streaming]);
  return {
    dialect: 'clickhouse',
    description: `ClickHouse ${version} (chdb, in-process)`,
    async run(sql) {
      await query.queryAsync(sql);
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
      const reading = exports
        .use(async (session) => {
          for await (const chunk of session.queryStream(sql, { format: 'RawBLOB' })) {
            if (stopped) break;
            chunks.push(chunk.text());
            wake?.();
            while (chunks.length >= STREAM_AHEAD && !stopped) await new Promise<void>((resolve) => (space = resolve));
          }
        })
        .finally(() => {
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
    async loadFile(path, header, keep) {
      await query.queryAsync(readFileSql('clickhouse', path, header, keep));
    },
    close: dispose,
  };
}
