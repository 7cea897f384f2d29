/**
 * One benchmark run of the reference server in a process of its own (so peak RSS is its own):
 * `node --import tsx bench/support/server-run.ts <customers> <db> [file|-] [serve]`. Loads the
 * sample (or `file`), serves it on a free port, and prints one JSON line: load time, peak RSS,
 * the cold and warm times of the dashboard's seven requests sent at once, without and with
 * filters, then a reload's time and peak RSS (the data loaded again beside the data answering,
 * see `reload`). With `serve` (no reload) it then keeps serving for a load test from the parent and prints its
 * RSS and longest GC pause when stdin closes.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { sampleChunks } from '../../server/data/sample.ts';
import type { DataSource, InsightsEngine } from '../../server/engine/engine.ts';
import { addMonths } from '../../server/months.ts';
import { startServer } from '../../server/main.ts';
import { openEngine } from '../../server/engine/open.ts';

export const END = '2026-10';
/** The dashboard's requests for one filter state, as the browser sends them. */
export const SEVEN = [
  '/customers/monthly?',
  '/customers/breakdown?by=market&',
  '/customers/breakdown?by=partnerLocation&',
  '/customers/breakdown?by=product&',
  '/customers/breakdown?by=sku&',
  '/customers/trend?by=market&',
  '/dimensions',
];
const MARKETS = ['US', 'GB', 'NL', 'DE', 'FR', 'CA', 'AU', 'ES'];
const PRODUCTS = ['Microsoft 365', 'Microsoft Azure', 'Dynamics 365', 'Power BI', 'Enterprise Mobility + Security'];

/** The i-th filter state never asked before: a 12-month range ending `i % 12` months back, … */
export function state(i: number, filtered: boolean, to = addMonths(END, -(i % 12)), months = 12): string {
  const params = new URLSearchParams({ from: addMonths(to, 1 - months), to });
  if (filtered) {
    // … plus two or three markets and one product (the "two filters").
    const k = Math.floor(i / 12);
    for (let j = 0; j < 2 + (k % 2); j++) params.append('market', MARKETS[(k + j * 3) % MARKETS.length]!);
    params.append('product', PRODUCTS[k % PRODUCTS.length]!);
  }
  return params.toString();
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;

async function seven(base: string, query: string): Promise<number> {
  const start = performance.now();
  await Promise.all(
    SEVEN.map(async (path) => {
      const res = await fetch(base + path + (path.endsWith('?') || path.endsWith('&') ? query : ''));
      if (res.status !== 200) throw new Error(`${res.status} ${path}${query}`);
      await res.arrayBuffer();
    }),
  );
  return performance.now() - start;
}

async function main(): Promise<void> {
  const [customersArg, db = 'duckdb', fileArg, mode] = process.argv.slice(2);
  const file = fileArg && fileArg !== '-' ? fileArg : undefined;
  const customers = Number(customersArg);
  // A generated sample is a one-pass iterable: each load gets its own.
  const source = (): DataSource => (file ? { file } : { columns: sampleChunks({ customers, endMonth: END }) });
  const start = performance.now();
  const engine: InsightsEngine = await openEngine(db, source());
  const loadSeconds = (performance.now() - start) / 1000;
  const loadRss = process.resourceUsage().maxRSS / 1024;
  // The server answers from whichever engine `serving` holds (a reload switches it).
  let serving = engine;
  const server = await startServer({
    port: 0,
    engine: new Proxy(engine, {
      get: (_, name) => {
        const value = Reflect.get(serving, name) as unknown;
        return typeof value === 'function' ? value.bind(serving) : value;
      },
    }),
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rounds = 12;
  const result: Record<string, unknown> = { customers, db: engine.description, loadSeconds, loadPeakRssMb: loadRss };
  // Not counted: the first answers after a load carry its after-effects (JIT, collecting the
  // load's garbage): whichever kind of state was measured first came out 3–10 ms slower. Six
  // states none of the measured ones asks (6-month ranges ending before theirs).
  for (let i = 0; i < 3; i++) for (const filtered of [false, true]) await seven(base, state(i, filtered, addMonths(END, -12 - i), 6));
  for (const filtered of [false, true]) {
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < rounds; i++) {
      cold.push(await seven(base, state(i, filtered)));
      warm.push(await seven(base, state(i, filtered)));
    }
    const label = filtered ? 'filtered' : 'unfiltered';
    result[label] = {
      coldMedian: quantile(cold, 0.5),
      coldP95: quantile(cold, 0.95),
      warmMedian: quantile(warm, 0.5),
      warmP95: quantile(warm, 0.95),
    };
  }
  result.peakRssMb = process.resourceUsage().maxRSS / 1024;
  if (mode !== 'serve') Object.assign(result, await reload(db, source, engine, (next) => (serving = next), base));
  result.port = (server.address() as AddressInfo).port;
  result.rssMb = process.memoryUsage().rss / 1048576;
  console.log(JSON.stringify(result));
  if (mode === 'serve') {
    let maxGcMs = 0;
    let maxGcKind = '';
    const gcTotals: Record<string, { count: number; ms: number }> = {};
    const KINDS: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weakcb' };
    const gc = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const kind = KINDS[(entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0] ?? 'other';
        (gcTotals[kind] ??= { count: 0, ms: 0 }).count++;
        gcTotals[kind].ms += entry.duration;
        if (entry.duration > maxGcMs) [maxGcMs, maxGcKind] = [entry.duration, kind];
      }
    });
    gc.observe({ entryTypes: ['gc'] });
    process.stdin.resume();
    await new Promise((resolve) => process.stdin.once('end', resolve));
    gc.disconnect();
    console.log(JSON.stringify({ rssMb: process.memoryUsage().rss / 1048576, maxGcMs, maxGcKind, gcTotals }));
  }
  // Load-test connections may linger in keep-alive: close them, or the process never ends.
  server.closeAllConnections();
  server.close();
  await serving.close();
}

/**
 * A reload as the live server does one: the same source loaded into a second engine while the
 * first keeps answering (four clients send dashboards of cached and new filter states without
 * pause), then a switch and the old engine closed. Its time, the process's peak RSS over the
 * run (both data sets held at the end of the load), and the requests answered meanwhile.
 */
async function reload(db: string, source: () => DataSource, old: InsightsEngine, use: (engine: InsightsEngine) => void, base: string) {
  let done = false;
  let answered = 0;
  let failed = 0;
  const client = async (c: number) => {
    for (let i = 0; !done; i++) {
      await seven(base, state(c * 1000 + i, i % 2 === 1)).then(
        () => (answered += 7),
        () => (failed += 7),
      );
    }
  };
  const clients = [0, 1, 2, 3].map(client);
  const start = performance.now();
  let next: InsightsEngine;
  try {
    next = await openEngine(db, source());
  } catch (error) {
    // chdb binds one data folder per process: no second engine beside the first.
    done = true;
    await Promise.all(clients);
    return { reloadError: (error as Error).message.split('\n')[0] };
  }
  const reloadSeconds = (performance.now() - start) / 1000;
  use(next);
  done = true;
  await Promise.all(clients);
  await old.close();
  return { reloadSeconds, reloadPeakRssMb: process.resourceUsage().maxRSS / 1024, reloadAnswered: answered, reloadFailed: failed };
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
