/**
 * Live data on real engines and real file swaps: the server listens before its first load
 * (503 "still loading", `/readyz` 503, `/healthz` 200), then a replaced export is loaded while
 * a steady load of requests runs: not one fails, the answers switch to the new file's truth,
 * the validators change, a broken replacement is refused with the old truth still answering,
 * and every replaced engine is closed (its memory given back).
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
import { openEngine } from '../engine/open.ts';
import { CANNOT_RELOAD, startServer } from '../main.ts';
import { assertValid } from './helpers.ts';
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
const quiet = { info() {}, error() {} };

/** Polls `check` every 50 ms until it holds (the swap comes when the engine is loaded). */
async function until(check: () => Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const db of ['duckdb', 'chdb']) describe(`live data on ${db}`, () => {
  const reloads = db === 'duckdb';
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
      const expected = name === 'monthly' ? reference.monthly(body.query) : name === 'breakdown'
        ? reference.breakdown(body.query, by) : reference.trend(body.query, by);
      assert.deepEqual(body, expected, path);
    }
  };

  before(async () => {
    await writeCsv(file, [columnsOf(OLD_ROWS)]);
    server = await startServer({ port: 0, engine: live });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    reloader = createReloader({
      live, source: { file }, debounceMs: 150, log: quiet, cannotReload: reloads ? undefined : CANNOT_RELOAD,
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

  if (!reloads) {
    test('chdb cannot hold two loads: a replaced export is refused with the reason, the old truth keeps answering', async () => {
      reloader.watch();
      const { data: before } = await dimensions();
      await replace(NEW_ROWS);
      await until(async () => (await dimensions()).data.lastFailedLoad !== undefined, 'the refusal');
      const { data } = await dimensions();
      assert.equal(data.version, before.version);
      assert.match(data.lastFailedLoad!.message, /restart the server to load the new file/);
      assert.equal((await fetch(`${base}/readyz`)).status, 200);
      await assertTruth(createReference(OLD_ROWS));
      assert.deepEqual(engines.map((e) => e.closed), [false]);
    });
    return;
  }

  test('a replaced export under load: no request fails, answers switch, validators change, the old engine closes', async () => {
    reloader.watch();
    const before = await dimensions();
    const etagBefore = (await fetch(`${base}/customers/monthly`)).headers.get('etag');
    const failures: string[] = [];
    let answered = 0;
    let running = true;
    // Eight clients, each sending the next request as soon as the last is answered.
    const clients = Array.from({ length: 8 }, async (_, i) => {
      for (let n = i; running; n++) {
        const res = await fetch(base + PATHS[n % PATHS.length]).catch((error: Error) => error);
        if (res instanceof Error || res.status !== 200) failures.push(res instanceof Error ? res.message : `${res.status} ${PATHS[n % PATHS.length]}`);
        else await res.arrayBuffer();
        answered++;
      }
    });
    try {
      await replace(NEW_ROWS);
      await until(async () => (await dimensions()).data.version !== before.data.version, 'the new version');
      // Keep the load going a little past the switch.
      const after = answered;
      await until(async () => answered > after + 40, 'requests after the switch');
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
    assert.deepEqual(engines.map((e) => e.closed), [true, false], 'the replaced engine is closed, the new one serves');
  });

  test('a broken replacement is refused with its line: the old truth answers, readiness holds, the refusal shows', async () => {
    const { data: before } = await dimensions();
    const header = 'Month,CustomerTenantId,CustomerMarket,CustomerSegment,PartnerLocation,PartnerAttributionType,SalesChannel,Product,SKU,SubscriptionId,SubscriptionState,ActiveUsers';
    await replace(`${header}\n2026-01,t1,NL,Education,1,PAL,CSP,Teams,Teams,s1,Active,3\n2026-13,t1,NL,Education,1,PAL,CSP,Teams,Teams,s1,Active,3\n`);
    await until(async () => (await dimensions()).data.lastFailedLoad !== undefined, 'the refusal');
    const { data } = await dimensions();
    assert.equal(data.version, before.version);
    assert.match(data.lastFailedLoad!.message, /^line 3: Month "2026-13" is not YYYY-MM/);
    assert.equal((await fetch(`${base}/readyz`)).status, 200);
    await assertTruth(createReference(NEW_ROWS));
    const metrics = await (await fetch(`${base}/metrics`)).text();
    assert.match(metrics, /^insights_data_loads_total\{result="failure"\} 1$/m);
    assert.match(metrics, /^insights_data_loads_total\{result="success"\} 2$/m);
    await live.settled();
    assert.deepEqual(engines.map((e) => e.closed), [true, false], 'nothing half-loaded stays open');
  });

  test('SIGHUP-style reload of the same file: a new version, the figures unchanged, the old engine closed', async () => {
    const { data: before } = await dimensions();
    await replace(NEW_ROWS);
    await until(async () => (await dimensions()).data.version !== before.version, 'the reload');
    const result = await reloader.reload('SIGHUP');
    assert.ok(result.ok);
    await assertTruth(createReference(NEW_ROWS));
    await live.settled();
    assert.deepEqual(engines.map((e) => e.closed), [true, true, true, false]);
  });
});

describe('server/main.ts --data: the command line wiring', () => {
  test('listens before the load ends, then reloads on SIGHUP and on a rename over the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'insights-main-'));
    const file = join(dir, 'export.csv');
    await writeCsv(file, [columnsOf(OLD_ROWS)]);
    const main = fileURLToPath(new URL('../main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--data', file], {
      env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    try {
      await until(async () => /localhost:(\d+)\//.test(out), 'the listening line', 30_000);
      const base = `http://127.0.0.1:${/localhost:(\d+)\//.exec(out)![1]}`;
      assert.equal((await fetch(`${base}/healthz`)).status, 200);
      await until(async () => (await fetch(`${base}/readyz`)).status === 200, 'ready', 60_000);
      const version = async () => ((await (await fetch(`${base}/dimensions`)).json()) as { data: DataInfo }).data;
      const first = await version();
      assert.equal(first.customers, 300);
      child.kill('SIGHUP');
      await until(async () => (await version()).version !== first.version, 'the SIGHUP reload', 60_000);
      const second = await version();
      await writeCsv(join(dir, 'next.csv'), [columnsOf(NEW_ROWS)]);
      renameSync(join(dir, 'next.csv'), file);
      await until(async () => (await version()).customers === 420, 'the reload of the renamed file', 60_000);
      assert.notEqual((await version()).version, second.version);
      assert.match(out, /Loaded export\.csv \(SIGHUP\)/);
      assert.match(out, /Loaded export\.csv \(the file changed\) .* 420 customers/);
    } finally {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
