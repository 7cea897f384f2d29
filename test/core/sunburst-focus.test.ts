/** core/sunburst-focus: which sunburst nodes take focus, and how they are shaded and summed. */
import { expect } from '@open-wc/testing';
import { sunburstLayout } from '../../src/core/sunburst.js';
import {
  focusIndexAfterZoom,
  focusableNodes,
  focusedProduct,
  parentProduct,
  productNodes,
  ringFigures,
  skuNodes,
  skuOpacity,
} from '../../src/core/sunburst-focus.js';

const row = (key: string, customers: number, product?: string) => ({ key, label: key.toUpperCase(), customers, product });

describe('core/sunburst-focus', () => {
  const tree = sunburstLayout(
    [row('a', 60), row('b', 30), row('c', 10)],
    [row('a1', 50, 'a'), row('a2', 25, 'a'), row('a3', 25, 'a'), row('b1', 10, 'b')],
  );

  it('finds the products, the SKUs of one, and the zoomed product', () => {
    expect(productNodes(tree).map((n) => n.key)).to.deep.equal(['a', 'b', 'c']);
    expect(skuNodes(tree, 'a').map((n) => n.key)).to.deep.equal(['a1', 'a2', 'a3']);
    expect(skuNodes(tree, 'c')).to.deep.equal([]);
    expect(skuNodes(tree, null)).to.deep.equal([]);
    expect(focusedProduct(tree, 'b')?.key).to.equal('b');
    expect(focusedProduct(tree, 'b1')).to.equal(undefined);
    expect(focusedProduct(tree, 'nope')).to.equal(undefined);
    expect(focusedProduct(tree, null)).to.equal(undefined);
  });

  it('takes focus on the products, or the zoomed product’s SKUs', () => {
    expect(focusableNodes(tree, null).map((n) => n.key)).to.deep.equal(['a', 'b', 'c']);
    expect(focusableNodes(tree, 'nope').map((n) => n.key)).to.deep.equal(['a', 'b', 'c']);
    expect(focusableNodes(tree, 'a').map((n) => n.key)).to.deep.equal(['a1', 'a2', 'a3']);
  });

  it('finds a SKU’s product', () => {
    const b1 = tree.nodes.find((n) => n.key === 'b1')!;
    expect(parentProduct(tree, b1)?.key).to.equal('b');
  });

  it('puts the tab stop on the first SKU when zooming in, on the product left when zooming out', () => {
    expect(focusIndexAfterZoom(tree, 'b', null)).to.equal(0);
    expect(focusIndexAfterZoom(tree, null, 'b')).to.equal(1);
    expect(focusIndexAfterZoom(tree, null, 'c')).to.equal(2);
    expect(focusIndexAfterZoom(tree, null, 'nope')).to.equal(0);
  });

  it('shades SKUs from 0.9 down to 0.4 by rank', () => {
    const [a1, a2, a3] = skuNodes(tree, 'a');
    expect(skuOpacity(a1!)).to.equal(0.9);
    expect(skuOpacity(a2!)).to.be.closeTo(0.65, 1e-9);
    expect(skuOpacity(a3!)).to.be.closeTo(0.4, 1e-9);
    expect(skuOpacity(skuNodes(tree, 'b')[0]!)).to.equal(0.9);
  });

  it('sums the ring on show against the centre', () => {
    expect(ringFigures(tree, 80, null)).to.deep.equal({ centre: 80, ring: 100 });
    expect(ringFigures(tree, 80, 'a')).to.deep.equal({ centre: 60, ring: 100 });
    expect(ringFigures(tree, 80, 'c')).to.deep.equal({ centre: 10, ring: 0 });
    expect(ringFigures(tree, 80, 'nope')).to.deep.equal({ centre: 80, ring: 100 });
  });
});
