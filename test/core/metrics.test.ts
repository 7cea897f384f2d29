/** core/metrics: the KPI tiles' figures from the monthly response. */
import { expect } from '@open-wc/testing';
import { isEmptyMonthly, kpiFigures, percentChange } from '../../src/core/metrics.js';
import type { MonthlyResponse } from '../../src/data/contract.js';

const monthly: MonthlyResponse = {
  query: { from: '2026-01', to: '2026-03', filters: {} },
  before: { month: '2025-12', customers: 40 },
  months: [
    { month: '2026-01', customers: 50, active: 30, new: 12, existing: 38, churned: 2 },
    { month: '2026-02', customers: 45, active: 0, new: 0, existing: 45, churned: 5 },
    { month: '2026-03', customers: 60, active: 33, new: 18, existing: 42, churned: 3 },
  ],
  products: [],
};

describe('core/metrics', () => {
  it('computes % change as (last − first) / first, undefined when first is 0', () => {
    expect(percentChange(50, 60)).to.equal(0.2);
    expect(percentChange(0, 60)).to.equal(null);
    expect(percentChange(undefined, undefined)).to.equal(null);
  });

  it('gives each tile its figure, series and secondary numbers', () => {
    expect(kpiFigures(monthly, 'customers')).to.deep.equal({ value: 60, change: 0.2, series: [50, 45, 60] });
    expect(kpiFigures(monthly, 'active').change).to.be.closeTo(0.1, 1e-9);
    const added = kpiFigures(monthly, 'added');
    expect(added.value).to.equal(30);
    expect(added.netAdded).to.equal(20);
    expect(added.change).to.equal(0.5);
    const churned = kpiFigures(monthly, 'churned');
    expect(churned.value).to.equal(10);
    expect(churned.churnRate).to.equal(0.25);
    expect(kpiFigures({ ...monthly, before: { month: '2025-12', customers: 0 } }, 'churned').churnRate).to.equal(null);
  });

  it('knows an empty range', () => {
    expect(isEmptyMonthly(monthly)).to.equal(false);
    expect(isEmptyMonthly({ ...monthly, months: monthly.months.map((m) => ({ ...m, customers: 0, churned: 0 })) })).to.equal(true);
  });
});
