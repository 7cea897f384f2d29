/** data/query: one URL per query, whatever the order of filters. */
import { expect } from '@open-wc/testing';
import { BREAKDOWN, DIMENSIONS_RESOURCE, MONTHLY, RESOURCE_PATHS } from '../../src/data/contract.js';
import { buildUrl, splitResourceUrl } from '../../src/data/query.js';

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

  it('splits a contract URL into its endpoint and the part a batch carries, and nothing else', () => {
    const paths = Object.values(RESOURCE_PATHS);
    for (const endpoint of ['/api', 'https://partner.example/insights', '']) {
      const query = { endpoint, last: 12, filters: { market: ['NL', 'B&D'] } };
      const url = buildUrl(BREAKDOWN, query, { by: 'market' });
      const split = splitResourceUrl(url, paths);
      expect(split).to.deep.equal({ endpoint, part: url.slice(endpoint.length) });
      expect(split!.part.startsWith('/customers/breakdown?by=market&last=12&market=B%26D&market=NL')).to.equal(true);
      expect(splitResourceUrl(buildUrl(DIMENSIONS_RESOURCE, query), paths)).to.deep.equal({ endpoint, part: '/dimensions' });
    }
    expect(splitResourceUrl('/api/customers/export?format=csv', paths)).to.equal(undefined);
    expect(splitResourceUrl('/api/openapi.json', paths)).to.equal(undefined);
    // A path after the query string is not the resource's.
    expect(splitResourceUrl('/api/x?next=/dimensions', paths)).to.equal(undefined);
  });
});
