/**
 * Chromium only: zoom animations run when motion is allowed, and these tests switch
 * prefers-reduced-motion at run time, which only the DevTools protocol can (Firefox and WebKit
 * run with reduced motion, fixed at launch: test/support/engine-commands.mjs).
 */
import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';
import { emulateMedia, restoreMedia } from '../support/media.js';
import { contains, map, shapeBox, viewBox } from '../geo-map/map-helpers.js';
import { $, arcs, span, sunburst } from '../distribution/sunburst-helpers.js';

describe('customer-geo-map motion', () => {
  after(() => restoreMedia());

  it('animates the zoom when motion is allowed, and lands on the target', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const el = await map();
      const world = viewBox(el);
      el.selected = 'DE';
      await el.updateComplete;
      expect(viewBox(el)).to.deep.equal(world); // not jumped
      await until(() => viewBox(el).width < world.width / 5, 3000, 'zoom end');
      await until(() => contains(viewBox(el), shapeBox(el, 'DE')), 3000, 'Germany in view');
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });
});

describe('product-sunburst motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => restoreMedia());

  it('animates the zoom unless reduced motion is asked for', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await sunburst('/fixtures/dist-overlap');
    el.selected = 'Microsoft Azure';
    await el.updateComplete;
    const svg = $(el, '[part="chart"]')!;
    expect(svg.hasAttribute('data-animating')).to.equal(true);
    await until(() => !svg.hasAttribute('data-animating'), 2000, 'the zoom to end');
    expect(arcs(el, 2).map((p) => span(p))).to.have.length(1);
    expect(span(arcs(el, 2)[0]!)).to.be.closeTo(1, 1e-3);
    await emulateMedia({ reducedMotion: 'reduce' });
    el.selected = null;
    await el.updateComplete;
    expect(svg.hasAttribute('data-animating')).to.equal(false);
    expect(arcs(el, 1)).to.have.length(3);
  });
});
