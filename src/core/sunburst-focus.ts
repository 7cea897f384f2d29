/**
 * What a sunburst shows for its selection: the zoomed product, the arcs that take focus, the
 * SKUs' shades and the footnote's figures. Pure and DOM-free, beside `sunburst.ts` (the layout).
 */
import type { SunburstNode, SunburstTree } from './sunburst.js';

/** The products (the inner ring), in ring order. */
export function productNodes(tree: SunburstTree): SunburstNode[] {
  return tree.nodes.filter((n) => n.depth === 1);
}

/** The SKUs of product `key`, in ring order. */
export function skuNodes(tree: SunburstTree, key: string | null): SunburstNode[] {
  return tree.nodes.filter((n) => n.depth === 2 && n.product === key);
}

/** The product `selected` names, if the data holds it. */
export function focusedProduct(tree: SunburstTree, selected: string | null): SunburstNode | undefined {
  return selected === null ? undefined : tree.nodes.find((n) => n.depth === 1 && n.key === selected);
}

/** The nodes that take focus: the products, or the zoomed product's SKUs. */
export function focusableNodes(tree: SunburstTree, selected: string | null): SunburstNode[] {
  const focused = focusedProduct(tree, selected);
  return focused ? skuNodes(tree, focused.key) : productNodes(tree);
}

/** The product node a SKU belongs to (or the product itself). */
export function parentProduct(tree: SunburstTree, node: SunburstNode): SunburstNode | undefined {
  return tree.nodes.find((n) => n.depth === 1 && n.key === node.product);
}

/**
 * Where the roving tab stop goes after a zoom to `key`: the first SKU when zooming in, the
 * product left (`previous`) when zooming out.
 */
export function focusIndexAfterZoom(tree: SunburstTree, key: string | null, previous: string | null): number {
  if (key !== null) return 0;
  return Math.max(
    0,
    focusableNodes(tree, key).findIndex((n) => n.key === previous),
  );
}

/** SKUs take their product's colour, lighter the smaller they are, so the family reads at once. */
export function skuOpacity(node: SunburstNode): number {
  return node.siblings > 1 ? 0.9 - (0.5 * node.index) / (node.siblings - 1) : 0.9;
}

/**
 * The figures of the footnote: the centre (the distinct `total`, or the zoomed product's
 * customers) and the sum of the ring on show (more than the centre when customers overlap).
 */
export function ringFigures(tree: SunburstTree, total: number, selected: string | null): { centre: number; ring: number } {
  const focused = focusedProduct(tree, selected);
  if (!focused) return { centre: total, ring: tree.ringTotal };
  return { centre: focused.customers, ring: skuNodes(tree, focused.key).reduce((s, n) => s + n.customers, 0) };
}
