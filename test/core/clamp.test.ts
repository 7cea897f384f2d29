/** core/clamp: integers and windows from attributes and user input. */
import { expect } from '@open-wc/testing';
import { clampInt, clampWindow, toNumber } from '../../src/core/clamp.js';

describe('core/clamp', () => {
  it('clamps windows into the months there are, start before end', () => {
    expect(clampWindow(undefined, undefined, 12)).to.deep.equal([0, 11]);
    expect(clampWindow(-4, 40, 12)).to.deep.equal([0, 11]);
    expect(clampWindow(9, 3, 12)).to.deep.equal([3, 9]);
    expect(clampWindow(2, 5, 0)).to.deep.equal([0, -1]);
  });

  it('clamps integers, flooring fractions, with a fallback for what is not a number', () => {
    expect(clampInt('-3', 1, 8, 8)).to.equal(1);
    expect(clampInt('12', 1, 8, 8)).to.equal(8);
    expect(clampInt('abc', 1, 8, 8)).to.equal(8);
    expect(clampInt('', 1, 8, 5)).to.equal(5);
    expect(clampInt(4.6, 1, 8, 8)).to.equal(4);
    expect(clampInt(2.7, 1, 8, 8)).to.equal(2);
  });

  it('reads numbers and numeric strings only', () => {
    expect(toNumber('3.5')).to.equal(3.5);
    expect(toNumber(' ')).to.equal(undefined);
    expect(toNumber(null)).to.equal(undefined);
    expect(toNumber(Infinity)).to.equal(undefined);
    expect(toNumber({})).to.equal(undefined);
  });
});
