/** core/roving: the roving tab stop's next index for a key. */
import { expect } from '@open-wc/testing';
import { nextIndex } from '../../src/core/roving.js';

describe('core/roving', () => {
  it('moves with arrows, wraps, jumps with Home/End, ignores other keys', () => {
    expect(nextIndex('ArrowRight', 0, 3)).to.equal(1);
    expect(nextIndex('ArrowDown', 2, 3)).to.equal(0);
    expect(nextIndex('ArrowLeft', 0, 3)).to.equal(2);
    expect(nextIndex('Home', 2, 3)).to.equal(0);
    expect(nextIndex('End', 0, 3)).to.equal(2);
    expect(nextIndex('a', 0, 3)).to.equal(null);
    expect(nextIndex('ArrowDown', 0, 3, 'horizontal')).to.equal(null);
    expect(nextIndex('ArrowRight', 0, 0)).to.equal(null);
  });
});
