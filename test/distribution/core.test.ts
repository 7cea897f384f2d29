import { expect } from '@open-wc/testing';
import { donutSlices } from '../../src/core/donut.js';
import { nextIndex } from '../../src/core/roving.js';
import {
  DEFAULT_GEOMETRY,
  arcPath,
  interpolateView,
  isVisible,
  skuId,
  sunburstLayout,
  sunburstView,
} from '../../src/core/sunburst.js';
import { OTHER_KEY, normalizeTop, topMembers } from '../../src/core/top-members.js';

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

describe('core/top-members', () => {
  const rows = [row('a', 5), row('b', 50), row('c', 20), row('d', 10), row('e', 0), row('f', 1)];

  it('keeps the top N by customers and groups the rest as Other', () => {
    const top = topMembers(rows, 2);
    expect(top.map((m) => [m.key, m.customers])).to.deep.equal([
      ['b', 50],
      ['c', 20],
      [OTHER_KEY, 16],
    ]);
    expect(top[2]!.other).to.equal(true);
    expect(top[2]!.keys).to.deep.equal(['d', 'a', 'f']);
    expect(top.map((m) => m.index)).to.deep.equal([0, 1, 2]);
  });

  it('shows a lone leftover member by name rather than as Other, and drops empty members', () => {
    expect(topMembers(rows, 4).map((m) => m.key)).to.deep.equal(['b', 'c', 'd', 'a', 'f']);
    expect(topMembers(rows, 10).some((m) => m.key === 'e')).to.equal(false);
  });

  it('normalises out-of-range top values', () => {
    expect(normalizeTop(0)).to.equal(1);
    expect(normalizeTop(-3)).to.equal(1);
    expect(normalizeTop(2.7)).to.equal(2);
    expect(normalizeTop(NaN)).to.equal(8);
    expect(normalizeTop('many')).to.equal(8);
    expect(topMembers(rows, 0).map((m) => m.key)).to.deep.equal(['b', OTHER_KEY]);
  });
});

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
  });
});
