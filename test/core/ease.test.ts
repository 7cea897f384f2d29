/** core/ease: the easing curve of the kit's tweens. */
import { expect } from '@open-wc/testing';
import { easeCubicInOut } from '../../src/core/ease.js';

describe('core/ease', () => {
  const steps = Array.from({ length: 101 }, (_, i) => i / 100);

  it('starts at 0, passes 0.5 halfway and ends at 1', () => {
    expect(easeCubicInOut(0)).to.equal(0);
    expect(easeCubicInOut(0.5)).to.equal(0.5);
    expect(easeCubicInOut(1)).to.equal(1);
  });

  it('starts and stops slowly: a cubic on each half', () => {
    expect(easeCubicInOut(0.25)).to.be.closeTo(0.0625, 1e-12);
    expect(easeCubicInOut(0.75)).to.be.closeTo(0.9375, 1e-12);
  });

  it('never goes back', () => {
    const eased = steps.map(easeCubicInOut);
    eased.slice(1).forEach((e, i) => expect(e, `t=${steps[i + 1]}`).to.be.above(eased[i]!));
  });

  it('is symmetric: the way out mirrors the way in', () => {
    for (const t of steps) expect(easeCubicInOut(1 - t), `t=${t}`).to.be.closeTo(1 - easeCubicInOut(t), 1e-12);
  });
});
