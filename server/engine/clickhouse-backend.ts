/**
 * A ClickHouse server over HTTP (`--db clickhouse://user:pass@host:8123/db`, or
 * `clickhouses://` for TLS) through @clickhouse/client. The database named in the URL belongs
 * to the reference server: it (re)creates its tables there (`src`, `cust`, `dict`, `prof`,
 * `subs`, `pre`, `pre_pairs`, `pre_subs`). The file is streamed to the server as the body of one INSERT.
 */
import { createReadStream } from 'node:fs';
import { createClient } from '@clickhouse/client';
import type { SqlBackend } from './backend.ts';
import { insertFileSql } from './queries.ts';

/**
 * The URL names one database and the tables live there under fixed names: a second load would
 * overwrite the tables the data serving reads.
 */
const CANNOT_RELOAD =
  `a ClickHouse server's database holds one copy of the tables, so new data cannot load beside the data it serves: ` +
  'restart the server to load the new file, or serve it with --db duckdb or --db chdb, which reload without downtime';

/** Every table the engine creates, dropped before loading. */
const TABLES = ['src', 'g', 'cust', 'dict', 'gc', 'prof0', 'prof', 'subs', 'pre', 'pre_pairs', 'pre_subs'];

/** Opens the backend on the server `url` names; fails when it cannot be reached. */
export async function openClickHouse(url: string): Promise<SqlBackend> {
  const http = new URL(url.replace(/^clickhouse(s?):\/\//, (_, tls: string) => `http${tls}://`));
  const client = createClient({
    url: http,
    // Shaping a million customers takes minutes on a small server.
    request_timeout: 30 * 60_000,
    max_open_connections: 8,
    clickhouse_settings: {
      output_format_json_quote_64bit_integers: 0,
      // Keeps a long statement's connection alive through proxies.
      send_progress_in_http_headers: 1,
      http_headers_progress_interval_ms: '60000',
    },
  });
  const rows = async (sql: string) =>
    ((await (await client.query({ query: sql, format: 'JSONCompact' })).json()) as { data: unknown[][] }).data;
  let version: string;
  try {
    [[version]] = (await rows('SELECT version()')) as string[][];
  } catch (error) {
    await client.close();
    throw new Error(`cannot reach ClickHouse at ${http.host}: ${(error as Error).message}`);
  }
  for (const table of TABLES) await client.command({ query: `DROP TABLE IF EXISTS ${table}` });
  return {
    dialect: 'clickhouse',
    description: `ClickHouse ${version} (${http.host}${http.pathname})`,
    cannotReload: CANNOT_RELOAD,
    async run(sql) {
      await client.command({ query: sql });
    },
    rows,
    async *stream(sql) {
      const result = await client.query({ query: sql, format: 'JSONCompactEachRow' });
      for await (const batch of result.stream<[string]>()) yield batch.map((row) => row.json()[0]);
    },
    async loadFile(path, header, keep) {
      const [create, insert] = insertFileSql(header, keep);
      await client.command({ query: create });
      const { stream } = await client.exec({ query: insert, values: createReadStream(path) });
      stream.destroy();
    },
    async close() {
      await client.close();
    },
  };
}
