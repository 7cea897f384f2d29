/** Engine + HTTP handler against the independent reference, on handcrafted and sample data. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIMENSIONS, type Filters, type QueryEcho } from '../../src/data/contract.ts';
import type { RawRow } from '../data/raw-row.ts';
import { generateSample } from '../data/sample.ts';
import { EDGE_ROWS } from './fixtures.ts';
import { ENGINES, serve } from './helpers.ts';
import { createReference } from './reference.ts';

/** Query string of `q`, filters repeated per value. */
function qs(q: QueryEcho, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ from: q.from, to: q.to, ...extra });
  for (const [dim, values] of Object.entries(q.filters)) for (const v of values) params.append(dim, v);
  return '?' + params.toString();
}

/** Compares every resource for every query and every dimension, on every engine. */
function compareAll(name: string, rows: RawRow[], queries: QueryEcho[]) {
  for (const db of ENGINES) compareOn(db, name, rows, queries);
}

function compareOn(db: string, name: string, rows: RawRow[], queries: QueryEcho[]) {
  describe(`${name} on ${db}`, () => {
    let server: Awaited<ReturnType<typeof serve>>;
    const reference = createReference(rows);
    before(async () => (server = await serve(rows, { db })));
    after(() => server.close());

    test('dimensions', async () => {
      assert.deepEqual(await server.get('dimensions'), reference.dimensions());
    });
    for (const q of queries) {
      test(`monthly, breakdown and trend ${qs(q)}`, async () => {
        assert.deepEqual(await server.get('monthly', qs(q)), reference.monthly(q));
        for (const by of DIMENSIONS) {
          assert.deepEqual(await server.get('breakdown', qs(q, { by })), reference.breakdown(q, by), `breakdown by ${by}`);
          assert.deepEqual(await server.get('trend', qs(q, { by })), reference.trend(q, by), `trend by ${by}`);
        }
      });
    }
  });
}

const range = (from: string, to: string, filters: Filters = {}): QueryEcho => ({ from, to, filters });

compareAll('edge cases', EDGE_ROWS, [
  range('2025-01', '2025-06'),
  range('2025-02', '2025-06'),
  range('2025-01', '2025-04'),
  range('2025-03', '2025-03'),
  range('2024-01', '2024-06'), // empty range before the data
  range('2025-05', '2025-10'), // runs past the data
  range('2025-01', '2025-06', { market: ['IE'] }),
  range('2025-01', '2025-06', { market: ['GB'] }),
  range('2025-01', '2025-06', { market: ['DE', 'NL'], segment: ['Education', 'SM&C Commercial'] }),
  range('2025-01', '2025-06', { salesChannel: ['EA'] }),
  range('2025-02', '2025-05', { product: ['Microsoft Azure', 'Power BI'] }),
  range('2025-01', '2025-06', { pricingModel: ['Azure plan'], market: ['NL'] }),
  range('2025-01', '2025-06', { partnerLocation: ['1002'], sku: ['Office 365 E3'] }),
  range('2025-01', '2025-06', { attributionType: ['CSP Tier 1'] }),
  range('2025-01', '2025-06', { product: ['Nope'] }),
]);

const SAMPLE = generateSample({ customers: 300, months: 24, endMonth: '2026-06', seed: 7 });
compareAll('generated sample (300 customers)', SAMPLE, [
  range('2025-07', '2026-06'),
  range('2024-07', '2026-06'),
  range('2025-01', '2025-12', { market: ['NL', 'US'] }),
  // The dashboard's filter state: markets and one product (by location: the pair pre-aggregate).
  range('2025-07', '2026-06', { market: ['GB', 'NL', 'US'], product: ['Microsoft 365'] }),
  range('2025-01', '2025-12', { partnerLocation: ['4810124'] }),
  range('2025-07', '2026-06', { product: ['Microsoft 365'], salesChannel: ['CSP', 'EA'] }),
  range('2026-01', '2026-06', { segment: ['Education', 'SM&C Commercial'], attributionType: ['CSP Tier 1'] }),
  range('2025-07', '2026-06', { product: ['Microsoft 365', 'Power BI'], market: ['US'] }),
  range('2025-07', '2026-06', { product: ['Microsoft 365'], sku: ['Office 365 E3', 'Power BI Pro'] }),
]);

// A SKU determines its product in the sample, so by=sku under a product filter is read from the
// per-member pre-aggregate; here some rows break that, and the general path must take over.
const MIXED = SAMPLE.slice(0, 2000).map((row, i) => (i % 37 === 0 ? { ...row, product: 'Power BI' } : row));
compareAll('a SKU under two products', MIXED, [
  range('2025-07', '2026-06', { product: ['Power BI'] }),
  range('2025-07', '2026-06', { product: ['Microsoft 365', 'Power BI'], market: ['US'] }),
]);

for (const db of ENGINES)
  describe(`hand-computed figures (edge cases) on ${db}`, () => {
    let server: Awaited<ReturnType<typeof serve>>;
    before(async () => (server = await serve(EDGE_ROWS, { db })));
    after(() => server.close());

    test('monthly: churn and return, suspension, renewal, first month of data', async () => {
      const body = await server.get('monthly', '?from=2025-02&to=2025-06');
      assert.deepEqual(body.before, { month: '2025-01', customers: 5 });
      const figures = body.months.map((r) => [r.customers, r.active, r.new, r.existing, r.churned]);
      assert.deepEqual(figures, [
        [5, 5, 1, 4, 1], // 02: D arrives, C suspended
        [4, 4, 0, 4, 1], // 03: B gone
        [6, 6, 2, 4, 0], // 04: B back, C reactivated
        [6, 5, 0, 6, 0], // 05: D renewed still counts; B without usage
        [5, 5, 0, 5, 1], // 06: D deprovisioned
      ]);
      assert.deepEqual(
        body.products!.map((p) => [p.key, p.customers]),
        [
          ['Microsoft 365', 4],
          ['Power BI', 1],
        ],
      );
    });

    test('subscriptions: distinct Active or Renewed subscriptions (not Suspended), under filters', async () => {
      const subscriptions = async (query: string) =>
        (await server.get('monthly', `?from=2025-03&to=2025-05${query}`)).months.map((r) => r.subscriptions);
      // 03, D, E, F-1, F-2 (C suspended, B gone); 04: + B, C; 05: A-2 ended, D renewed stays.
      assert.deepEqual(await subscriptions(''), [6, 8, 7]);
      assert.deepEqual(await subscriptions('&salesChannel=EA'), [2, 2, 2]); // E, F-2
      assert.deepEqual(await subscriptions('&market=NL'), [4, 4, 3]); // A and F
      assert.deepEqual(await subscriptions('&market=NL&product=Microsoft%20Azure'), [1, 1, 0]);
      // Renewed counts as it does for customers: D is a customer in 05 and its subscription counts.
      const dynamics = await server.get('monthly', '?from=2025-03&to=2025-06&product=Dynamics%20365');
      assert.deepEqual(
        dynamics.months.map((r) => [r.customers, r.subscriptions]),
        [
          [1, 1],
          [1, 1],
          [1, 1],
          [0, 0],
        ],
      );
    });

    test('the first month of data has no month before it', async () => {
      const body = await server.get('monthly', '?from=2025-01&to=2025-01');
      assert.deepEqual(body.before, { month: '2024-12', customers: 0 });
      assert.deepEqual(body.months[0], { month: '2025-01', customers: 5, active: 5, new: 5, existing: 0, churned: 0, subscriptions: 5 });
    });

    test('breakdown rows sum to more than the total for products', async () => {
      const body = await server.get('breakdown', '?from=2025-01&to=2025-04&by=product');
      assert.equal(body.total.customers, 6);
      assert.deepEqual(
        body.rows.map((r) => [r.key, r.customers]),
        [
          ['Microsoft 365', 4],
          ['Dynamics 365', 1],
          ['Microsoft Azure', 1],
          ['Power BI', 1],
        ],
      );
    });

    test('breakdown over 02–06: added and churned, first month against the month before', async () => {
      const body = await server.get('breakdown', '?from=2025-02&to=2025-06&by=product');
      assert.deepEqual(body.total, { customers: 5, active: 5, added: 3, churned: 3 });
      const dynamics = body.rows.find((r) => r.key === 'Dynamics 365');
      assert.deepEqual(dynamics, { key: 'Dynamics 365', label: 'Dynamics 365', customers: 0, active: 0, added: 1, churned: 1 });
    });

    test('customer-level market: a customer that moved counts in its latest market only', async () => {
      const body = await server.get('breakdown', '?from=2025-01&to=2025-06&by=market');
      assert.deepEqual(
        body.rows.map((r) => [r.key, r.label, r.customers]),
        [
          ['NL', 'Netherlands', 2],
          ['DE', 'Germany', 1],
          ['IE', 'Ireland', 1],
          ['US', 'United States', 1],
          ['XK', 'Kosovo', 0], // churned in 06: still a row, its figures are not all zero
        ],
      );
      const gb = await server.get('monthly', '?from=2025-01&to=2025-06&market=GB');
      assert.ok(gb.months.every((r) => r.customers === 0));
    });

    test('subscription-level filter: a customer counts when any matching subscription qualifies', async () => {
      const body = await server.get('monthly', '?from=2025-02&to=2025-04&salesChannel=EA');
      // F qualifies through its EA subscription from 03, which has no usage: not active.
      assert.deepEqual(
        body.months.map((r) => [r.customers, r.new, r.active]),
        [
          [1, 0, 1],
          [2, 1, 1],
          [2, 0, 1],
        ],
      );
    });

    test('labels: Kosovo, location names, SKU products', async () => {
      const dims = await server.get('dimensions');
      assert.deepEqual(dims.range, { min: '2025-01', max: '2025-06' });
      assert.ok(dims.dimensions.market!.some((m) => m.key === 'XK' && m.label === 'Kosovo'));
      assert.deepEqual(dims.dimensions.partnerLocation, [
        { key: '1001', label: 'Contoso Amsterdam' },
        { key: '1002', label: 'Contoso Berlin' },
      ]);
      assert.ok(dims.dimensions.sku!.every((s) => typeof s.product === 'string'));
      const bySku = await server.get('breakdown', '?from=2025-01&to=2025-06&by=sku');
      assert.ok(bySku.rows.every((r) => r.product));
    });

    test('default range: the last 12 months with data', async () => {
      const body = await server.get('monthly');
      assert.deepEqual([body.query.from, body.query.to], ['2024-07', '2025-06']);
    });
  });

for (const db of ENGINES)
  describe(`no data at all on ${db}`, () => {
    let server: Awaited<ReturnType<typeof serve>>;
    before(async () => (server = await serve([], { db })));
    after(() => server.close());

    test('dimensions has a null range and empty members; figures are zero', async () => {
      const dims = await server.get('dimensions');
      assert.equal(dims.range, null);
      assert.ok(Object.values(dims.dimensions).every((members) => members.length === 0));
      const monthly = await server.get('monthly');
      assert.equal(monthly.months.length, 12);
      assert.ok(monthly.months.every((r) => r.customers === 0));
    });
  });
