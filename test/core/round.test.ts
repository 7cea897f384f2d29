/** core/round: numbers written into the DOM, rounded to four decimals. */
import { expect } from '@open-wc/testing';
import { round4 } from '../../src/core/round.js';

describe('core/round', () => {
  it('rounds to four decimals', () => {
    expect(round4(Math.PI)).to.equal(3.1416);
    expect(round4(2)).to.equal(2);
    expect(round4(0.123456)).to.equal(0.1235);
  });
});
