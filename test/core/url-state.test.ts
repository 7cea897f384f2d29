/** core/url-state: range and filters in prefixed query keys, the host's own left alone. */
import { expect } from '@open-wc/testing';
import { readUrlState, writeUrlState } from '../../src/core/url-state.js';

describe('core/url-state', () => {
  it('round-trips range and filters under a prefix, keeping the host parameters', () => {
    const search = writeUrlState('?page=2&insights.market=XX', 'insights', {
      range: 6,
      filters: { market: ['NL', 'DE'], product: ['Power BI'] },
    });
    const params = new URLSearchParams(search);
    expect(params.get('page')).to.equal('2');
    expect(params.get('insights.range')).to.equal('6');
    expect(params.get('insights.market')).to.equal('DE,NL');
    expect(readUrlState(search, 'insights')).to.deep.equal({
      state: { range: 6, filters: { market: ['DE', 'NL'], product: ['Power BI'] } },
      rejected: [],
    });
  });

  it('writes a custom range instead of a preset, and nothing at the defaults', () => {
    const search = writeUrlState('', 'a', { range: 12, from: '2026-01', to: '2026-03', filters: {} });
    expect(search).to.equal('?a.from=2026-01&a.to=2026-03');
    expect(writeUrlState('?x=1', 'a', { range: 12, filters: {} })).to.equal('?x=1');
  });

  it('keeps two prefixes apart', () => {
    const one = writeUrlState('', 'left', { range: 3, filters: { market: ['NL'] } });
    const both = writeUrlState(one, 'right', { range: 6, filters: {} });
    expect(readUrlState(both, 'left').state).to.deep.equal({ range: 3, filters: { market: ['NL'] } });
    expect(readUrlState(both, 'right').state).to.deep.equal({ range: 6, filters: {} });
  });

  it('rejects malformed values rather than using them', () => {
    const { state, rejected } = readUrlState('?i.range=99&i.from=2026-13&i.to=<script>&i.nope=1', 'i');
    expect(state).to.deep.equal({ filters: {} });
    expect(rejected).to.deep.equal(['i.range=99', 'i.from=2026-13', 'i.to=<script>']);
  });
});
