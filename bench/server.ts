/**
 * Benchmark of the reference endpoint: `npm run bench -- server`. For each engine (DuckDB,
 * ClickHouse through chdb) and size (10k, 100k customers from the sample; 1M from a sample
 * export file of ≈ 5 GB, so the loader is measured on a file far beyond 512 MB), in a process
 * of its own: load time, peak RSS, and cold (new filter state) and warm (cached) median and p95
 * of the dashboard's seven requests sent at once, without and with filters; then a reload (the
 * same data loaded again while the first copy answers four clients without pause): its time,
 * the peak RSS with both copies held, and the dashboards answered and failed meanwhile (live
 * reloads keep the old data answering the same way). BENCH_BIG_FILE names the 1M export
 * (default `.bench/sample-1m.csv`; written when missing). Then a loopback
 * load test: 50 connections for 30 s on a mix of uncached filter states (autocannon), twice: the
 * dashboard's requests of 400 filter states (`dashboard`), and every request its own filter
 * state (`diverse`: 1–3 filtered dimensions of 1–2 members, a random range, every resource).
 * BENCH_SIZES=10000,100000 and BENCH_ENGINES=duckdb narrow it (BENCH_NODE_FLAGS replaces the
 * server process's Node flags, e.g. "" for none); one run at a time keeps it
 * under ≈ 2 GB of memory. The machine's 1-minute load average is printed beside each run: on a
 * shared machine it explains most of the spread.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { DIMENSIONS, type DimensionsResponse } from '../src/data/contract.ts';
import { mulberry32 } from '../server/data/sample.ts';
import { writeSampleCsv } from './support/sample-csv.ts';
import { END, SEVEN, state } from './support/server-run.ts';

const RUN = fileURLToPath(new URL('./support/server-run.ts', import.meta.url));
/** The 1M-customer export (≈ 5.2 GB): BENCH_BIG_FILE, else `.bench/sample-1m.csv`; written when missing. */
const BIG_FILE = process.env.BENCH_BIG_FILE ?? fileURLToPath(new URL('../.bench/sample-1m.csv', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const ENGINES = (process.env.BENCH_ENGINES ?? 'duckdb,chdb').split(',');
const LOAD_TEST = { customers: 100_000, connections: 50, seconds: 30 };
/** Node flags of the server's process: `npm start`'s (package.json), unless BENCH_NODE_FLAGS says otherwise. */
const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '--max-semi-space-size=64').split(' ').filter(Boolean);

interface Figures {
  coldMedian: number;
  coldP95: number;
  warmMedian: number;
  warmP95: number;
}
interface RunResult {
  db: string;
  customers: number;
  loadSeconds: number;
  peakRssMb: number;
  port: number;
  rssMb: number;
  reloadSeconds?: number;
  reloadPeakRssMb?: number;
  reloadAnswered?: number;
  reloadFailed?: number;
  reloadError?: string;
  unfiltered: Figures;
  filtered: Figures;
}

/** Starts a run; resolves with its first JSON line and the child (still serving with `serve`). */
function start(customers: number, db: string, file: string | undefined, serve: boolean) {
  const child = spawn(
    process.execPath,
    [...NODE_FLAGS, '--import', 'tsx', RUN, String(customers), db, file ?? '-', ...(serve ? ['serve'] : [])],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines: string[] = [];
  let buffer = '';
  const waiting: ((line: string) => void)[] = [];
  child.stdout.on('data', (data: Buffer) => {
    buffer += data;
    let at;
    while ((at = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, at);
      buffer = buffer.slice(at + 1);
      if (!line.startsWith('{')) continue;
      const next = waiting.shift();
      if (next) next(line);
      else lines.push(line);
    }
  });
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      if (lines.length) return resolve(lines.shift()!);
      waiting.push(resolve);
      child.once('exit', (code) => reject(new Error(`benchmark run exited with ${code}`)));
    });
  return { child, nextLine };
}

const ms = (t: number) => t.toFixed(t < 10 ? 1 : 0).padStart(6);

export async function bench(): Promise<void> {
  if (SIZES.includes(1_000_000) && !existsSync(BIG_FILE)) {
    mkdirSync(dirname(BIG_FILE), { recursive: true });
    const begun = performance.now();
    await writeSampleCsv(BIG_FILE, { customers: 1_000_000, endMonth: END });
    console.log(
      `(wrote the 1M-customer sample export, ${(statSync(BIG_FILE).size / 1e9).toFixed(2)} GB, in ${((performance.now() - begun) / 1000).toFixed(0)} s)`,
    );
  }
  console.log('\n## The seven requests of a dashboard at once (ms; cold = a filter state never asked before)\n');
  console.log(
    '| engine | customers | source | load | peak RSS | reload | peak RSS (reload) | answered / failed during reload | cold median | cold p95 | warm median | warm p95 | filtered cold median | cold p95 | warm median | warm p95 | machine load |',
  );
  console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const results: RunResult[] = [];
  for (const db of ENGINES) {
    for (const customers of SIZES) {
      const file = customers === 1_000_000 ? BIG_FILE : undefined;
      const run = start(customers, db, file, false);
      const r = JSON.parse(await run.nextLine()) as RunResult;
      results.push(r);
      if (r.reloadError) console.error(`(${r.db} ${customers}: no reload: ${r.reloadError})`);
      const u = r.unfiltered;
      const f = r.filtered;
      console.log(
        `| ${r.db} | ${customers.toLocaleString('en')} | ${file ? `CSV ${(statSync(file).size / 1e9).toFixed(1)} GB` : 'sample'} | ` +
          `${r.loadSeconds.toFixed(1)} s | ${(r.peakRssMb / 1024).toFixed(2)} GB | ` +
          (r.reloadError
            ? `refused | — | — | `
            : `${r.reloadSeconds!.toFixed(1)} s | ${(r.reloadPeakRssMb! / 1024).toFixed(2)} GB | ${r.reloadAnswered!.toLocaleString('en')} / ${r.reloadFailed} | `) +
          `${ms(u.coldMedian)} | ${ms(u.coldP95)} | ${ms(u.warmMedian)} | ${ms(u.warmP95)} | ` +
          `${ms(f.coldMedian)} | ${ms(f.coldP95)} | ${ms(f.warmMedian)} | ${ms(f.warmP95)} | ${loadavg()[0]!.toFixed(1)} |`,
      );
    }
  }
  if (ENGINES.length > 1) {
    console.log(`\nRatios ${ENGINES[1]} / ${ENGINES[0]} (same run; < 1 = ${ENGINES[1]} faster):`);
    for (const customers of SIZES) {
      const [a, b] = ENGINES.map((_, i) => results[i * SIZES.length + SIZES.indexOf(customers)]!);
      const ratio = (x: number, y: number) => (y / x).toFixed(2);
      console.log(
        `- ${customers.toLocaleString('en')}: load ${ratio(a!.loadSeconds, b!.loadSeconds)}, cold median ${ratio(a!.unfiltered.coldMedian, b!.unfiltered.coldMedian)}, ` +
          `filtered cold median ${ratio(a!.filtered.coldMedian, b!.filtered.coldMedian)}, peak RSS ${ratio(a!.peakRssMb, b!.peakRssMb)}`,
      );
    }
  }
  if (MIXES.length === 0) return;
  console.log(
    `\n## Load test: ${LOAD_TEST.connections} connections × ${LOAD_TEST.seconds} s on loopback, ${LOAD_TEST.customers.toLocaleString('en')} customers, uncached filter states\n`,
  );
  console.log('| engine | mix | requests/s | p50 ms | p99 ms | errors / non-2xx | RSS before → after | longest GC pause |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const db of ENGINES)
    for (const mix of MIXES) {
      const run = start(LOAD_TEST.customers, db, undefined, true);
      const r = JSON.parse(await run.nextLine()) as RunResult;
      const paths = mix === 'diverse' ? await diversePaths(`http://127.0.0.1:${r.port}`) : dashboardPaths();
      let next = 0;
      const result = await autocannon({
        url: `http://127.0.0.1:${r.port}`,
        connections: LOAD_TEST.connections,
        duration: LOAD_TEST.seconds,
        requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
      });
      run.child.stdin.end();
      const after = JSON.parse(await run.nextLine()) as {
        rssMb: number;
        maxGcMs: number;
        maxGcKind: string;
        gcTotals: Record<string, { count: number; ms: number }>;
      };
      run.child.kill();
      console.log(
        `| ${r.db} | ${mix} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ` +
          `${result.errors + result.timeouts} / ${result.non2xx} | ${r.rssMb.toFixed(0)} → ${after.rssMb.toFixed(0)} MB | ${after.maxGcMs.toFixed(1)} ms (${after.maxGcKind}) |`,
      );
      console.log(
        `  GC during the test: ${Object.entries(after.gcTotals)
          .map(([kind, t]) => `${kind} ${t.count}× ${t.ms.toFixed(0)} ms`)
          .join(', ')}`,
      );
    }
}

/** The load test's mixes (BENCH_LOAD_MIX narrows them; empty: no load test). */
const MIXES = (process.env.BENCH_LOAD_MIX ?? 'dashboard,diverse').split(',').filter(Boolean);

/** 400 filter states × 6 resources: each request a new state until the cache holds them. */
function dashboardPaths(): string[] {
  const paths: string[] = [];
  for (let i = 0; i < 400; i++) for (const path of SEVEN.slice(0, 6)) paths.push(path + state(200 + i, i % 2 === 1));
  return paths;
}

/**
 * 20,000 requests, each its own filter state (seeded): 1–3 filtered dimensions of 1–2 members
 * of the data, a random range (1–24 months ending in a random month with data), any resource
 * and grouping.
 */
export async function diversePaths(base: string): Promise<string[]> {
  const dims = (await (await fetch(`${base}/dimensions`)).json()) as DimensionsResponse;
  const random = mulberry32(21);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const months: string[] = [];
  for (let m = dims.range!.min; m <= dims.range!.max; m = nextMonth(m)) months.push(m);
  const filterable = DIMENSIONS.filter((d) => (dims.dimensions[d]?.length ?? 0) > 0);
  const paths: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const params = new URLSearchParams();
    const chosen = new Set<string>();
    for (let n = 1 + Math.floor(random() * 3); chosen.size < n;) chosen.add(pick(filterable));
    for (const d of chosen) {
      const members = dims.dimensions[d as (typeof DIMENSIONS)[number]]!;
      const keys = new Set([pick(members).key]);
      if (random() < 0.5) keys.add(pick(members).key);
      for (const key of keys) params.append(d, key);
    }
    const to = Math.floor(random() * months.length);
    const from = Math.max(0, to - Math.floor(random() * 24));
    params.set('from', months[from]!);
    params.set('to', months[to]!);
    const resource = pick(['monthly', 'breakdown', 'trend', 'breakdown'] as const);
    if (resource !== 'monthly') params.set('by', pick(filterable));
    paths.push(`/customers/${resource}?${params}`);
  }
  return paths;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
