/** core/sunburst: the product → SKU sunburst's layout, zoomed views, tweens and arcs. */
import { expect } from '@open-wc/testing';
import { DEFAULT_GEOMETRY, arcPath, interpolateView, isVisible, skuId, sunburstLayout, sunburstView } from '../../src/core/sunburst.js';

const TAU = 2 * Math.PI;
const row = (key: string, customers: number, product?: string) => ({ key, label: key.toUpperCase(), customers, product });

describe('core/sunburst', () => {
  const products = [row('b', 30), row('a', 60), row('z', 0), row('c', 10)];
  const skus = [
    row('a1', 50, 'a'),
    row('a2', 25, 'a'),
    row('a3', 25, 'a'), // a's SKUs add up to 100 > 60: they share a's angle
    row('b1', 10, 'b'), // b's SKUs add up to 10 < 30: two thirds of b's angle stay empty
    row('x1', 99, 'x'), // no such product: left out
    row('c0', 0, 'c'), // no customers: left out
  ];
  const tree = sunburstLayout(products, skus);

  it('orders products by customers, drops empty rows and orphan SKUs', () => {
    expect(tree.nodes.filter((n) => n.depth === 1).map((n) => n.key)).to.deep.equal(['a', 'b', 'c']);
    expect(tree.nodes.filter((n) => n.depth === 2).map((n) => n.key)).to.deep.equal(['a1', 'a2', 'a3', 'b1']);
    expect(tree.ringTotal).to.equal(100);
  });

  it('gives products angles proportional to their customers', () => {
    const view = sunburstView(tree, null);
    const span = (id: string) => {
      const a = view.find((v) => v.id === id)!;
      return (a.a1 - a.a0) / TAU;
    };
    expect(span('a')).to.be.closeTo(0.6, 1e-9);
    expect(span('b')).to.be.closeTo(0.3, 1e-9);
    expect(span('c')).to.be.closeTo(0.1, 1e-9);
    // SKUs share their product's angle by their counts (50:25:25 of a's 0.6)...
    expect(span(skuId('a', 'a1'))).to.be.closeTo(0.3, 1e-9);
    expect(span(skuId('a', 'a2'))).to.be.closeTo(0.15, 1e-9);
    // ...but never more than the product: b1 covers 10 of b's 30.
    expect(span(skuId('b', 'b1'))).to.be.closeTo(0.1, 1e-9);
    const a = view.find((v) => v.id === 'a')!;
    expect([a.r0, a.r1]).to.deep.equal([DEFAULT_GEOMETRY.hole, DEFAULT_GEOMETRY.middle]);
  });

  it('zooms: the focused product SKUs fill the whole ring, everything else collapses', () => {
    const view = sunburstView(tree, 'a');
    const visible = view.filter(isVisible).map((v) => v.id);
    expect(visible).to.deep.equal([skuId('a', 'a1'), skuId('a', 'a2'), skuId('a', 'a3')]);
    const a1 = view.find((v) => v.id === skuId('a', 'a1'))!;
    expect((a1.a1 - a1.a0) / TAU).to.be.closeTo(0.5, 1e-9);
    expect(a1.r1).to.equal(DEFAULT_GEOMETRY.outer);
    // Zooming into b leaves b1 its true third of b: the rest is empty, not stretched.
    const b1 = sunburstView(tree, 'b').find((v) => v.id === skuId('b', 'b1'))!;
    expect((b1.a1 - b1.a0) / TAU).to.be.closeTo(1 / 3, 1e-9);
    // Unknown focus = no focus.
    expect(sunburstView(tree, 'nope')).to.deep.equal(sunburstView(tree, null));
  });

  it('interpolates between views and draws arcs', () => {
    const from = sunburstView(tree, null);
    const to = sunburstView(tree, 'a');
    const mid = interpolateView(from, to, 0.5);
    const f = from.find((v) => v.id === 'b')!;
    const t = to.find((v) => v.id === 'b')!;
    const m = mid.find((v) => v.id === 'b')!;
    expect(m.a0).to.be.closeTo((f.a0 + t.a0) / 2, 1e-9);
    expect(m.r1).to.be.closeTo((f.r1 + t.r1) / 2, 1e-9);
    expect(interpolateView(from, to, 1)).to.deep.equal(to);
    expect(arcPath(from[0]!)).to.match(/^M[-\d.]+,[-\d.]+A/);
  });

  it('handles no data', () => {
    const empty = sunburstLayout([], []);
    expect(empty.nodes).to.have.length(0);
    expect(sunburstView(empty, null)).to.deep.equal([]);
  });
});
