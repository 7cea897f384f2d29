/** core/donut: donut slices, angles proportional to the values. */
import { expect } from '@open-wc/testing';
import { donutSlices } from '../../src/core/donut.js';
import { isVisible } from '../../src/core/sunburst.js';

const TAU = 2 * Math.PI;

describe('core/donut', () => {
  it('gives slices angles proportional to values, in input order, clockwise from 0', () => {
    const slices = donutSlices([
      { id: 'x', value: 1 },
      { id: 'y', value: 3 },
      { id: 'z', value: 0 },
    ]);
    expect(slices.map((s) => s.id)).to.deep.equal(['x', 'y', 'z']);
    expect(slices[0]!.a0).to.equal(0);
    expect(slices[0]!.a1).to.be.closeTo(TAU / 4, 1e-9);
    expect(slices[1]!.a1).to.be.closeTo(TAU, 1e-9);
    expect(isVisible(slices[2]!)).to.equal(false);
    expect([slices[0]!.r0, slices[0]!.r1]).to.deep.equal([62, 98]);
  });
});
