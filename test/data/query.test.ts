/** data/query: one URL per query, whatever the order of filters. */
import { expect } from '@open-wc/testing';
import { BREAKDOWN, DIMENSIONS_RESOURCE, MONTHLY } from '../../src/data/contract.js';
import { buildUrl } from '../../src/data/query.js';

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
