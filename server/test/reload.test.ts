/**
 * Live data on real engines (DuckDB, chdb) and real file swaps: the server listens before its
 * first load (503 "still loading", `/readyz` 503, `/healthz` 200), then a replaced export is
 * loaded while a steady load of requests runs: not one fails, the answers switch to the new
 * file's truth, the validators change, a broken replacement is refused with the old truth still
 * answering, and every replaced engine is closed (its memory given back; on chdb its database
 * is gone from `system.tables`). A ClickHouse server refuses a reload with what to do.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { DataInfo, DimensionsResponse } from '../../src/data/contract.ts';
import { writeCsv } from '../data/csv-file.ts';
import { LiveData } from '../data-source/live-data.ts';
import { createReloader, type Reloader } from '../data-source/reloader.ts';
import { columnsOf, type RawRow } from '../data/raw-row.ts';
import { generateSample } from '../data/sample.ts';
import type { InsightsEngine } from '../engine/engine.ts';
import { openChdb } from '../engine/chdb-backend.ts';
import { openEngine } from '../engine/open.ts';
import { startServer } from '../main.ts';
import { assertValid, testEngine, until } from './helpers.ts';
import { createReference, type Reference } from './reference.ts';

const SAMPLE = { months: 12, endMonth: '2026-06' };
const OLD_ROWS = generateSample({ ...SAMPLE, customers: 300, seed: 1 });
const NEW_ROWS = generateSample({ ...SAMPLE, customers: 420, seed: 2 });
const PATHS = [
  '/customers/monthly',
  '/customers/breakdown?by=market',
  '/customers/breakdown?by=sku&market=US',
  '/customers/trend?by=product',
  '/dimensions',
];
/** A CSV export, streamed while the other resources are asked for. */
const EXPORT = '/customers/export?from=2026-01&to=2026-06';
const quiet = { info() {}, error() {} };
/** How long a load may take on a busy machine (the swap comes when the engine is loaded). */
const LOAD_MS = 60_000;

/**
 * The chdb databases holding tables, and how many each (chdb's one data folder per process:
 * every engine open has a database there). Undefined on other engines.
 */
async function chdbTables(db: string): Promise<Record<string, number> | undefined> {
  if (db !== 'chdb') return undefined;
  const probe = await openChdb();
  try {
    const rows = await probe.rows("SELECT database, count() FROM system.tables WHERE match(database, '^g[0-9]+$') GROUP BY database");
    return Object.fromEntries(rows.map(([database, tables]) => [database, Number(tables)]));
  } finally {
    await probe.close();
  }
}

for (const db of ['duckdb', 'chdb'])
  describe(`live data on ${db}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'insights-reload-'));
    const file = join(dir, 'export.csv');
    const live = new LiveData();
    const engines: { engine: InsightsEngine; closed: boolean }[] = [];
    let base: string;
    let server: Awaited<ReturnType<typeof startServer>>;
    let reloader: Reloader;

    /** Replaces the export as export jobs do: written beside it, renamed over it. */
    const replace = async (rows: readonly RawRow[] | string) => {
      const next = join(dir, 'next.csv');
      if (typeof rows === 'string') writeFileSync(next, rows);
      else await writeCsv(next, [columnsOf(rows)]);
      renameSync(next, file);
    };
    const dimensions = async () => (await (await fetch(`${base}/dimensions`)).json()) as DimensionsResponse & { data: DataInfo };
    /** On chdb: the tables per database, asserting one database holds any (the serving engine's). */
    const servingTables = async () => {
      const tables = await chdbTables(db);
      if (tables) assert.equal(Object.keys(tables).length, 1, `one database with tables: ${JSON.stringify(tables)}`);
      return tables;
    };

    /** Asserts every resource answers `reference`'s figures. */
    const assertTruth = async (reference: Reference) => {
      for (const path of PATHS) {
        const body = await (await fetch(base + path)).json();
        const by = new URL(path, base).searchParams.get('by') as never;
        const name = path.split('?')[0]!.split('/').at(-1)!;
        if (name === 'dimensions') {
          assertValid('dimensions', body);
          const { data: _, ...rest } = body;
          assert.deepEqual(rest, reference.dimensions(), path);
          continue;
        }
        const expected =
          name === 'monthly'
            ? reference.monthly(body.query)
            : name === 'breakdown'
              ? reference.breakdown(body.query, by)
              : reference.trend(body.query, by);
        assert.deepEqual(body, expected, path);
      }
    };

    before(async () => {
      await writeCsv(file, [columnsOf(OLD_ROWS)]);
      server = await startServer({ port: 0, engine: live });
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      reloader = createReloader({
        live,
        source: { file },
        debounceMs: 150,
        log: quiet,
        open: async (source) => {
          const engine = await openEngine(db, source);
          const entry = { engine, closed: false };
          engines.push(entry);
          const close = engine.close.bind(engine);
          engine.close = async () => (await close(), void (entry.closed = true));
          return engine;
        },
      });
    });
    after(async () => {
      reloader.close();
      await new Promise((resolve) => server.close(resolve));
      await live.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('up at once: health 200, readiness and the API 503 with Retry-After until the first load ends', async () => {
      assert.equal((await fetch(`${base}/healthz`)).status, 200);
      const ready = await fetch(`${base}/readyz`);
      assert.equal(ready.status, 503);
      assert.equal(ready.headers.get('retry-after'), '2');
      const res = await fetch(`${base}/customers/monthly`);
      assert.equal(res.status, 503);
      assert.equal(res.headers.get('retry-after'), '2');
      const problem = await res.json();
      assertValid('problem', problem);
      assert.match(problem.detail, /loading its data/);
      const loaded = await reloader.reload('start');
      assert.ok(loaded.ok);
      assert.equal((await fetch(`${base}/readyz`)).status, 200);
      const { data } = await dimensions();
      assert.equal(data.customers, 300);
      assert.equal(data.rows, OLD_ROWS.length);
      assert.ok(data.modifiedAt && data.loadedAt >= data.modifiedAt);
      await assertTruth(createReference(OLD_ROWS));
    });

    test('a replaced export under load: no request fails, answers switch, validators change, the old engine closes', async () => {
      reloader.watch();
      const before = await dimensions();
      const etagBefore = (await fetch(`${base}/customers/monthly`)).headers.get('etag');
      const tablesBefore = await servingTables();
      const failures: string[] = [];
      let answered = 0;
      let running = true;
      // Eight clients, each sending the next request as soon as the last is answered; two of them
      // export every other time (an export streams while the others query the same data).
      const clients = Array.from({ length: 8 }, async (_, i) => {
        for (let n = i; running; n++) {
          const path = i < 2 && n % 2 ? EXPORT : PATHS[n % PATHS.length]!;
          try {
            const res = await fetch(base + path);
            const body = await res.text();
            if (res.status !== 200) failures.push(`${res.status} ${path}`);
            else if (path === EXPORT && !body.endsWith('\r\n')) failures.push(`${path}: cut short`);
          } catch (error) {
            failures.push(`${path}: ${(error as Error).message}`);
          }
          answered++;
        }
      });
      try {
        await replace(NEW_ROWS);
        await until(async () => (await dimensions()).data.version !== before.data.version, 'the new version', LOAD_MS);
        // Keep the load going a little past the switch.
        const after = answered;
        await until(async () => answered > after + 40, 'requests after the switch', LOAD_MS);
      } finally {
        running = false;
        await Promise.all(clients);
      }
      assert.deepEqual(failures, []);
      assert.ok(answered > 40, `${answered} requests answered`);
      await assertTruth(createReference(NEW_ROWS));
      const { data } = await dimensions();
      assert.equal(data.customers, 420);
      assert.notEqual((await fetch(`${base}/customers/monthly`)).headers.get('etag'), etagBefore);
      await live.settled();
      assert.deepEqual(
        engines.map((e) => e.closed),
        [true, false],
        'the replaced engine is closed, the new one serves',
      );
      const tablesAfter = await servingTables();
      if (tablesBefore && tablesAfter) {
        assert.notDeepEqual(Object.keys(tablesAfter), Object.keys(tablesBefore), 'the replaced database is dropped');
        assert.deepEqual(Object.values(tablesAfter), Object.values(tablesBefore), 'the new database has every table');
      }
    });

    test('a broken replacement is refused with its line: the old truth answers, readiness holds, the refusal shows', async () => {
      const { data: before } = await dimensions();
      const tablesBefore = await servingTables();
      const header =
        'Month,CustomerTenantId,CustomerMarket,CustomerSegment,PartnerLocation,PartnerAttributionType,SalesChannel,Product,SKU,SubscriptionId,SubscriptionState,ActiveUsers';
      await replace(
        `${header}\n2026-01,t1,NL,Education,1,PAL,CSP,Teams,Teams,s1,Active,3\n2026-13,t1,NL,Education,1,PAL,CSP,Teams,Teams,s1,Active,3\n`,
      );
      await until(async () => (await dimensions()).data.lastFailedLoad !== undefined, 'the refusal', LOAD_MS);
      const { data } = await dimensions();
      assert.equal(data.version, before.version);
      assert.match(data.lastFailedLoad!.message, /^line 3: Month "2026-13" is not YYYY-MM/);
      assert.equal((await fetch(`${base}/readyz`)).status, 200);
      await assertTruth(createReference(NEW_ROWS));
      const metrics = await (await fetch(`${base}/metrics`)).text();
      assert.match(metrics, /^insights_data_loads_total\{result="failure"\} 1$/m);
      assert.match(metrics, /^insights_data_loads_total\{result="success"\} 2$/m);
      await live.settled();
      assert.deepEqual(
        engines.map((e) => e.closed),
        [true, false],
        'nothing half-loaded stays open',
      );
      assert.deepEqual(await servingTables(), tablesBefore, 'the refused load left no tables');
    });

    test('SIGHUP-style reload of the same file: a new version, the figures unchanged, the old engine closed', async () => {
      const { data: before } = await dimensions();
      await replace(NEW_ROWS);
      await until(async () => (await dimensions()).data.version !== before.version, 'the reload', LOAD_MS);
      const result = await reloader.reload('SIGHUP');
      assert.ok(result.ok);
      await assertTruth(createReference(NEW_ROWS));
      await live.settled();
      assert.deepEqual(
        engines.map((e) => e.closed),
        [true, true, true, false],
      );
      await servingTables();
    });
  });

describe('live data on a ClickHouse server (clickhouse://)', () => {
  test('a reload is refused with what to do: the old truth keeps answering', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'insights-reload-'));
    const file = join(dir, 'export.csv');
    // Small: every statement crosses HTTP to the stand-in.
    const rows = generateSample({ ...SAMPLE, customers: 30, seed: 3 });
    await writeCsv(file, [columnsOf(rows)]);
    const { engine, close } = await testEngine('clickhouse', { file });
    const live = LiveData.of(engine, { version: 'v1', loadedAt: new Date().toISOString(), rows: rows.length, customers: 30 });
    let opened = 0;
    const reloader = createReloader({ live, source: { file }, log: quiet, open: async () => (opened++, engine) });
    try {
      await writeCsv(file, [columnsOf(NEW_ROWS)]);
      const result = await reloader.reload('SIGHUP');
      assert.ok(!result.ok);
      assert.match(result.error.message, /restart the server to load the new file, or serve it with --db duckdb or --db chdb/);
      assert.equal(opened, 0, 'nothing loaded beside the tables serving');
      assert.equal(live.info?.version, 'v1');
      assert.match(live.info!.lastFailedLoad!.message, /holds one copy of the tables/);
      const lease = live.acquire()!;
      assert.deepEqual(await lease.engine.dimensions(), createReference(rows).dimensions());
      lease.release();
    } finally {
      reloader.close();
      await close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('server/main.ts --data: the command line wiring', () => {
  test('listens before the load ends, then reloads on SIGHUP and on a rename over the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'insights-main-'));
    const file = join(dir, 'export.csv');
    await writeCsv(file, [columnsOf(OLD_ROWS)]);
    const main = fileURLToPath(new URL('../main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--data', file], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    try {
      await until(async () => /localhost:(\d+)\//.test(out), 'the listening line', 30_000);
      const base = `http://127.0.0.1:${/localhost:(\d+)\//.exec(out)![1]}`;
      assert.equal((await fetch(`${base}/healthz`)).status, 200);
      await until(async () => (await fetch(`${base}/readyz`)).status === 200, 'ready', LOAD_MS);
      const version = async () => ((await (await fetch(`${base}/dimensions`)).json()) as { data: DataInfo }).data;
      const first = await version();
      assert.equal(first.customers, 300);
      child.kill('SIGHUP');
      await until(async () => (await version()).version !== first.version, 'the SIGHUP reload', LOAD_MS);
      const second = await version();
      await writeCsv(join(dir, 'next.csv'), [columnsOf(NEW_ROWS)]);
      renameSync(join(dir, 'next.csv'), file);
      await until(async () => (await version()).customers === 420, 'the reload of the renamed file', LOAD_MS);
      assert.notEqual((await version()).version, second.version);
      assert.match(out, /Loaded export\.csv \(SIGHUP\)/);
      assert.match(out, /Loaded export\.csv \(the file changed\) .* 420 customers/);
    } finally {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
