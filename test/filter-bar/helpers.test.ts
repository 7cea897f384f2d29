/** filter-bar's pure helpers: the export URL and file name, option labels, search and chips. */
import { expect } from '@open-wc/testing';
import type { DimensionsResponse } from '../../src/data/contract.js';
import { exportFileName, exportUrl, formatBytes } from '../../src/elements/filter-bar/export-download.js';
import { appliedValues, attributeOf, filterOptions, searchOptions } from '../../src/elements/filter-bar/filter-options.js';

const data: DimensionsResponse = {
  range: { min: '2025-01', max: '2026-10' },
  dimensions: {
    market: [
      { key: 'CI', label: 'Ivory Coast' },
      { key: 'DE', label: 'Germany' },
      { key: 'NL', label: 'Netherlands' },
    ],
    product: [{ key: 'M365', label: 'Microsoft 365' }],
  },
};

describe('filter-bar helpers', () => {
  it('builds the export URL with format=csv first and the query as the JSON resources get it', () => {
    expect(exportUrl({ endpoint: '/api/', last: 6, filters: { market: ['NL', 'DE', 'NL'] } })).to.equal(
      '/api/customers/export?format=csv&last=6&market=DE&market=NL',
    );
    expect(exportUrl({ endpoint: 'https://x.example/i', from: '2026-01', to: '2026-03', filters: {} })).to.equal(
      'https://x.example/i/customers/export?format=csv&from=2026-01&to=2026-03',
    );
  });

  it('names the file after the server, else after the range, never with unsafe characters', () => {
    const q = { endpoint: '/api', last: 12, filters: {} };
    expect(exportFileName('attachment; filename="customers-2025-11-2026-10.csv"', q)).to.equal('customers-2025-11-2026-10.csv');
    expect(exportFileName('attachment; filename="../../etc/passwd"', q)).to.equal('etc-passwd');
    expect(exportFileName("attachment; filename*=UTF-8''a%ZZ.csv", q)).to.equal('a-ZZ.csv');
    expect(exportFileName(null, { ...q, from: '2026-01', to: '2026-03' })).to.equal('customers-2026-01-2026-03.csv');
    expect(exportFileName(null, q, { from: '2025-11', to: '2026-10' })).to.equal('customers-2025-11-2026-10.csv');
    expect(exportFileName(null, q)).to.equal('customers-last-12-months.csv');
  });

  it('formats sizes in the locale', () => {
    expect(formatBytes(512, 'en')).to.equal('512 byte');
    expect(formatBytes(2_300_000, 'nl')).to.equal('2,3 MB');
  });

  it('labels markets through Intl in the locale, sorted by that label, and searches without case or accents', () => {
    expect(filterOptions(data, 'market', 'nl').map((o) => o.label)).to.deep.equal(['Duitsland', 'Ivoorkust', 'Nederland']);
    expect(filterOptions(data, 'market', 'fr').find((o) => o.key === 'CI')!.label).to.equal('Côte d’Ivoire');
    expect(searchOptions(filterOptions(data, 'market', 'fr'), ' COTE ').map((o) => o.key)).to.deep.equal(['CI']);
    expect(searchOptions(filterOptions(data, 'market', 'en'), 'nl').map((o) => o.key)).to.deep.equal(['NL']);
    expect(filterOptions(data, 'segment', 'en')).to.deep.equal([]);
  });

  it('lists applied values in contract order, unknown ones by their key', () => {
    expect(appliedValues({ product: ['M365'], market: ['NL', 'ZZ'] }, data, 'en')).to.deep.equal([
      { dimension: 'market', key: 'NL', label: 'Netherlands' },
      { dimension: 'market', key: 'ZZ', label: 'ZZ' },
      { dimension: 'product', key: 'M365', label: 'Microsoft 365' },
    ]);
    expect(attributeOf('partnerLocation')).to.equal('partner-location');
  });
});
