/**
 * `npm run bench -- explain`: the time of each counts path (server/README.md quotes them) on
 * DuckDB-loaded data at 100k customers (BENCH_CUSTOMERS). The queries no longer run in SQL:
 * the tables are read into memory after the load (pre-index.ts, mask-index.ts).
 */
import type { Dimension } from '../src/data/contract.ts';
import { sampleChunks } from '../server/data/sample.ts';
import { openDuckDb } from '../server/engine/duckdb-backend.ts';
import { createSqlEngine } from '../server/engine/sql-engine.ts';
import type { MaskIndex } from '../server/engine/mask-index.ts';
import type { PreIndex } from '../server/engine/pre-index.ts';
import type { CodedQuery } from '../server/engine/queries.ts';
import { monthIndex } from '../server/months.ts';

export async function bench(): Promise<void> {
  const customers = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
  const backend = await openDuckDb();
  const engine = await createSqlEngine(backend, { columns: sampleChunks({ customers, endMonth: '2026-10' }) });
  const { catalog, masks, pre, dependencies } = engine as unknown as {
    catalog: { code(v: string): number };
    masks: MaskIndex;
    pre: PreIndex;
    dependencies: Map<string, Map<string, Map<number, number>>>;
  };
  const range = { lo: monthIndex('2025-11') - 1, hi: monthIndex('2026-10') };
  const filtered: CodedQuery = {
    ...range,
    filters: { market: ['US', 'GB', 'NL'].map((v) => catalog.code(v)), product: [catalog.code('Microsoft 365')] },
  };
  const twoProducts: CodedQuery = {
    ...range,
    filters: { ...filtered.filters, product: ['Microsoft 365', 'Power BI'].map((v) => catalog.code(v)) },
  };
  const plain: CodedQuery = { ...range, filters: {} };
  // What the engine sends for by=sku under a product filter: the SKUs of that product.
  const skuProduct = dependencies.get('sku')!.get('product')!;
  const skus = [...skuProduct].filter(([, product]) => product === filtered.filters.product![0]).map(([sku]) => sku);
  const bySku: CodedQuery = { ...range, filters: { market: filtered.filters.market!, sku: skus } };
  const byChannel: CodedQuery = { ...range, filters: { market: filtered.filters.market!, salesChannel: [catalog.code('CSP')] } };
  const twoFilters: CodedQuery = { ...filtered, filters: { ...filtered.filters, salesChannel: [catalog.code('CSP')] } };
  const cases: [string, () => unknown][] = [
    ...(['none', 'market', 'product', 'sku'] as const).map((by): [string, () => unknown] => [
      `counts by ${by}, no filters (pre)`,
      () => pre.counts(plain, by === 'none' ? null : (by as Dimension)),
    ]),
    ['counts by market, market + product filters (pre, product = one member)', () => pre.counts(filtered, 'market')],
    ['counts by sku, market + product filters (pre: a SKU determines its product)', () => pre.counts(bySku, 'sku')],
    ['counts by sku, market + channel filters (pre_pairs: one channel)', () => pre.counts(byChannel, 'sku')],
    ['counts by partnerLocation, market + product filters (pre_pairs: one product)', () => pre.counts(filtered, 'partnerLocation')],
    ['counts by partnerLocation, market + two products (prof)', () => masks.counts(twoProducts, 'partnerLocation')],
    ['counts, market + product + channel filters (prof)', () => masks.counts(twoFilters, null)],
    ['subscriptions, no filters (pre_subs)', () => pre.subscriptions(plain)],
    ['subscriptions, market + product filters (pre_subs: one subscription-level dimension)', () => pre.subscriptions(filtered)],
    ['subscriptions, market + product + channel filters (subs)', () => masks.subscriptions(twoFilters)],
  ];
  console.log(`\n## The counts paths in memory, ${customers.toLocaleString('en')} customers, 12 months (median of 21 warm runs)\n`);
  for (const [label, run] of cases) {
    const times = Array.from({ length: 21 }, () => {
      const start = performance.now();
      run();
      return performance.now() - start;
    }).sort((x, y) => x - y);
    console.log(`- ${label}: ${times[10]!.toFixed(3)} ms`);
  }
  await engine.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
