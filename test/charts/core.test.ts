import { expect } from '@open-wc/testing';
import { clampInt, clampWindow, seriesTotal, topN } from '../../src/core/top-n.js';
import { escapeHtml } from '../../src/charts/escape.js';
import { luminance } from '../../src/charts/theme.js';
import { mergeOptions } from '../../src/charts/options/base.js';

const s = (key: string, values: number[]) => ({ key, label: key.toUpperCase(), values });

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

  it('sums, clamps windows and integers', () => {
    expect(seriesTotal([1, 2, 3.5])).to.equal(6.5);
    expect(clampWindow(undefined, undefined, 12)).to.deep.equal([0, 11]);
    expect(clampWindow(-4, 40, 12)).to.deep.equal([0, 11]);
    expect(clampWindow(9, 3, 12)).to.deep.equal([3, 9]);
    expect(clampWindow(2, 5, 0)).to.deep.equal([0, -1]);
    expect(clampInt('-3', 1, 8, 8)).to.equal(1);
    expect(clampInt('12', 1, 8, 8)).to.equal(8);
    expect(clampInt('abc', 1, 8, 8)).to.equal(8);
    expect(clampInt(4.6, 1, 8, 8)).to.equal(5);
  });
});

describe('charts helpers', () => {
  it('escapes markup once', () => {
    expect(escapeHtml('<img src=x onerror=window.__x=1>')).to.equal('&lt;img src=x onerror=window.__x=1&gt;');
    expect(escapeHtml('R&D <EMEA>')).to.equal('R&amp;D &lt;EMEA&gt;');
    expect(escapeHtml(`"'\``)).to.equal('&quot;&#39;&#96;');
    expect(escapeHtml(1234)).to.equal('1234');
    expect(escapeHtml(undefined)).to.equal('');
  });

  it('tells dark from light backgrounds', () => {
    expect(luminance('rgb(255, 255, 255)')).to.be.closeTo(1, 1e-6);
    expect(luminance('rgb(30, 34, 39)')).to.be.below(0.05);
    expect(luminance('nonsense')).to.equal(1);
  });

  it('merges options deeply, replacing arrays', () => {
    const merged = mergeOptions({ chart: { type: 'bar', height: 100 }, colors: ['a', 'b'] }, { chart: { height: 200 }, colors: ['c'] });
    expect(merged).to.deep.equal({ chart: { type: 'bar', height: 200 }, colors: ['c'] });
  });
});
