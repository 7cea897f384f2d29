import { expect } from '@open-wc/testing';
import { formatMonth, formatNumber, formatSignedPercent, safeLocale } from '../../src/core/format.js';
import { isEmptyMonthly, kpiFigures, percentChange } from '../../src/core/metrics.js';
import { sparklinePoints } from '../../src/core/sparkline.js';
import { BREAKDOWN, DIMENSIONS_RESOURCE, MONTHLY, type MonthlyResponse } from '../../src/data/contract.js';
import { buildUrl } from '../../src/data/query.js';

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

describe('core/format', () => {
  it('formats in the locale', () => {
    expect(formatNumber(1234567, 'en')).to.equal('1,234,567');
    expect(formatNumber(1234567, 'nl')).to.equal('1.234.567');
    expect(formatSignedPercent(0.042, 'en')).to.equal('+4.2%');
    expect(formatSignedPercent(-0.01, 'nl')).to.match(/^-1\s?%$/);
    expect(formatMonth('2026-01', 'en')).to.equal('Jan 2026');
    expect(formatMonth('2026-03', 'nl')).to.equal('mrt 2026');
  });

  it('falls back to en for a malformed locale', () => {
    expect(safeLocale('not a locale!')).to.equal('en');
    expect(safeLocale('nl-NL')).to.equal('nl-NL');
  });
});

describe('core/sparkline', () => {
  it('maps the highest value to the top and the lowest to the bottom', () => {
    const points = sparklinePoints([1, 3, 2], 100, 20, 0).split(' ').map((p) => p.split(',').map(Number));
    expect(points).to.deep.equal([
      [0, 20],
      [50, 0],
      [100, 10],
    ]);
    expect(sparklinePoints([], 100, 20)).to.equal('');
    expect(sparklinePoints([5], 100, 20, 0)).to.equal('50,20');
  });
});

describe('data/query', () => {
  it('builds one URL per query whatever the order of filters', () => {
    const a = buildUrl(MONTHLY, { endpoint: 'https://x.example/api/', last: 6, filters: { segment: ['B', 'A'], market: ['NL'] } });
    const b = buildUrl(MONTHLY, { endpoint: 'https://x.example/api', last: 6, filters: { market: ['NL'], segment: ['A', 'B', 'A'] } });
    expect(a).to.equal(b);
    expect(a).to.equal('https://x.example/api/customers/monthly?last=6&market=NL&segment=A&segment=B');
    expect(buildUrl(BREAKDOWN, { endpoint: '/', from: '2026-01', to: '2026-03', last: 12, filters: {} }, { by: 'sku' })).to.equal(
      '/customers/breakdown?by=sku&from=2026-01&to=2026-03',
    );
    expect(buildUrl(DIMENSIONS_RESOURCE, { endpoint: '/api', last: 3, filters: { market: ['NL'] } })).to.equal('/api/dimensions');
  });

  it('encodes hostile member keys', () => {
    expect(buildUrl(MONTHLY, { endpoint: '', filters: { product: ['R&D <EMEA>'] } })).to.equal(
      '/customers/monthly?product=R%26D+%3CEMEA%3E',
    );
  });
});
