/** core/distribution: what distribution-tabs shows of a breakdown (hidden, selected, bars, overlap). */
import { expect } from '@open-wc/testing';
import { barPercents, overlaps, shownMembers, toggleHidden, toggleSelection } from '../../src/core/distribution.js';

describe('core/distribution', () => {
  it('toggles, shows and hides members without changing the set given', () => {
    const hidden = new Set(['a']);
    expect([...toggleHidden(hidden, 'a')]).to.deep.equal([]);
    expect([...toggleHidden(hidden, 'b')]).to.deep.equal(['a', 'b']);
    expect([...toggleHidden(hidden, 'a', false)]).to.deep.equal(['a']);
    expect([...toggleHidden(hidden, 'b', true)]).to.deep.equal(['a']);
    expect([...toggleHidden(undefined, 'b')]).to.deep.equal(['b']);
    expect([...hidden]).to.deep.equal(['a']);
  });

  it('selects a member, or clears the selection when it is picked again', () => {
    expect(toggleSelection(undefined, 'a')).to.equal('a');
    expect(toggleSelection('b', 'a')).to.equal('a');
    expect(toggleSelection('a', 'a')).to.equal(null);
  });

  it('keeps the members not hidden, in order', () => {
    const members = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
    expect(shownMembers(members, new Set(['b'])).map((m) => m.key)).to.deep.equal(['a', 'c']);
    expect(shownMembers(members, new Set())).to.deep.equal(members);
  });

  it('measures bars against the largest member', () => {
    expect(barPercents([50, 25, 1])).to.deep.equal([100, 50, 2]);
    expect(barPercents([3, 1])).to.deep.equal([100, 33.3333]);
    expect(barPercents([0, 0])).to.deep.equal([0, 0]);
    expect(barPercents([])).to.deep.equal([]);
  });

  it('says when rows add up to more than the distinct total', () => {
    expect(overlaps([{ customers: 6 }, { customers: 5 }], 10)).to.equal(true);
    expect(overlaps([{ customers: 5 }, { customers: 5 }], 10)).to.equal(false);
    expect(overlaps([], 0)).to.equal(false);
  });
});
