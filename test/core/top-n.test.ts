/** core/top-n: the one Top N + Other rule, for trend series and breakdown counts. */
import { expect } from '@open-wc/testing';
import { OTHER_KEY, normalizeTop, seriesTotal, topMembers, topN } from '../../src/core/top-n.js';

const s = (key: string, values: number[]) => ({ key, label: key.toUpperCase(), values });
const row = (key: string, customers: number) => ({ key, label: key.toUpperCase(), customers });

describe('core/top-n', () => {
  it('keeps the N largest by total and sums the rest per month into Other', () => {
    const input = [s('a', [1, 2, 3]), s('b', [10, 10, 10]), s('c', [0, 0, 1]), s('d', [5, 0, 5]), s('e', [2, 2, 2])];
    const { top, other } = topN(input, 2);
    expect(top.map((x) => x.key)).to.deep.equal(['b', 'd']);
    expect(other!.keys).to.deep.equal(['a', 'e', 'c']);
    expect(other!.values).to.deep.equal([3, 4, 6]);
    // nothing lost: the stacks add up to the total per month
    const month = (i: number) => input.reduce((sum, x) => sum + x.values[i], 0);
    [0, 1, 2].forEach((i) => expect(top.reduce((a, x) => a + x.values[i], 0) + other!.values[i]).to.equal(month(i)));
  });

  it('has no Other when N covers every member; ties keep the input order', () => {
    const { top, other } = topN([s('x', [1]), s('y', [2]), s('z', [1])], 3);
    expect(top.map((x) => x.key)).to.deep.equal(['y', 'x', 'z']);
    expect(other).to.equal(null);
    expect(topN([], 8)).to.deep.equal({ top: [], other: null });
  });

  it('treats N below 1 or not a number as 1, and floors fractions', () => {
    expect(topN([s('a', [1]), s('b', [2])], -3).top.map((x) => x.key)).to.deep.equal(['b']);
    expect(topN([s('a', [1]), s('b', [2])], NaN).top).to.have.length(1);
    expect(topN([s('a', [1]), s('b', [2]), s('c', [3])], 2.9).top).to.have.length(2);
  });

  it('sums a series', () => {
    expect(seriesTotal([1, 2, 3.5])).to.equal(6.5);
  });
});

describe('core/top-n: topMembers', () => {
  const rows = [row('a', 5), row('b', 50), row('c', 20), row('d', 10), row('e', 0), row('f', 1)];

  it('keeps the top N by customers and groups the rest as Other', () => {
    const top = topMembers(rows, 2);
    expect(top.map((m) => [m.key, m.customers])).to.deep.equal([
      ['b', 50],
      ['c', 20],
      [OTHER_KEY, 16],
    ]);
    expect(top[2]!.other).to.equal(true);
    expect(top[2]!.keys).to.deep.equal(['d', 'a', 'f']);
    expect(top.map((m) => m.index)).to.deep.equal([0, 1, 2]);
  });

  it('shows a lone leftover member by name rather than as Other, and drops empty members', () => {
    expect(topMembers(rows, 4).map((m) => m.key)).to.deep.equal(['b', 'c', 'd', 'a', 'f']);
    expect(topMembers(rows, 10).some((m) => m.key === 'e')).to.equal(false);
  });

  it('normalises out-of-range top values', () => {
    expect(normalizeTop(0)).to.equal(1);
    expect(normalizeTop(-3)).to.equal(1);
    expect(normalizeTop(2.7)).to.equal(2);
    expect(normalizeTop(NaN)).to.equal(8);
    expect(normalizeTop('many')).to.equal(8);
    expect(normalizeTop(12, 8)).to.equal(8);
    expect(normalizeTop(undefined, 8, 3)).to.equal(3);
    expect(topMembers(rows, 0).map((m) => m.key)).to.deep.equal(['b', OTHER_KEY]);
  });
});
