/** core/cross-filter: a selection filters, selecting it again or clearing gives the state back. */
import { expect } from '@open-wc/testing';
import { crossSelect } from '../../src/core/cross-filter.js';

const start = { from: '', to: '', filters: { segment: ['SMB'] } };

describe('core/cross-filter', () => {
  it("makes a member its dimension's only filter, and gives the state back when selected again", () => {
    const one = crossSelect(start, undefined, 'market', 'NL');
    expect(one.state.filters).to.deep.equal({ segment: ['SMB'], market: ['NL'] });
    expect(one.selection).to.include({ dimension: 'market', key: 'NL' });
    const back = crossSelect(one.state, one.selection, 'market', 'NL');
    expect(back.state).to.deep.equal(start);
    expect(back.selection).to.equal(undefined);
  });

  it('narrows the range to a month, and a new selection replaces the old one', () => {
    const month = crossSelect(start, undefined, 'month', '2026-03');
    expect(month.state).to.deep.equal({ from: '2026-03', to: '2026-03', filters: { segment: ['SMB'] } });
    const product = crossSelect(month.state, month.selection, 'product', 'Power BI');
    expect(product.state).to.deep.equal({ from: '', to: '', filters: { segment: ['SMB'], product: ['Power BI'] } });
    expect(crossSelect(product.state, product.selection, 'product', null).state).to.deep.equal(start);
  });
});
