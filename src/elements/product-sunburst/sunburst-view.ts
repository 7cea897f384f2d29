/** The sunburst's SVG and its centre, as plain render functions. */
import { html, nothing, svg } from 'lit';
import type { Formatter } from '../../core/format.js';
import { round4 } from '../../core/round.js';
import { arcPath, isVisible, share, type SunburstNode, type SunburstTree, type ViewArc } from '../../core/sunburst.js';
import { parentProduct, productNodes, skuOpacity } from '../../core/sunburst-focus.js';
import type { common } from '../../i18n/text/common.js';
import type { sunburst } from '../../i18n/text/sunburst.js';
import { PALETTE_SIZE, paletteSlot, slotVar, type SeriesSlot } from '../../themes/palette.js';

/** The sunburst's UI text. */
export interface SunburstText {
  common: (typeof common)['en'];
  sunburst: (typeof sunburst)['en'];
}

/** A product's palette slot: the palette in order, "other" beyond the eighth (SKUs take their product's). */
export function productSlot(index: number): SeriesSlot {
  return paletteSlot(index, index >= PALETTE_SIZE);
}

/** What an arc says to assistive technology (and in its tooltip). */
export function arcLabel(node: SunburstNode, tree: SunburstTree, total: number, format: Formatter, m: SunburstText): string {
  const shown = format.number(node.customers);
  if (node.depth === 1) {
    return m.common.memberLabel(node.label, node.customers, shown, format.percent(share(node.customers, total)));
  }
  const parent = parentProduct(tree, node)!;
  const pct = format.percent(share(node.customers, parent.customers));
  return m.sunburst.skuLabel(node.label, node.customers, shown, pct, parent.label);
}

export interface ChartOptions {
  tree: SunburstTree;
  /** The arcs to draw, one per node of `tree` (mid-tween too). */
  arcs: readonly ViewArc[];
  /** The nodes that take focus, and the one holding the tab stop. */
  ring: readonly SunburstNode[];
  stop: SunburstNode | undefined;
  /** The zoomed product, if any. */
  focused: SunburstNode | undefined;
  total: number;
  animating: boolean;
  format: Formatter;
  messages: SunburstText;
  onClick: (event: MouseEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  /** Zooms back out (the centre button). */
  onZoomOut: () => void;
}

/**
 * The rings of arcs and the centre. The arcs are a plain list, not `repeat()`: lit-html 3.3.1+
 * leaves one comment node behind for every item `repeat()` removes (lit/lit#5298), and a new
 * filter state removes arcs every time, so a long session grew the DOM without end. Nothing
 * needs an arc's node to follow its key: the zoom tween matches arcs by id in the data
 * (`interpolateView`), and focus is placed by `focusIndex` after each zoom.
 */
export function renderChart(o: ChartOptions) {
  const { tree, ring, stop, focused, total, format, messages } = o;
  const items = o.arcs.map((a, i) => ({ a, node: tree.nodes[i]!, i })).filter(({ a }) => isVisible(a));
  const productIndex = new Map(productNodes(tree).map((n) => [n.key, n.index]));
  return html`<div class="chart radial">
    <svg
      part="chart"
      viewBox="-100 -100 200 200"
      role="group"
      aria-label=${focused ? messages.sunburst.skusOf(focused.label) : messages.sunburst.products}
      ?data-animating=${o.animating}
      @click=${o.onClick}
      @keydown=${o.onKeydown}
    >
      ${items.map(({ a, node, i }) => {
        const interactive = ring.includes(node);
        const label = arcLabel(node, tree, total, format, messages);
        return svg`<path
          part=${node.depth === 1 ? 'arc product' : 'arc sku'}
          d=${arcPath(a)}
          fill=${slotVar(productSlot(productIndex.get(node.product) ?? 0))}
          fill-opacity=${node.depth === 1 ? 1 : skuOpacity(node)}
          data-index=${i}
          data-key=${node.key}
          data-depth=${node.depth}
          data-customers=${node.customers}
          data-a0=${round4(a.a0)}
          data-a1=${round4(a.a1)}
          role=${interactive ? (node.depth === 1 ? 'button' : 'img') : nothing}
          tabindex=${interactive ? (node === stop ? 0 : -1) : nothing}
          aria-label=${interactive ? label : nothing}
          aria-hidden=${interactive ? nothing : 'true'}
        ><title>${label}</title></path>`;
      })}
    </svg>
    ${renderCenter(focused, total, format, messages, o.onZoomOut)}
  </div>`;
}

/** The centre: the distinct total, or the zoomed product as a button that zooms out. */
export function renderCenter(focused: SunburstNode | undefined, total: number, format: Formatter, m: SunburstText, onZoomOut: () => void) {
  if (!focused) {
    return html`<div part="center" data-total=${total}>
      <span class="center-label">${m.common.customers}</span>
      <span class="center-value">${format.number(total)}</span>
    </div>`;
  }
  return html`<button
    part="center"
    type="button"
    data-total=${focused.customers}
    @click=${onZoomOut}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') onZoomOut();
    }}
  >
    <span class="center-label">${focused.label}</span>
    <span class="center-value"
      >${format.number(focused.customers)}<span class="sr-only"> ${m.common.customerWord(focused.customers)}.</span></span
    >
    <span class="center-back"><span aria-hidden="true">← </span>${m.sunburst.allProducts}</span>
  </button>`;
}
