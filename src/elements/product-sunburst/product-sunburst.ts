import { TaskStatus } from '@lit/task';
import { html, noChange, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { TweenController } from '../../controllers/tween-controller.js';
import {
  interpolateView,
  share,
  sunburstLayout,
  sunburstView,
  type SunburstNode,
  type SunburstTree,
  type ViewArc,
} from '../../core/sunburst.js';
import { focusIndexAfterZoom, focusableNodes, focusedProduct, productNodes, skuNodes } from '../../core/sunburst-focus.js';
import { BREAKDOWN, type BreakdownResponse } from '../../data/contract.js';
import { emit } from '../../events/events.js';
import { slotStyles } from '../../themes/palette.js';
import { tokens } from '../../themes/tokens.js';
import { InsightsElement } from '../shared/insights-element.js';
import { cardFillStyles, cardStyles, memberRowStyles } from '../shared/card.styles.js';
import { dataTableStyles, renderDataTable } from '../shared/data-table.js';
import type { ExportData } from '../shared/export-controller.js';
import { exportMenuStyles } from '../shared/export-menu.js';
import { radialStyles } from '../shared/radial.styles.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles } from '../shared/states.js';
import { productSunburstStyles } from './product-sunburst.styles.js';
import { renderFootnote, renderSkuList } from './sku-list.js';
import { ComparisonController } from '../../controllers/comparison-controller.js';
import { memberChanges, type MemberComparison } from '../../core/compare-range.js';
import { spanMonths } from '../../core/month-range.js';
import { compare } from '../../i18n/text/compare.js';
import { missingText, versusText } from '../shared/comparison-text.js';
import { withComparison } from '../shared/comparison-export.js';
import { renderCard } from '../shared/card.js';
import { renderChart } from './sunburst-view.js';
import { common } from '../../i18n/text/common.js';
import { dimension } from '../../i18n/text/dimension.js';
import { exporting } from '../../i18n/text/export.js';
import { sunburst } from '../../i18n/text/sunburst.js';

/**
 * Current customers per product (inner ring) and per SKU (outer ring), as a true sunburst drawn
 * by Lit in SVG (d3-hierarchy lays it out, d3-shape draws the arcs; no chart engine is loaded).
 * Selecting a product (click, or Enter/Space on its arc or its row in the list) zooms into it:
 * its SKUs fill the ring, the centre shows the product and its customers, and the list beside
 * the chart shows its SKUs. The centre (or Escape) zooms back out.
 *
 * A customer with several products counts under each product, so the centre shows the
 * endpoint's distinct total (`total.customers`), never the sum of the ring; a footnote says so.
 * Product percentages are of that total; SKU percentages are of their product's customers.
 *
 * Keyboard: the arcs are one tab stop (roving tabindex); arrow keys move between the arcs of
 * the ring on show, Home/End jump to the first/last, Enter/Space zoom in, Escape zooms out.
 * The zoom tween is skipped under `prefers-reduced-motion: reduce`.
 *
 * @summary Customers by product and SKU, as a zoomable sunburst with the SKU breakdown beside it.
 * @csspart base - The card.
 * @csspart label - The title.
 * @csspart chart - The SVG.
 * @csspart arc - Every arc; also `product` or `sku`.
 * @csspart center - The centre: the total, or the zoomed product (then a button that zooms out).
 * @csspart list - The list beside the chart (products, or the zoomed product's SKUs).
 * @csspart change - With `compare`: each product's or SKU's change against the comparison range.
 * @csspart comparison - With `compare`: why there are no changes (no data for the comparison range).
 * @csspart footnote - Why the ring adds up to more than the centre.
 * @csspart skeleton - Shown while loading.
 * @csspart empty - Shown when the range holds no customers.
 * @csspart error - Shown when loading failed, with a Retry button.
 * @csspart retry - The Retry button.
 * @cssproperty --insights-series-1 - Colour of the largest product (through `--insights-series-8`; SKUs take their product's colour, lighter).
 * @cssproperty --insights-series-other - Colour of products beyond the eighth.
 * @cssproperty --insights-color-surface - Card background, also the gap between arcs.
 * @cssproperty --insights-color-focus - Focus ring of the arcs, the centre and the list.
 * @event insights-select - A product was zoomed into (`{ dimension: 'product', key }`) or out of (`key: null`) by the user.
 */
export class ProductSunburst extends InsightsElement {
  static override styles = [
    tokens,
    stateStyles,
    cardStyles,
    cardFillStyles,
    memberRowStyles,
    slotStyles,
    radialStyles,
    exportMenuStyles,
    dataTableStyles,
    productSunburstStyles,
  ];

  /** The UI text this element shows, in its locale. */
  protected get messages() {
    return this.localize.text({ common, sunburst, exporting, dimension, compare });
  }

  /**
   * Key of the product zoomed into; `null` (no attribute) shows all products. A key the data
   * does not hold shows all products too. Setting it does not emit `insights-select`; user
   * selection does.
   */
  @property({ reflect: true }) selected: string | null = null;

  private readonly products = new ResourceController(this, BREAKDOWN, () => ({ by: 'product' }));
  private readonly skus = new ResourceController(this, BREAKDOWN, () => ({ by: 'sku' }));
  /** The same breakdowns for the comparison range (`compare`). */
  private readonly previousProducts = new ComparisonController(this, BREAKDOWN, () => ({ by: 'product' }));
  private readonly previousSkus = new ComparisonController(this, BREAKDOWN, () => ({ by: 'sku' }));

  /** The comparison range's customers per product and per SKU (keys `product:…`, `sku:…`); `undefined` without both. */
  private get compared(): MemberComparison | undefined {
    const products = this.previousProducts.valueFor(false);
    const skus = this.previousSkus.valueFor(false);
    if (!products || !skus) return undefined;
    const rows = [
      ...products.rows.map((r) => ({ ...r, key: `product:${r.key}` })),
      ...skus.rows.map((r) => ({ ...r, key: `sku:${r.key}` })),
    ];
    return memberChanges(rows, (r) => r.customers);
  }

  /** With `compare` and no figures for it: why. */
  private renderComparisonNote() {
    const view = this.previousProducts;
    const query = this.products.value?.query;
    if (!view.mode || !query || this.compared) return nothing;
    const m = this.messages.compare;
    const loading = view.state === 'loading' || this.previousSkus.state === 'loading';
    const note = loading
      ? `${versusText(view.mode, spanMonths(query.from, query.to), m)} …`
      : missingText(view.state === 'error' ? view : this.previousSkus, m, this.localize.format);
    return html`<p part="comparison">${note}</p>`;
  }

  /** Arcs the zoom tween starts from; undefined when no tween runs. */
  @state() private tweenFrom?: ViewArc[];
  /** Progress of the tween, 0..1 (eased). */
  @state() private tweenT = 1;

  private treeCache?: { products: BreakdownResponse; skus: BreakdownResponse; tree: SunburstTree };
  /** The last tree drawn from two complete answers: kept on show while newer ones load. */
  private shownTree?: { tree: SunburstTree; total: number };
  /** The arcs as last drawn, where a new tween starts. */
  private drawn: ViewArc[] = [];
  private readonly tween = new TweenController(this);
  /** The arcs' one tab stop: an index among the arcs that take focus in the current view; the centre when none does. */
  private readonly roving = new RovingFocusController(this, {
    stop: () =>
      this.renderRoot.querySelector<SVGElement>('[part~="arc"][tabindex="0"]') ??
      this.renderRoot.querySelector<HTMLElement>('button[part="center"]'),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.tweenFrom = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('selected') && changed.get('selected') !== undefined && this.drawn.length > 0) {
      this.startTween();
    }
  }

  /**
   * Reloads what has not loaded (failed, or still pending after its sibling failed), or both
   * resources when both had loaded.
   */
  retry(): void {
    const unfinished = [this.products, this.skus].filter((c) => c.status !== TaskStatus.COMPLETE);
    for (const c of unfinished.length ? unfinished : [this.products, this.skus]) c.retry();
  }

  /** The layout of the loaded data, computed once per pair of answers. */
  private get tree(): SunburstTree | undefined {
    const products = this.products.value;
    const skus = this.skus.value;
    if (!products || !skus) return undefined;
    const c = this.treeCache;
    if (c?.products !== products || c.skus !== skus) {
      this.treeCache = { products, skus, tree: sunburstLayout(products.rows, skus.rows) };
    }
    return this.treeCache!.tree;
  }

  private startTween(): void {
    this.tweenFrom = this.drawn;
    this.tweenT = 0;
    this.tween.run(
      (t) => (this.tweenT = t),
      () => (this.tweenFrom = undefined),
    );
  }

  /** Zooms to `key` (or out with `null`) on the user's behalf, and says so. */
  private choose(key: string | null, refocus: boolean): void {
    if (key === this.selected) return;
    const previous = this.selected;
    this.selected = key;
    const tree = this.tree;
    if (tree) this.roving.index = focusIndexAfterZoom(tree, key, previous);
    emit(this, 'insights-select', { dimension: 'product', key });
    if (refocus) void this.roving.focus();
  }

  private nodeOf(event: Event, tree: SunburstTree): SunburstNode | undefined {
    const path = (event.target as Element).closest?.('[data-index]');
    return path ? tree.nodes[Number(path.getAttribute('data-index'))] : undefined;
  }

  private onChartClick(event: MouseEvent, tree: SunburstTree): void {
    const node = this.nodeOf(event, tree);
    if (!node) return;
    const ring = focusableNodes(tree, this.selected);
    if (node.depth === 1) this.choose(node.key, false);
    else if (focusedProduct(tree, this.selected)) this.roving.index = Math.max(0, ring.indexOf(node));
    else this.choose(node.product, false);
  }

  private onChartKeydown(event: KeyboardEvent, tree: SunburstTree): void {
    if (event.key === 'Escape') {
      if (this.selected !== null) {
        event.preventDefault();
        this.choose(null, true);
      }
      return;
    }
    const node = this.nodeOf(event, tree);
    if (!node) return;
    const ring = focusableNodes(tree, this.selected);
    if ((event.key === 'Enter' || event.key === ' ') && node.depth === 1) {
      event.preventDefault();
      this.choose(node.key, true);
      return;
    }
    this.roving.keydown(event, ring.length, ring.indexOf(node));
  }

  /** The card; `total` (the customers shown) makes its region's name state the headline. */
  private card(content: unknown, total?: number, busy = false) {
    const { common, sunburst } = this.messages;
    const title = sunburst.title;
    const name = total === undefined ? title : common.labelValue(title, common.customerCount(total, this.localize.format.number(total)));
    return renderCard({ level: this.headingLevelInForce, title, name, tools: this.renderTools(true), content, busy });
  }

  /**
   * Every product (share of the distinct total), each followed by its SKUs (share of the
   * product's customers), as the list beside the chart shows them; whatever the zoom.
   */
  protected override exportData(): ExportData | undefined {
    const products = this.products.value;
    const tree = this.tree;
    if (!products || !tree || products.total.customers === 0 || tree.nodes.length === 0) return undefined;
    const { common, sunburst, exporting, dimension } = this.messages;
    const total = products.total.customers;
    const columns = [
      { label: dimension.product, kind: 'text' as const },
      { label: dimension.sku, kind: 'text' as const },
      { label: common.customers, kind: 'count' as const },
      { label: exporting.share(common.customers), kind: 'share' as const },
    ];
    const rows = productNodes(tree).flatMap((p) => [
      [p.label, null, p.customers, share(p.customers, total)],
      ...skuNodes(tree, p.key).map((s) => [p.label, s.label, s.customers, share(s.customers, p.customers)]),
    ]);
    const keys = productNodes(tree).flatMap((p) => [`product:${p.key}`, ...skuNodes(tree, p.key).map((s) => `sku:${s.key}`)]);
    const exported = { name: this.localName, query: products.query, table: { title: sunburst.title, columns, rows } };
    const figure = {
      label: common.customers,
      compared: this.compared,
      keys: (i: number) => keys[i]!,
      current: (i: number) => rows[i]![2] as number,
    };
    const words = { m: this.messages.compare, format: this.localize.format, months: spanMonths(products.query.from, products.query.to) };
    return withComparison(exported, this.previousProducts, [figure], words);
  }

  private renderBody(tree: SunburstTree, total: number) {
    const format = this.localize.format;
    const messages = this.messages;
    const focused = focusedProduct(tree, this.selected);
    const target = sunburstView(tree, focused?.key ?? null);
    const arcs = this.tweenFrom ? interpolateView(this.tweenFrom, target, this.tweenT) : target;
    this.drawn = arcs;
    const ring = focusableNodes(tree, this.selected);
    const chart = renderChart({
      tree,
      arcs,
      ring,
      stop: ring[this.roving.stopIndex(ring.length)],
      focused,
      total,
      animating: this.tweenFrom !== undefined,
      format,
      messages,
      onClick: (e) => this.onChartClick(e, tree),
      onKeydown: (e) => this.onChartKeydown(e, tree),
      onZoomOut: () => this.choose(null, true),
    });
    const compared = this.compared;
    const change = compared && ((level: 'product' | 'sku', key: string, current: number) => compared.change(`${level}:${key}`, current));
    const list = renderSkuList(tree, focused, total, format, messages, this.headingLevelInForce, (key) => this.choose(key, false), change);
    return html`<div class="body">${chart} ${list}</div>
      ${this.renderComparisonNote()} ${renderFootnote(tree, total, this.selected, format, messages)}`;
  }

  protected override render() {
    const { products, skus } = this;
    const states = this.stateMessages;
    if (products.status === TaskStatus.ERROR || skus.status === TaskStatus.ERROR) {
      this.shownTree = undefined;
      return this.card(renderError(products.error ?? skus.error, () => this.retry(), states));
    }
    const tree = products.status === TaskStatus.COMPLETE && skus.status === TaskStatus.COMPLETE ? this.tree : undefined;
    if (!tree) {
      // A reload keeps the last chart on show, busy (dimmed once slow), as every widget does
      // (ResourceController.renderLatest): the tree of two answers that belong together.
      const last = this.exporter.tableView ? undefined : this.shownTree;
      // Both new answers are in (their update follows in this task): nothing to draw before them.
      if (last && products.answerIn && skus.answerIn) return noChange;
      if (last) return this.card(this.renderBody(last.tree, last.total), last.total, true);
      this.drawn = [];
      return this.card(renderSkeleton(states, this.messages.common.loading(this.messages.sunburst.title)));
    }
    const total = products.value!.total.customers;
    this.shownTree = { tree, total };
    if (total === 0 || tree.nodes.length === 0) {
      this.shownTree = undefined;
      this.drawn = [];
      return this.card(renderEmpty(states));
    }
    const exported = this.exporter.tableView ? this.exportData() : undefined;
    if (exported) {
      this.drawn = [];
      return this.card(renderDataTable(exported.table, this.localize.format), total);
    }
    return this.card(this.renderBody(tree, total), total);
  }
}
