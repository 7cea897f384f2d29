/** core/geo/zoom: the view box around a country, and the tween between two. */
import { expect } from '@open-wc/testing';
import type { Bounds } from '../../../src/core/geo/layout.js';
import { containsBounds, interpolateViewBox, viewBoxAttribute, worldViewBox, zoomViewBox } from '../../../src/core/geo/zoom.js';

describe('core/geo/zoom', () => {
  it('frames the bounds at the map aspect ratio, with a floor for microstates', () => {
    const b: Bounds = [
      [100, 50],
      [140, 70],
    ];
    const v = zoomViewBox(b, 960, 480);
    expect(containsBounds(v, b)).to.equal(true);
    expect(v.width / v.height).to.be.closeTo(2, 1e-9);
    expect(v.x + v.width / 2).to.be.closeTo(120, 1e-9);
    const dot = zoomViewBox(
      [
        [500, 200],
        [500, 200],
      ],
      960,
      480,
    );
    expect(dot.width).to.be.closeTo(960 * 0.06, 1e-9);
    const world = zoomViewBox(
      [
        [0, 0],
        [960, 480],
      ],
      960,
      480,
    );
    expect(world).to.deep.equal({ x: 0, y: 0, width: 960, height: 480 });
    expect(worldViewBox(960, 480)).to.deep.equal(world);
  });

  it('tweens from start to end', () => {
    const a = { x: 0, y: 0, width: 960, height: 480 };
    const b = { x: 400, y: 100, width: 96, height: 48 };
    expect(interpolateViewBox(a, b, 0)).to.deep.equal(a);
    const end = interpolateViewBox(a, b, 1);
    for (const k of ['x', 'y', 'width', 'height'] as const) expect(end[k]).to.be.closeTo(b[k], 1e-9);
    expect(interpolateViewBox(a, b, 0.5).width).to.be.within(96, 960);
  });

  it('takes t as given (the tween eases): centre linear in t, size geometric, t clamped to [0, 1]', () => {
    const a = { x: 0, y: 0, width: 960, height: 480 };
    const b = { x: 400, y: 100, width: 96, height: 48 };
    const quarter = interpolateViewBox(a, b, 0.25);
    expect(quarter.x + quarter.width / 2).to.be.closeTo(480 + (448 - 480) * 0.25, 1e-9);
    expect(quarter.y + quarter.height / 2).to.be.closeTo(240 + (124 - 240) * 0.25, 1e-9);
    expect(quarter.width).to.be.closeTo(960 * 0.1 ** 0.25, 1e-9);
    expect(quarter.width / quarter.height).to.be.closeTo(2, 1e-9);
    expect(interpolateViewBox(a, b, -1)).to.deep.equal(a);
    expect(interpolateViewBox(a, b, 2)).to.deep.equal(interpolateViewBox(a, b, 1));
  });

  it('writes the view box attribute rounded to 0.01 px', () => {
    expect(viewBoxAttribute({ x: 1.234, y: 5.678, width: 303.57766, height: 151.78883 })).to.equal('1.23 5.68 303.58 151.79');
  });
});
