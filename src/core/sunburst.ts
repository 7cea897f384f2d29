/**
 * Sunburst geometry for products (inner ring) and their SKUs (outer ring). Pure and DOM-free:
 * d3-hierarchy's partition lays the tree out once in unit space; `sunburstView` maps it to
 * angles and radii for the ring as seen from a focus (all products, or one product zoomed in);
 * `interpolateView` tweens between two views; `arcPath` draws one arc with d3-shape.
 *
 * Why the SKU arcs are normalised: a customer with several SKUs of one product counts under
 * each SKU, so a product's SKUs can add up to more than the product. The outer ring shows each
 * product's SKU *mix*: its SKUs share the product's angle in proportion to their counts.
 */
import { hierarchy, partition, type HierarchyRectangularNode } from 'd3-hierarchy';
import { arc } from 'd3-shape';

/** One row of a breakdown, as far as the sunburst needs it. */
export interface SunburstRow {
  key: string;
  label: string;
  customers: number;
  /** For SKU rows: the key of the product the SKU belongs to. */
  product?: string;
}

/** A laid-out node: a product (depth 1) or a SKU (depth 2), in unit space. */
export interface SunburstNode {
  /** Unique id: the product key, or `productKey\u0000skuKey` for a SKU. */
  id: string;
  key: string;
  label: string;
  /** Customers (the row's own count, not the normalised value used for the angle). */
  customers: number;
  depth: 1 | 2;
  /** The product key: the node's own for a product, its parent's for a SKU. */
  product: string;
  /** Position among its siblings (largest first): picks a colour or a shade. */
  index: number;
  /** Number of siblings including itself. */
  siblings: number;
  /** Start and end along the ring, as a fraction of the full turn [0, 1]. */
  x0: number;
  x1: number;
}

export interface SunburstTree {
  /** Products then SKUs, each group in ring order (clockwise from 12 o'clock). */
  nodes: SunburstNode[];
  /** Sum of the product rows: what the inner ring spans (more than the distinct customers). */
  ringTotal: number;
}

/** Ring radii, in the SVG's user units. */
export interface SunburstGeometry {
  /** Radius of the centre disc (the hole). */
  hole: number;
  /** Outer radius of the inner (product) ring. */
  middle: number;
  /** Outer radius of the whole chart. */
  outer: number;
}

export const DEFAULT_GEOMETRY: SunburstGeometry = { hole: 34, middle: 64, outer: 98 };

/** One node as drawn: angles in radians (0 = 12 o'clock, clockwise), radii in user units. */
export interface ViewArc {
  id: string;
  a0: number;
  a1: number;
  r0: number;
  r1: number;
}

interface Datum {
  id: string;
  row?: SunburstRow;
  depth: 0 | 1 | 2;
  /** Own value: what the partition sums; for a product, the room its SKUs leave. */
  own: number;
  children?: Datum[];
}

const TAU = 2 * Math.PI;
const byCustomersThenKey = (a: SunburstRow, b: SunburstRow) => b.customers - a.customers || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The id of a SKU node. */
export function skuId(product: string, sku: string): string {
  return `${product}\u0000${sku}`;
}

/**
 * Lays out products and SKUs. Rows with no customers are left out; SKUs whose product is not
 * among the products are left out too (they have no inner arc to sit on). A product's angle is
 * proportional to its customers; its SKUs fill that angle in proportion to theirs, unless they
 * add up to less than the product (incomplete data), in which case the rest stays empty.
 */
export function sunburstLayout(products: readonly SunburstRow[], skus: readonly SunburstRow[]): SunburstTree {
  const kept = products.filter((p) => p.customers > 0).sort(byCustomersThenKey);
  const skusOf = new Map<string, SunburstRow[]>(kept.map((p) => [p.key, []]));
  for (const sku of skus) {
    if (sku.customers > 0 && sku.product !== undefined) skusOf.get(sku.product)?.push(sku);
  }
  const root: Datum = {
    id: '',
    depth: 0,
    own: 0,
    children: kept.map((p) => {
      const children = skusOf.get(p.key)!.sort(byCustomersThenKey);
      const sum = children.reduce((s, c) => s + c.customers, 0);
      const scale = sum > 0 ? p.customers / Math.max(sum, p.customers) : 0;
      return {
        id: p.key,
        row: p,
        depth: 1,
        own: p.customers - sum * scale,
        children: children.map((c) => ({ id: skuId(p.key, c.key), row: c, depth: 2, own: c.customers * scale })),
      };
    }),
  };
  // No sort: the data order above (largest first) is the ring order.
  const laid = partition<Datum>()(hierarchy(root).sum((d) => d.own));
  const nodes: SunburstNode[] = [];
  const visit = (node: HierarchyRectangularNode<Datum>, depth: 1 | 2) => {
    const siblings = node.parent?.children?.length ?? 1;
    const row = node.data.row!;
    nodes.push({
      id: node.data.id,
      key: row.key,
      label: row.label,
      customers: row.customers,
      depth,
      product: depth === 1 ? row.key : node.parent!.data.row!.key,
      index: node.parent!.children!.indexOf(node),
      siblings,
      x0: node.x0,
      x1: node.x1,
    });
  };
  const firstRing = laid.children ?? [];
  firstRing.forEach((p) => visit(p, 1));
  firstRing.forEach((p) => p.children?.forEach((s) => visit(s, 2)));
  return { nodes, ringTotal: kept.reduce((s, p) => s + p.customers, 0) };
}

const clamp01 = (n: number) => Math.max(0, Math.min(1, n));

/**
 * Angles and radii of every node when the chart shows `focus`: `null` for all products (inner
 * ring products, outer ring SKUs), or a product key to zoom in (its SKUs fill the whole ring,
 * the other nodes collapse to nothing). An unknown focus is treated as `null`. Every node of
 * the tree is in the result, so two views can always be interpolated; a node that is not on
 * show has `a0 === a1` or `r0 === r1`.
 */
export function sunburstView(tree: SunburstTree, focus: string | null, geometry: SunburstGeometry = DEFAULT_GEOMETRY): ViewArc[] {
  const focused = focus === null ? undefined : tree.nodes.find((n) => n.depth === 1 && n.id === focus);
  const { hole, middle, outer } = geometry;
  if (!focused) {
    return tree.nodes.map((n) => ({
      id: n.id,
      a0: n.x0 * TAU,
      a1: n.x1 * TAU,
      r0: n.depth === 1 ? hole : middle,
      r1: n.depth === 1 ? middle : outer,
    }));
  }
  const span = focused.x1 - focused.x0 || 1;
  return tree.nodes.map((n) => {
    const a0 = clamp01((n.x0 - focused.x0) / span) * TAU;
    const a1 = clamp01((n.x1 - focused.x0) / span) * TAU;
    // Products fold into the centre disc; SKUs take both rings.
    return n.depth === 1 ? { id: n.id, a0, a1, r0: hole, r1: hole } : { id: n.id, a0, a1, r0: hole, r1: outer };
  });
}

/** Whether an arc has any area worth drawing. */
export function isVisible(a: ViewArc): boolean {
  return a.a1 - a.a0 > 1e-6 && a.r1 - a.r0 > 1e-6;
}

/** The arcs between `from` (t = 0) and `to` (t = 1), matched by id; nodes absent in `from` start at their `to`. */
export function interpolateView(from: readonly ViewArc[], to: readonly ViewArc[], t: number): ViewArc[] {
  if (t >= 1) return to.slice();
  const start = new Map(from.map((a) => [a.id, a]));
  const lerp = (a: number, b: number) => a + (b - a) * t;
  return to.map((b) => {
    const a = start.get(b.id) ?? b;
    return { id: b.id, a0: lerp(a.a0, b.a0), a1: lerp(a.a1, b.a1), r0: lerp(a.r0, b.r0), r1: lerp(a.r1, b.r1) };
  });
}

const arcGenerator = arc<ViewArc>()
  .startAngle((d) => d.a0)
  .endAngle((d) => d.a1)
  .innerRadius((d) => d.r0)
  .outerRadius((d) => d.r1)
  .padAngle((d) => Math.min((d.a1 - d.a0) / 2, 0.004))
  .padRadius((d) => d.r1)
  .cornerRadius(1.5)
  .digits(2);

/** SVG path data of one arc (centre at 0,0). */
export function arcPath(a: ViewArc): string {
  return arcGenerator(a) ?? '';
}

/** The share `part / whole` as a ratio, 0 when the whole is 0. */
export function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
