/**
 * Benchmark of the reference server's engine: `node --import tsx bench/server.ts`.
 * Load time and median query time per resource (engine called directly, so no response
 * cache is involved) at 5,000 and 100,000 customers × 24 months, and at 100,000 a comparison
 * with the "no engine" alternative: the plain-TypeScript reference of server/test/reference.ts
 * (indexed by month, naive sets), the computation a partner without a database might write.
 */
import type { Dimension, QueryEcho } from '../src/data/contract.ts';
import type { RawRow } from '../server/data/raw-row.ts';
import { generateSample } from '../server/data/sample.ts';
import { createDuckDbEngine } from '../server/engine/duckdb-engine.ts';
import type { InsightsEngine } from '../server/engine/engine.ts';
import { addMonths } from '../server/engine/months.ts';
import { createReference, type Reference } from '../server/test/reference.ts';

const END = '2026-10';
const RUNS = 15;
/** The reference takes seconds per call at 100k: one run each, on the cheaper resources only. */
const REFERENCE_RUNS = 1;
const REFERENCE_RESOURCES = new Set(['monthly', 'breakdown by=product', 'trend by=product', 'dimensions']);
/** The dashboard's first view (no filters), and a typical drill-down. */
const STATES: [string, QueryEcho['filters']][] = [
  ['no filters', {}],
  ['market=US,GB,NL & product=Microsoft 365', { market: ['GB', 'NL', 'US'], product: ['Microsoft 365'] }],
];
type Resource = [name: string, by?: Dimension];
const RESOURCES: Resource[] = [
  ['monthly'], ['breakdown', 'market'], ['breakdown', 'product'], ['breakdown', 'sku'],
  ['trend', 'market'], ['trend', 'product'], ['dimensions'],
];

async function median(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function onEngine(engine: InsightsEngine, q: QueryEcho, [name, by]: Resource): () => Promise<unknown> {
  if (name === 'monthly') return () => engine.monthly(q);
  if (name === 'dimensions') return () => engine.dimensions();
  return name === 'breakdown' ? () => engine.breakdown(q, by!) : () => engine.trend(q, by!);
}

function onReference(ref: Reference, q: QueryEcho, [name, by]: Resource): () => unknown {
  if (name === 'monthly') return () => ref.monthly(q);
  if (name === 'dimensions') return () => ref.dimensions();
  return name === 'breakdown' ? () => ref.breakdown(q, by!) : () => ref.trend(q, by!);
}

async function exportTime(engine: InsightsEngine, q: QueryEcho): Promise<[number, number]> {
  const start = performance.now();
  let bytes = 0;
  for await (const chunk of engine.exportCsv(q)) bytes += chunk.length;
  return [performance.now() - start, bytes];
}

const ms = (t: number) => `${t.toFixed(1)} ms`.padStart(11);

/** Runs the benchmark and prints its tables. */
export async function benchServer(): Promise<void> {
  const range = { from: addMonths(END, -11), to: END };
  for (const customers of [5_000, 100_000]) {
    let start = performance.now();
    const rows: RawRow[] = generateSample({ customers, months: 24, endMonth: END });
    const generated = performance.now() - start;
    start = performance.now();
    const engine = await createDuckDbEngine(rows);
    const loaded = performance.now() - start;
    const compare = customers === 100_000;
    let reference: Reference | undefined;
    let indexed = 0;
    if (compare) {
      start = performance.now();
      reference = createReference(rows);
      indexed = performance.now() - start;
    }
    console.log(`\n## ${customers.toLocaleString('en')} customers × 24 months: ${rows.length.toLocaleString('en')} rows`);
    console.log(`sample generated in ${ms(generated)}; DuckDB load (encode + append + shape) ${ms(loaded)}` +
      (compare ? `; reference index ${ms(indexed)}` : ''));
    for (const [label, filters] of STATES) {
      const q = { ...range, filters };
      console.log(`\n### ${label}, ${range.from}..${range.to} (median of ${RUNS}` +
        (compare ? `; plain TS reference: ${REFERENCE_RUNS} run)` : ')'));
      console.log(`| resource              |      DuckDB |${compare ? ' plain TS ref | ratio ref/DuckDB |' : ''}`);
      console.log(`|-----------------------|-------------|${compare ? '--------------|------------------|' : ''}`);
      for (const resource of RESOURCES) {
        const duck = await median(RUNS, onEngine(engine, q, resource));
        const name = resource.filter(Boolean).join(' by=');
        let line = `| ${name.padEnd(21)} | ${ms(duck)} |`;
        if (reference && !REFERENCE_RESOURCES.has(name)) line += '            — |                — |';
        else if (reference) {
          const ref = await median(REFERENCE_RUNS, onReference(reference, q, resource));
          // Sub-0.1 ms timings (dimensions: precomputed at load) make a ratio meaningless.
          const ratio = duck < 0.1 ? '—' : `${(ref / duck).toFixed(1)}×`;
          line += `  ${ms(ref)} | ${ratio.padStart(16)} |`;
        }
        console.log(line);
      }
      const [exported, bytes] = await exportTime(engine, q);
      console.log(`| export (CSV, streamed)| ${ms(exported)} |${compare ? '              |                  |' : ''} ${(bytes / 1e6).toFixed(1)} MB`);
    }
    await engine.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchServer();
