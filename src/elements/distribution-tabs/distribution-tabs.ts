import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import {
  DISTRIBUTION_DIMENSIONS,
  DISTRIBUTION_VARIANTS,
  overlaps,
  shownMembers,
  toggleHidden,
  toggleSelection,
  type DistributionDimension,
  type DistributionVariant,
} from '../../core/distribution.js';
import { DEFAULT_TOP, topMembers, type TopMember } from '../../core/top-n.js';
import { BREAKDOWN, type BreakdownResponse } from '../../data/contract.js';
import { emit } from '../../events/events.js';
import { common } from '../../i18n/text/common.js';
import { dimension } from '../../i18n/text/dimension.js';
import { tabs } from '../../i18n/text/tabs.js';
import { paletteSlot } from '../../themes/palette.js';
import { tokens } from '../../themes/tokens.js';
import { cardFillStyles, cardStyles, memberRowStyles } from '../shared/card.styles.js';
import { dataTableStyles, renderDataTable } from '../shared/data-table.js';
import type { ExportData } from '../shared/export-controller.js';
import { exportMenuStyles } from '../shared/export-menu.js';
import { InsightsElement } from '../shared/insights-element.js';
import { legendStyles, renderLegend } from '../shared/legend.js';
import { radialStyles } from '../shared/radial.styles.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles } from '../shared/states.js';
import { renderCard } from '../shared/card.js';
import { renderTabList, tabListStyles } from '../shared/tab-list.js';
import { validInteger, validOption } from '../shared/valid-attribute.js';
import { renderBars } from './bars-view.js';
import { renderChange } from '../shared/change-view.js';
import { ComparisonController } from '../../controllers/comparison-controller.js';
import { memberChanges, type MemberComparison } from '../../core/compare-range.js';
import { spanMonths } from '../../core/month-range.js';
import { compare } from '../../i18n/text/compare.js';
import { missingText, versusText } from '../shared/comparison-text.js';
import { withComparison } from '../shared/comparison-export.js';
import { TABS, renderSwitch, tabOf, type Tab } from './dimension-tabs.js';
import { distributionTabsStyles } from './distribution-tabs.styles.js';
import { renderDonut } from './donut-view.js';

export { DISTRIBUTION_DIMENSIONS, type DistributionDimension, type DistributionVariant };

/**
 * Current customers broken down by partner location, segment, sales channel (with a switch to
 * the Azure pricing model) or attribution type: one tab each (WAI-ARIA tabs: arrow keys,
 * Home/End, one tab stop). Each member shows its count and % of the endpoint's distinct total
 * (a customer can count under several partner locations, channels or attribution types, so
 * shares may add up to more than 100%; a footnote says so when they do). The `top` largest
 * members are shown and the rest grouped as "Other". Legend items toggle members in and out of
 * the chart. Drawn by Lit (bars in HTML, the donut in SVG with d3-shape): no chart engine.
 *
 * One request per dimension, the first time its tab is shown; switching back is served from the
 * client's cache.
 *
 * Out-of-range attributes fall back rather than fail: an unknown `dimension` shows partner
 * locations, an unknown `variant` draws bars, and `top` is read as an integer ≥ 1, a fraction
 * floored (`top="0"` shows the largest member and "Other"; a non-number means the default 8);
 * an invalid value warns once in the console. When only one member would go to "Other" it is
 * shown by name instead.
 *
 * @summary Customers per partner location, segment, sales channel / pricing model or attribution type, in tabs.
 * @csspart base - The card.
 * @csspart label - The title.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab; the selected one is also `tab-selected`.
 * @csspart panel - The tab panel.
 * @csspart switch - Sales channel / Azure pricing model switch (on the sales channel tab).
 * @csspart legend - The legend.
 * @csspart legend-item - Each toggle button of the legend.
 * @csspart bars - The list of bars (`variant="bars"`).
 * @csspart bar - Each bar.
 * @csspart donut - The donut's SVG (`variant="donut"`).
 * @csspart slice - Each slice of the donut.
 * @csspart footnote - Says when shares add up to more than 100%.
 * @csspart change - With `compare`: each member's change against the comparison range (after its bar, or in the donut's legend).
 * @csspart comparison - With `compare`: why there are no changes (no data for the comparison range).
 * @csspart skeleton - Shown while loading.
 * @csspart empty - Shown when the range holds no customers.
 * @csspart error - Shown when loading failed, with a Retry button.
 * @csspart retry - The Retry button.
 * @cssproperty --insights-series-1 - Colour of the largest member (through `--insights-series-8`, repeating beyond).
 * @cssproperty --insights-series-other - Colour of "Other".
 * @cssproperty --insights-color-accent - Underline of the selected tab.
 * @cssproperty --insights-color-focus - Focus ring.
 * @event insights-select - The user selected a member (`{ dimension, key }`) or cleared the selection (`key: null`) by clicking it again.
 * @event change - The user switched tab or the sales channel / pricing model switch; read `dimension`.
 */
export class DistributionTabs extends InsightsElement {
  static override styles = [
    tokens,
    stateStyles,
    cardStyles,
    cardFillStyles,
    memberRowStyles,
    tabListStyles,
    legendStyles,
    radialStyles,
    exportMenuStyles,
    dataTableStyles,
    distributionTabsStyles,
  ];

  /** The UI text this element shows, in its locale. */
  protected get messages() {
    return this.localize.text({ common, dimension, tabs, compare });
  }

  /**
   * The dimension shown: `partnerLocation` (default), `segment`, `salesChannel`, `pricingModel`
   * (the sales channel tab, switched) or `attributionType`. Unknown values show partner locations.
   */
  @property({ reflect: true }) dimension: DistributionDimension = 'partnerLocation';

  /** `bars` (default, horizontal bars) or `donut`; unknown values draw bars. */
  @property({ reflect: true }) variant: DistributionVariant = 'bars';

  /** How many members to show before grouping the rest as "Other"; an integer ≥ 1, default 8. */
  @property({ type: Number }) top = DEFAULT_TOP;

  /** Members hidden through the legend, per dimension (kept when switching tabs). */
  @state() private hiddenKeys = new Map<DistributionDimension, ReadonlySet<string>>();
  /** The member the user selected, per dimension (for cross-filtering). */
  @state() private selectedKey = new Map<DistributionDimension, string>();
  /** The donut's slices: one tab stop. */
  private readonly roving = new RovingFocusController(this, {
    stop: () => this.renderRoot.querySelector<SVGElement>('[part~="slice"][tabindex="0"]'),
  });

  private readonly breakdown = new ResourceController(this, BREAKDOWN, () => ({ by: this.activeDimension }));
  /** The same breakdown for the comparison range (`compare`). */
  private readonly comparison = new ComparisonController(this, BREAKDOWN, () => ({ by: this.activeDimension }));

  /** The comparison range's customers per member of the dimension on show; `undefined` without them. */
  private get compared(): MemberComparison | undefined {
    const previous = this.comparison.valueFor(false);
    return previous?.by === this.activeDimension ? memberChanges(previous.rows, (r) => r.customers) : undefined;
  }

  /** Each member's change against the comparison range; `undefined` without comparison figures. */
  private get memberChange(): ((m: TopMember) => number | null) | undefined {
    const compared = this.compared;
    return compared && ((m: TopMember) => compared.change(m.keys, m.customers));
  }

  /** With `compare` and no figures for it: why ("no data for the previous period before Nov 2024"). */
  private renderComparisonNote(data: BreakdownResponse) {
    const view = this.comparison;
    if (!view.mode || this.compared) return nothing;
    const m = this.messages.compare;
    const note =
      view.state === 'loading'
        ? `${versusText(view.mode, spanMonths(data.query.from, data.query.to), m)} …`
        : missingText(view, m, this.localize.format);
    return html`<p part="comparison" class="note">${note}</p>`;
  }

  /** The dimension in force: `dimension` if valid, else `partnerLocation`. */
  get activeDimension(): DistributionDimension {
    return validOption(this, 'dimension', this.dimension, DISTRIBUTION_DIMENSIONS, 'partnerLocation');
  }

  private get activeVariant(): DistributionVariant {
    return validOption(this, 'variant', this.variant, DISTRIBUTION_VARIANTS, 'bars');
  }

  private get topCount(): number {
    return validInteger(this, 'top', this.top, 1, Number.MAX_SAFE_INTEGER, DEFAULT_TOP);
  }

  private get activeTab(): Tab {
    return tabOf(this.activeDimension);
  }

  /** Reloads the current dimension from the endpoint. */
  retry(): void {
    this.breakdown.retry();
  }

  /** Shows `member` (one of the current dimension's keys, or "Other") again, or hides it. */
  toggleMember(key: string, visible?: boolean): void {
    const dim = this.activeDimension;
    this.hiddenKeys = new Map(this.hiddenKeys).set(dim, toggleHidden(this.hiddenKeys.get(dim), key, visible));
  }

  private switchTo(dimension: DistributionDimension): void {
    if (dimension === this.activeDimension) return;
    this.dimension = dimension;
    this.roving.index = 0;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** A tab was chosen: the dimension it shows (the active one if it holds it, else its default). */
  private selectTab(id: Tab['id']): void {
    const tab = TABS.find((t) => t.id === id)!;
    this.switchTo(tab.dimensions.includes(this.activeDimension) ? this.activeDimension : tab.dimensions[0]!);
  }

  private select(member: TopMember): void {
    if (member.other) return;
    const dim = this.activeDimension;
    const key = toggleSelection(this.selectedKey.get(dim), member.key);
    const next = new Map(this.selectedKey);
    if (key === null) next.delete(dim);
    else next.set(dim, key);
    this.selectedKey = next;
    emit(this, 'insights-select', { dimension: dim, key });
  }

  private onSliceKeydown(event: KeyboardEvent, shown: TopMember[]): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const m = shown[this.roving.stopIndex(shown.length)];
      if (m) this.select(m);
      return;
    }
    this.roving.keydown(event, shown.length);
  }

  private renderMembers(shown: TopMember[], total: number) {
    const dim = this.activeDimension;
    const options = {
      shown,
      total,
      selected: this.selectedKey.get(dim),
      label: this.messages.dimension[dim],
      format: this.localize.format,
      common: this.messages.common,
    };
    const change = this.memberChange;
    if (this.activeVariant === 'bars') return renderBars({ ...options, change, onSelect: (m) => this.select(m) });
    return renderDonut({
      ...options,
      change,
      sliceIndex: this.roving.stopIndex(shown.length),
      onKeydown: (e) => this.onSliceKeydown(e, shown),
      onSlice: (m, i) => {
        this.roving.index = i;
        this.select(m);
      },
    });
  }

  /** A row per member shown in the legend ("Other" included, hidden ones too): customers and share. */
  protected override exportData(): ExportData | undefined {
    const data = this.breakdown.value;
    if (!data || data.by !== this.activeDimension) return undefined;
    const { common, dimension } = this.messages;
    const total = data.total.customers;
    const members = topMembers(data.rows, this.topCount, common.other);
    if (total === 0 || members.length === 0) return undefined;
    const columns = [
      { label: dimension[data.by as DistributionDimension] ?? data.by, kind: 'text' as const },
      { label: common.customers, kind: 'count' as const },
      { label: this.exporter.text.share(common.customers), kind: 'share' as const },
    ];
    const title = common.labelValue(this.messages.tabs.title, columns[0]!.label);
    const rows = members.map((member) => [member.label, member.customers, member.customers / total]);
    const exported = { name: `${this.localName}-${data.by}`, query: data.query, table: { title, columns, rows } };
    const figure = {
      label: common.customers,
      compared: this.compared,
      keys: (i: number) => members[i]!.keys,
      current: (i: number) => members[i]!.customers,
    };
    const words = { m: this.messages.compare, format: this.localize.format, months: spanMonths(data.query.from, data.query.to) };
    return withComparison(exported, this.comparison, [figure], words);
  }

  private renderData(data: BreakdownResponse) {
    const m = this.messages;
    const total = data.total.customers;
    const members = topMembers(data.rows, this.topCount, m.common.other);
    if (total === 0 || members.length === 0) return renderEmpty(this.stateMessages);
    const exported = this.exporter.tableView ? this.exportData() : undefined;
    if (exported) return renderDataTable(exported.table, this.localize.format);
    const hidden = this.hiddenKeys.get(this.activeDimension) ?? new Set<string>();
    const shown = shownMembers(members, hidden);
    // The bars show each change after the bar; the donut has no row per member but its legend.
    const change = this.activeVariant === 'donut' ? this.memberChange : undefined;
    const legend = members.map((member) => ({
      key: member.key,
      label: member.label,
      slot: paletteSlot(member.index, member.other),
      hidden: hidden.has(member.key),
      after: change && renderChange(change(member), this.localize.format),
    }));
    return html`${renderLegend(legend, m.tabs.legend, (key) => this.toggleMember(key))} ${this.renderComparisonNote(data)}
    ${shown.length === 0 ? html`<p class="note" role="status">${m.tabs.allHidden}</p>` : this.renderMembers(shown, total)}
    ${overlaps(data.rows, total) ? html`<p part="footnote">${m.tabs.overlap(this.localize.format.number(total))}</p>` : nothing}`;
  }

  protected override render() {
    const dim = this.activeDimension;
    const states = this.stateMessages;
    const { common, dimension, tabs } = this.messages;
    const switchTo = (d: DistributionDimension) => this.switchTo(d);
    let busy = false;
    const content = this.breakdown.renderLatest({
      loading: () => renderSkeleton(states, common.loading(dimension[dim])),
      keep: (previous) => previous.by === dim, // another tab's members would mislead
      error: (error) => renderError(error, () => this.retry(), states),
      complete: (data, stale) => {
        busy = stale;
        return this.renderData(data);
      },
    });
    return renderCard({
      level: this.headingLevelInForce,
      title: tabs.title,
      name: common.labelValue(tabs.title, dimension[dim]),
      tools: this.renderTools(true),
      content: html`${renderTabList({
          tabs: TABS.map((tab) => ({ id: tab.id, label: dimension[tab.dimensions[0]!] })),
          selected: this.activeTab.id,
          label: tabs.tabs,
          onSelect: (id) => this.selectTab(id),
        })}
        <div
          part="panel"
          id="panel"
          role="tabpanel"
          aria-labelledby="tab-${this.activeTab.id}"
          aria-busy=${busy ? 'true' : 'false'}
          data-dimension=${dim}
        >
          ${renderSwitch(dim, dimension, tabs, switchTo)} ${content}
        </div>`,
    });
  }
}
