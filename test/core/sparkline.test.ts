/** core/sparkline: the KPI tile's sparkline as SVG polyline points. */
import { expect } from '@open-wc/testing';
import { sparklinePoints } from '../../src/core/sparkline.js';

describe('core/sparkline', () => {
  it('maps the highest value to the top and the lowest to the bottom', () => {
    const points = sparklinePoints([1, 3, 2], 100, 20, 0)
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(points).to.deep.equal([
      [0, 20],
      [50, 0],
      [100, 10],
    ]);
    expect(sparklinePoints([], 100, 20)).to.equal('');
    expect(sparklinePoints([5], 100, 20, 0)).to.equal('50,20');
  });
});
