/** core/compare-range and core/metrics' kpiComparison: the comparison range and its figures. */
import { expect } from '@open-wc/testing';
import { comparisonRange, coverage, hasDataFor, resolveRange } from '../../src/core/compare-range.js';
import { isFlow, kpiComparison } from '../../src/core/metrics.js';
import { sparklineDomain, sparklinePoints, sparklineY } from '../../src/core/sparkline.js';
import type { MonthlyResponse } from '../../src/data/contract.js';

const month = (m: string, customers: number, added: number, churned: number) => ({
  month: m,
  customers,
  active: customers - 1,
  new: added,
  existing: customers - added,
  churned,
  subscriptions: customers * 2,
});

describe('core/compare-range', () => {
  it('resolves a query as the endpoint does: `to` defaults to the last month with data, `from` to last − 1 before it', () => {
    expect(resolveRange({ last: 12 }, '2026-10')).to.deep.equal({ from: '2025-11', to: '2026-10' });
    expect(resolveRange({}, '2026-10')).to.deep.equal({ from: '2025-11', to: '2026-10' });
    expect(resolveRange({ last: 3 }, '2026-02')).to.deep.equal({ from: '2025-12', to: '2026-02' });
    expect(resolveRange({ from: '2026-01', to: '2026-06', last: 12 }, '2026-10')).to.deep.equal({ from: '2026-01', to: '2026-06' });
    expect(resolveRange({ to: '2026-06' }, '2026-10')).to.deep.equal({ from: '2025-07', to: '2026-06' });
  });

  it('previous-period: the range of the same length just before; previous-year: the same months a year earlier', () => {
    expect(comparisonRange({ from: '2025-11', to: '2026-10' }, 'previous-period')).to.deep.equal({ from: '2024-11', to: '2025-10' });
    expect(comparisonRange({ from: '2026-01', to: '2026-03' }, 'previous-period')).to.deep.equal({ from: '2025-10', to: '2025-12' });
    expect(comparisonRange({ from: '2026-01', to: '2026-03' }, 'previous-year')).to.deep.equal({ from: '2025-01', to: '2025-03' });
    expect(comparisonRange({ from: '2026-05', to: '2026-05' }, 'previous-period')).to.deep.equal({ from: '2026-04', to: '2026-04' });
    // 24 months: the previous period and the year before differ.
    expect(comparisonRange({ from: '2024-11', to: '2026-10' }, 'previous-period')).to.deep.equal({ from: '2022-11', to: '2024-10' });
    expect(comparisonRange({ from: '2024-11', to: '2026-10' }, 'previous-year')).to.deep.equal({ from: '2023-11', to: '2025-10' });
  });

  it('says how much of a range the data covers: full, partial from its first month, or none', () => {
    const bounds = { min: '2025-03', max: '2026-10' };
    expect(coverage({ from: '2025-03', to: '2025-12' }, bounds)).to.deep.equal({ kind: 'full' });
    expect(coverage({ from: '2024-07', to: '2025-06' }, bounds)).to.deep.equal({ kind: 'partial', firstMonth: '2025-03' });
    expect(coverage({ from: '2024-01', to: '2025-02' }, bounds)).to.deep.equal({ kind: 'none', firstMonth: '2025-03' });
    expect(coverage({ from: '2024-01', to: '2025-02' }, null)).to.deep.equal({ kind: 'none' });
    expect(hasDataFor('2025-03', bounds)).to.equal(true);
    expect(hasDataFor('2025-02', bounds)).to.equal(false);
    expect(hasDataFor('2025-03', null)).to.equal(false);
  });
});

describe('core/metrics kpiComparison', () => {
  const current: MonthlyResponse = {
    query: { from: '2026-01', to: '2026-03', filters: {} },
    before: { month: '2025-12', customers: 40 },
    months: [month('2026-01', 50, 12, 2), month('2026-02', 45, 0, 5), month('2026-03', 60, 18, 3)],
  };
  const previous: MonthlyResponse = {
    query: { from: '2025-10', to: '2025-12', filters: {} },
    before: { month: '2025-09', customers: 30 },
    months: [month('2025-10', 0, 0, 0), month('2025-11', 35, 10, 1), month('2025-12', 40, 6, 1)],
  };

  it('compares stocks by the last month of each range and flows by their sums', () => {
    expect(isFlow('added') && isFlow('churned') && !isFlow('customers') && !isFlow('products')).to.equal(true);
    expect(kpiComparison(current, previous, 'customers')).to.deep.equal({ previous: 40, change: 0.5, series: [0, 35, 40] });
    expect(kpiComparison(current, previous, 'subscriptions')!.change).to.equal(0.5);
    expect(kpiComparison(current, previous, 'active')!.previous).to.equal(39);
    expect(kpiComparison(current, previous, 'added')).to.deep.equal({ previous: 16, change: 30 / 16 - 1, series: [0, 10, 6] });
    expect(kpiComparison(current, previous, 'churned')!.change).to.equal(10 / 2 - 1);
  });

  it('gives no change when the comparison figure is 0, and nothing rather than 0 for months before the data', () => {
    const zero = { ...previous, months: previous.months.map((m) => ({ ...m, new: 0 })) };
    expect(kpiComparison(current, zero, 'added')!.change).to.equal(null);
    // Data from 2025-11: the stock's last month is known, the months before are not zeros.
    expect(kpiComparison(current, previous, 'customers', '2025-11')).to.deep.equal({ previous: 40, change: 0.5, series: [null, 35, 40] });
    // A flow needs every month of the range, and the month before it.
    expect(kpiComparison(current, previous, 'added', '2025-11')).to.equal(undefined);
    expect(kpiComparison(current, previous, 'added', '2025-10')).to.equal(undefined);
    expect(kpiComparison(current, previous, 'added', '2025-09')!.previous).to.equal(16);
    expect(kpiComparison(current, previous, 'customers', '2026-01')).to.equal(undefined);
  });

  it('draws a comparison on the figure’s scale, skipping months without data', () => {
    const domain = sparklineDomain([10, 20], [null, 30]);
    expect(domain).to.deep.equal([10, 30]);
    expect(sparklinePoints([10, 20], 100, 20, 0, domain)).to.equal('0,20 100,10');
    expect(sparklinePoints([null, 30], 100, 20, 0, domain)).to.equal('100,0');
    expect(sparklineY(20, 20, domain, 0)).to.equal(10);
  });
});
