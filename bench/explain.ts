/**
 * `npm run bench -- explain`: EXPLAIN ANALYZE of the engine's statements on DuckDB at 100k
 * customers (the figures server/README.md quotes): per statement its total time and its
 * heaviest operators with their row counts.
 */
import type { Dimension } from '../src/data/contract.ts';
import { sampleChunks } from '../server/data/sample.ts';
import { openDuckDb } from '../server/engine/duckdb-backend.ts';
import { createSqlEngine } from '../server/engine/sql-engine.ts';
import { countsSql, subscriptionsSql, type CodedQuery } from '../server/engine/queries.ts';
import { monthIndex } from '../server/months.ts';

interface Operator { operator_name?: string; operator_timing?: number; operator_cardinality?: number; children?: Operator[] }

function operators(node: Operator, out: Operator[] = []): Operator[] {
  if (node.operator_name) out.push(node);
  for (const child of node.children ?? []) operators(child, out);
  return out;
}

export async function bench(): Promise<void> {
  const customers = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
  const backend = await openDuckDb();
  const engine = await createSqlEngine(backend, { columns: sampleChunks({ customers, endMonth: '2026-10' }) });
  const { catalog, base, dependencies } = engine as unknown as {
    catalog: { code(v: string): number };
    base: number;
    dependencies: Map<string, Map<string, Map<number, number>>>;
  };
  const range = { lo: monthIndex('2025-11') - 1, hi: monthIndex('2026-10') };
  const filtered: CodedQuery = { ...range, filters: { market: ['US', 'GB', 'NL'].map((v) => catalog.code(v)), product: [catalog.code('Microsoft 365')] } };
  const twoProducts: CodedQuery = { ...range, filters: { ...filtered.filters, product: ['Microsoft 365', 'Power BI'].map((v) => catalog.code(v)) } };
  const plain: CodedQuery = { ...range, filters: {} };
  // What the engine sends for by=sku under a product filter: the SKUs of that product.
  const skuProduct = dependencies.get('sku')!.get('product')!;
  const skus = [...skuProduct].filter(([, product]) => product === filtered.filters.product![0]).map(([sku]) => sku);
  const bySku: CodedQuery = { ...range, filters: { market: filtered.filters.market!, sku: skus } };
  const byChannel: CodedQuery = { ...range, filters: { market: filtered.filters.market!, salesChannel: [catalog.code('CSP')] } };
  const statements: [string, string][] = [
    ...(['none', 'market', 'product', 'sku'] as const).map((by): [string, string] =>
      [`counts by ${by}, no filters (pre)`, countsSql('duckdb', plain, by === 'none' ? null : (by as Dimension), base)]),
    ['counts by market, market + product filters (pre, product = one member)', countsSql('duckdb', filtered, 'market', base)],
    ['counts by sku, market + product filters (pre: a SKU determines its product)', countsSql('duckdb', bySku, 'sku', base)],
    ['counts by sku, market + channel filters (pre_pairs: one channel)', countsSql('duckdb', byChannel, 'sku', base)],
    ['counts by partnerLocation, market + product filters (pre_pairs: one product)', countsSql('duckdb', filtered, 'partnerLocation', base)],
    ['counts by partnerLocation, market + two products (prof)', countsSql('duckdb', twoProducts, 'partnerLocation', base)],
    ['subscriptions, no filters (pre_subs)', subscriptionsSql('duckdb', plain, base)],
    ['subscriptions, market + product filters (pre_subs: one subscription-level dimension)', subscriptionsSql('duckdb', filtered, base)],
    ['subscriptions, market + product + channel filters (subs)', subscriptionsSql('duckdb', { ...filtered, filters: { ...filtered.filters, salesChannel: [catalog.code('CSP')] } }, base)],
  ];
  console.log(`\n## EXPLAIN ANALYZE on DuckDB, ${customers.toLocaleString('en')} customers, 12 months (warm runs)\n`);
  for (const [label, sql] of statements) {
    for (let i = 0; i < 3; i++) await backend.rows(sql);
    const [[, json]] = (await backend.rows(`EXPLAIN (ANALYZE, FORMAT json) ${sql}`)) as [string, string][];
    const root = JSON.parse(json!) as Operator & { latency?: number };
    const heavy = operators(root).sort((a, b) => (b.operator_timing ?? 0) - (a.operator_timing ?? 0)).slice(0, 3);
    console.log(`- ${label}: ${((root.latency ?? 0) * 1000).toFixed(1)} ms; ` +
      heavy.map((o) => `${o.operator_name} ${((o.operator_timing ?? 0) * 1000).toFixed(1)} ms (${(o.operator_cardinality ?? 0).toLocaleString('en')} rows)`).join(', '));
  }
  const sizes = await backend.rows(`SELECT 'prof', count(*) FROM prof UNION ALL SELECT 'subs', count(*) FROM subs UNION ALL SELECT 'pre', count(*) FROM pre UNION ALL SELECT 'pre_pairs', count(*) FROM pre_pairs UNION ALL SELECT 'pre_subs', count(*) FROM pre_subs UNION ALL SELECT 'src', count(*) FROM rows.src`);
  console.log(`- table rows: ${sizes.map(([t, n]) => `${t} ${Number(n).toLocaleString('en')}`).join(', ')}`);
  await engine.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
