/** The generated sample: deterministic, big enough, and covering the domain's long tails. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateSample } from '../data/sample.ts';
import { qualifies } from '../data/raw-row.ts';
import { lastCompleteMonth } from '../months.ts';

describe('generateSample', () => {
  const rows = generateSample({ endMonth: '2026-06' });
  const values = (pick: (r: (typeof rows)[number]) => string) => new Set(rows.map(pick));

  test('defaults: 5,000 customers, 24 months ending at the given month; deterministic', () => {
    assert.equal(values((r) => r.customerTenantId).size, 5000);
    const months = [...values((r) => r.month)].sort();
    assert.deepEqual([months.length, months[0], months.at(-1)], [24, '2024-07', '2026-06']);
    assert.deepEqual(generateSample({ customers: 50, endMonth: '2026-06' }), generateSample({ customers: 50, endMonth: '2026-06' }));
    assert.ok(generateSample({ customers: 1 }).every((r) => r.month <= lastCompleteMonth()));
  });

  test('markets: skewed, with a long tail of tiny countries', () => {
    const perMarket = new Map<string, Set<string>>();
    for (const r of rows) {
      if (!perMarket.has(r.customerMarket)) perMarket.set(r.customerMarket, new Set());
      perMarket.get(r.customerMarket)!.add(r.customerTenantId);
    }
    for (const tiny of ['SG', 'LU', 'MT', 'BH', 'HK', 'MC', 'LI', 'AD', 'SM', 'BB', 'MV', 'XK']) assert.ok(perMarket.has(tiny), tiny);
    const us = perMarket.get('US')!.size;
    assert.ok(us > 1000 && us > 2 * perMarket.get('GB')!.size && perMarket.get('NL')!.size > 200, `US ${us}`);
  });

  test('every value of DOMAIN.md appears', () => {
    assert.equal(values((r) => r.product).size, 5);
    assert.ok(values((r) => r.sku).size >= 11);
    assert.equal(values((r) => r.customerSegment).size, 5);
    assert.equal(values((r) => r.salesChannel).size, 6);
    assert.equal(values((r) => r.partnerAttributionType).size, 6);
    assert.deepEqual([...values((r) => r.azurePricingModel)].filter(Boolean).length, 5);
    assert.ok(rows.every((r) => (r.product === 'Microsoft Azure') === (r.azurePricingModel !== '')));
    assert.ok(values((r) => r.partnerLocation).size >= 3);
    assert.deepEqual([...values((r) => r.subscriptionState)].sort(), ['Active', 'Deprovisioned', 'Renewed', 'Suspended']);
  });

  test('customers churn and come back, hold several subscriptions, vary in usage', () => {
    const months = new Map<string, Set<string>>();
    const subscriptions = new Map<string, Set<string>>();
    for (const r of rows) {
      if (!subscriptions.has(r.customerTenantId)) subscriptions.set(r.customerTenantId, new Set());
      subscriptions.get(r.customerTenantId)!.add(r.subscriptionId);
      if (!qualifies(r)) continue;
      if (!months.has(r.customerTenantId)) months.set(r.customerTenantId, new Set());
      months.get(r.customerTenantId)!.add(r.month);
    }
    const sorted = [...values((r) => r.month)].sort();
    const returned = [...months.values()].filter((set) => {
      const flags = sorted.map((m) => set.has(m));
      return flags.some((on, i) => !on && flags.slice(0, i).includes(true) && flags.slice(i).includes(true));
    });
    assert.ok(returned.length > 50, `returned ${returned.length}`);
    assert.ok([...subscriptions.values()].filter((s) => s.size >= 2).length > 1000);
    const used = rows.filter((r) => qualifies(r) && r.activeUsers > 0).length;
    const paid = rows.filter(qualifies).length;
    assert.ok(used > paid * 0.5 && used < paid * 0.95, `${used} of ${paid}`);
  });
});
