import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MonthChartController, type DrawnSeries } from '../../charts/month-chart/month-chart-controller.js';
import { monthChartStyles } from '../../charts/month-chart/month-chart.styles.js';
import { TREND_DIMENSIONS, type TrendDimension } from '../../core/distribution.js';
import { countryName } from '../../core/geo/names.js';
import { DEFAULT_TOP, OTHER_KEY, topN } from '../../core/top-n.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { ComparisonController } from '../../controllers/comparison-controller.js';
import { emit } from '../../events/events.js';
import { TREND, type Dimension, type TrendResponse } from '../../data/contract.js';
import { common } from '../../i18n/text/common.js';
import { dimension } from '../../i18n/text/dimension.js';
import { trend } from '../../i18n/text/trend.js';
import { paletteSlot, type SeriesSlot } from '../../themes/palette.js';
import { MonthlyChartElement, monthlyChartStyles } from '../shared/monthly-chart-element.js';
import { renderTabList, tabListStyles } from '../shared/tab-list.js';
import { validInteger, validOption } from '../shared/valid-attribute.js';
import { distributionTrendStyles } from './distribution-trend.styles.js';

export { TREND_DIMENSIONS, type TrendDimension };

/** Most members drawn before the rest fold into "Other" (one per palette colour). */
export const MAX_TOP = DEFAULT_TOP;

/** One drawn member: a top member or "Other". */
interface Stack {
  key: string;
  label: string;
  values: number[];
  slot: SeriesSlot;
  /** With a comparison: the member's customers in the comparison range beside each month (`null`: no data). */
  previous?: (number | null)[];
}

/**
 * Monthly stacked columns of customers per member of one dimension — market, segment, partner
 * location or product, one tab each — from `/customers/trend?by=…`. The `top` largest members
 * (by customers summed over the range) are drawn, the rest summed as "Other". Each tab's answer
 * is fetched once and cached; switching back does not ask again. Legend buttons toggle members;
 * the range slider narrows the months; hovering a month shows each stack's value, the stack
 * under the pointer highlighted; a click on a member's stack selects the member (again: clears).
 *
 * By keyboard the months are one tab stop: ←/→ and Home/End move between months (the tooltip
 * follows), ↑/↓ walk through the focused month's stacks (ringed, named in the tooltip and in the
 * month's accessible name: member and figure), Enter or Space selects that stack's member, and
 * Escape clears the selection (in a `filter-context`). "Other" is drawn and named, not selectable.
 *
 * Out-of-range attributes fall back, never throw: an unknown `dimension` shows the first tab
 * (`market`); `top` is clamped to 1–8, a fraction floored (not a number: 8); `height` to
 * 160–1200 px (else 320). An invalid value warns once in the console.
 *
 * With `compare` (its own or its `filter-context`'s) the comparison range's months are drawn
 * beside the current ones: hollow columns, a dotted line with hollow markers (shape, not colour
 * alone); month i of the range against month i of the comparison range. The legend's last entry
 * ("Previous 12 months", "A year earlier") toggles them; the tooltip, the months' names, "Show as
 * table" and `toCSV()` give both figures and the change, and say where the comparison has no data.
 *
 * @summary Customer distribution trend, per market, segment, partner location or product.
 * @csspart base - The card.
 * @csspart label - The title.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab; the selected one is also `tab-selected`.
 * @csspart panel - The tab panel.
 * @csspart zoom - The month range control.
 * @csspart zoom-start - Its slider for the first month shown.
 * @csspart zoom-end - Its slider for the last month shown.
 * @csspart legend - The legend.
 * @csspart legend-item - Each toggle button of the legend.
 * @csspart comparison-note - With `compare`: why the comparison has no figures for (part of) its range ("no data for the previous period before Nov 2024").
 * @csspart chart - The chart's wrapper.
 * @csspart tooltip - The hovered or focused month's figures, one row per stack.
 * @csspart month - Each month's button over its stacks (ringed when focused by keyboard).
 * @csspart skeleton - Shown while loading.
 * @csspart empty - Shown when the range holds no customers.
 * @csspart error - Shown when loading failed.
 * @csspart retry - The Retry button.
 * @cssproperty --insights-series-1 - First member's colour (through `--insights-series-8`).
 * @cssproperty --insights-series-other - Colour of "Other".
 * @cssproperty --insights-color-accent - The selected tab's underline.
 * @event change - The user picked another tab; read `dimension`.
 * @event insights-select - A member's stack was clicked or chosen with Enter or Space (`{ dimension, key }`), or chosen again (`key: null`).
 */
export class DistributionTrend extends MonthlyChartElement<'trend'> {
  static override styles = [...monthlyChartStyles, monthChartStyles, tabListStyles, distributionTrendStyles];

  /** The UI text this element shows, in its locale. */
  protected get messages() {
    return this.localize.text({ common, dimension, trend });
  }

  /** The selected tab: `market`, `segment`, `partnerLocation` or `product` (unknown → `market`). */
  @property({ reflect: true }) dimension: TrendDimension = 'market';

  /** How many members are drawn before the rest become "Other"; clamped to 1–8. */
  @property({ type: Number, reflect: true }) top = MAX_TOP;

  /** The member selected by a click on its stack, as `dimension:key`. */
  @state() private selectedMember?: string;

  protected readonly resource = new ResourceController(this, TREND, () => ({ by: this.activeDimension }));
  protected readonly comparison = new ComparisonController(this, TREND, () => ({ by: this.activeDimension }));

  /** Draws the months of the zoom window; a click (or Enter) on a stack selects its member. */
  protected readonly chart = new MonthChartController(this, {
    onSelectStack: (_month, key) => {
      const data = this.resource.value;
      if (data && key !== OTHER_KEY) this.selectMember(data.by, key);
    },
  });

  /** The tab in force (`dimension` if valid, else `market`). */
  get activeDimension(): TrendDimension {
    return validOption(this, 'dimension', this.dimension, TREND_DIMENSIONS, 'market');
  }

  /** The clamped `top` in force. */
  get topCount(): number {
    return validInteger(this, 'top', this.top, 1, MAX_TOP, MAX_TOP);
  }

  protected get chartWords() {
    const trend = this.messages.trend;
    return { title: trend.title, loading: trend.loading(this.messages.dimension[this.activeDimension]) };
  }

  /** A column per member drawn (the top members and "Other", hidden ones too). */
  protected exportColumns(data: TrendResponse) {
    return this.stacks(data);
  }

  /** `distribution-trend-<dimension>`. */
  protected override exportName(data: TrendResponse): string {
    return `${this.localName}-${data.by}`;
  }

  /** A member as kept in `hiddenSeries` (members switched off in the legend): `dimension:key`. */
  private hiddenKey(data: TrendResponse, key: string): string {
    return `${data.by}:${key}`;
  }

  private window(data: TrendResponse): [number, number] {
    return this.monthWindow(data.months);
  }

  /** A dimension's name in the locale in force (the key itself for one the kit does not know). */
  private dimensionLabel(dimension: string): string {
    return (TREND_DIMENSIONS as readonly string[]).includes(dimension) ? this.messages.dimension[dimension as TrendDimension] : dimension;
  }

  /** Top members by customers over the whole range (stable colours while zooming), plus Other. */
  private stacks(data: TrendResponse): Stack[] {
    const { top, other } = topN(data.series, this.topCount);
    // Markets are named in the widget's locale, as the map names them ("Verenigde Staten").
    const name = (s: { key: string; label: string }) =>
      data.by === 'market' ? countryName(s.key, this.effectiveLocale, s.label) : s.label;
    // The comparison's figures per member drawn; "Other" there is every member not drawn (a member of
    // the comparison range only, too).
    const drawn = new Set(top.map((s) => s.key));
    const before = (figure: (answer: TrendResponse, month: number) => number) =>
      this.previousValues(data.months.length, (answer, i) => (answer.by === data.by ? figure(answer, i) : undefined));
    const previousOf = (key: string) => before((answer, i) => answer.series.find((s) => s.key === key)?.values[i] ?? 0);
    const stacks: Stack[] = top.map((s, i) => ({
      key: s.key,
      label: name(s),
      values: s.values,
      slot: paletteSlot(i),
      previous: previousOf(s.key),
    }));
    if (other) {
      const n = other.keys.length;
      const label = this.messages.common.otherCount(n, this.localize.format.number(n));
      const previous = before((answer, i) => answer.series.reduce((sum, s) => (drawn.has(s.key) ? sum : sum + (s.values[i] ?? 0)), 0));
      stacks.push({ key: OTHER_KEY, label, values: other.values, slot: 'other', previous });
    }
    return stacks;
  }

  /** The stacks shown (legend toggles applied) as the month chart draws them, for the months of the window. */
  private drawnSeries(data: TrendResponse, stacks: readonly Stack[], [start, end]: [number, number]): DrawnSeries[] {
    return stacks
      .filter((s) => !this.hiddenSeries.has(this.hiddenKey(data, s.key)))
      .map((s) => ({
        key: s.key,
        name: s.label,
        slot: s.slot,
        kind: 'column' as const,
        values: s.values.slice(start, end + 1),
        previous: this.comparisonShown ? s.previous?.slice(start, end + 1) : undefined,
      }));
  }

  /** Selects a member (a click on its stack) or clears it (clicked again), for cross-filtering. */
  private selectMember(dimension: Dimension, key: string): void {
    this.selectedMember = this.selectedMember === `${dimension}:${key}` ? undefined : `${dimension}:${key}`;
    emit(this, 'insights-select', { dimension, key: this.selectedMember ? key : null });
  }

  private selectTab(dimension: TrendDimension): void {
    if (dimension === this.activeDimension) return;
    this.dimension = dimension;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  protected summary(data: TrendResponse): string {
    const [start, end] = this.window(data);
    const range = this.monthRange(data.months[start], data.months[end]);
    return this.messages.trend.summary(this.dimensionLabel(data.by), range, this.stacks(data).length);
  }

  protected renderChart(data: TrendResponse, busy: boolean) {
    const [start, end] = this.window(data);
    const stacks = this.stacks(data);
    const trend = this.messages.trend;
    const summary = this.summary(data);
    return html`
      ${this.renderMonthZoom(data.months)}
      ${this.renderChartLegend(
        stacks.map((s) => ({
          key: s.key,
          label: s.label,
          slot: s.slot,
          hidden: this.hiddenSeries.has(this.hiddenKey(data, s.key)),
          selected: this.selectedMember === this.hiddenKey(data, s.key),
        })),
        (TREND_DIMENSIONS as readonly string[]).includes(data.by) ? this.dimensionLabel(data.by) : trend.members,
        (key) => this.toggleSeries(this.hiddenKey(data, key)),
        data.months.length,
      )}
      ${this.renderMonthChart(summary, busy, {
        answer: data,
        months: data.months.slice(start, end + 1),
        series: this.drawnSeries(data, stacks, [start, end]),
        stacked: true,
      })}
      ${this.renderTable(
        trend.caption(this.dimensionLabel(data.by)),
        data.months.slice(start, end + 1),
        stacks.map((s) => ({ label: s.label, values: s.values.slice(start, end + 1), previous: s.previous?.slice(start, end + 1) })),
      )}
    `;
  }

  /** The tabs, then the panel: the chart or a state in its place (another tab loading keeps the chart, busy). */
  protected override renderBody() {
    const names = this.messages.dimension;
    return html`
      ${renderTabList({
        tabs: TREND_DIMENSIONS.map((d) => ({ id: d, label: names[d] })),
        selected: this.activeDimension,
        label: this.messages.trend.tabs,
        onSelect: (d) => this.selectTab(d),
      })}
      <div part="panel" role="tabpanel" id="panel" aria-labelledby="tab-${this.activeDimension}">${super.renderBody()}</div>
    `;
  }
}
