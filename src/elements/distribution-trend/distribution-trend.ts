import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ChartController } from '../../charts/chart-controller.js';
import { MonthlyChartElement, monthlyChartStyles } from '../../charts/chart-element.js';
import { renderLegend, renderZoom } from '../../charts/controls.js';
import { monthlyColumnsOptions } from '../../charts/options/columns.js';
import type { ChartTheme } from '../../charts/theme.js';
import { countryName } from '../../core/geo/names.js';
import { formatNumber } from '../../core/format.js';
import { clampInt, clampWindow, topN } from '../../core/top-n.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { TREND, type TrendResponse } from '../../data/contract.js';
import { distributionTrendStyles } from './distribution-trend.styles.js';
import { text } from '../../i18n/define-text.js';
import { common } from '../../i18n/text/common.js';
import { dimension } from '../../i18n/text/dimension.js';
import { trend } from '../../i18n/text/trend.js';

/** The tabs, in order. */
export const TREND_DIMENSIONS = ['market', 'segment', 'partnerLocation', 'product'] as const;
export type TrendDimension = (typeof TREND_DIMENSIONS)[number];

/** Most members drawn before the rest fold into "Other" (one per palette colour). */
export const MAX_TOP = 8;
/** Key of the "Other" bucket; not a possible member key of the contract (control character). */
export const OTHER_KEY = '\u0000other';

/** One drawn member: a top member or "Other". */
interface Stack {
  key: string;
  label: string;
  values: number[];
  /** Palette slot 1–8, or 0 for "Other". */
  slot: number;
}

let tabsInstances = 0;

/**
 * Monthly stacked columns of customers per member of one dimension — market, segment, partner
 * location or product, one tab each — from `/customers/trend?by=…`. The `top` largest members
 * (by customers summed over the range) are drawn, the rest summed as "Other". Each tab's answer
 * is fetched once and cached; switching back does not ask again. Legend buttons toggle members;
 * the range slider narrows the months; hovering a month shows each stack's value.
 *
 * Out-of-range attributes fall back, never throw: an unknown `dimension` shows the first tab
 * (`market`); `top` is clamped to 1–8 (not a number: 8); `height` to 160–1200 px (else 320).
 *
 * @summary Customer distribution trend, per market, segment, partner location or product.
 * @csspart base - The card.
 * @csspart label - The title.
 * @csspart tabs - The tab list; each `tab` is a tab button.
 * @csspart zoom - The month range control; `zoom-start`, `zoom-end` are its two sliders.
 * @csspart legend - The legend; each `legend-item` is a toggle button.
 * @csspart chart - The chart's wrapper.
 * @csspart skeleton - Shown while loading.
 * @csspart empty - Shown when the range holds no customers.
 * @csspart error - Shown when loading failed; `retry` is its button.
 * @cssproperty --insights-series-1 - First member's colour (through `--insights-series-8`).
 * @cssproperty --insights-series-other - Colour of "Other".
 * @cssproperty --insights-color-accent - The selected tab's underline.
 * @event change - The user picked another tab; read `dimension`.
 */
export class DistributionTrend extends MonthlyChartElement {
  static override styles = [...monthlyChartStyles, distributionTrendStyles];

  /** The UI text this element shows, in its locale. */
  protected override get messages() {
    return text(this.effectiveLocale, { common, dimension, trend });
  }

  /** The selected tab: `market`, `segment`, `partnerLocation` or `product` (unknown → `market`). */
  @property({ reflect: true }) dimension: string = 'market';

  /** How many members are drawn before the rest become "Other"; clamped to 1–8. */
  @property({ type: Number, reflect: true }) top = MAX_TOP;

  /** Months shown, kept while the months stay the same (also across tabs). */
  @state() private zoom?: { months: string; start: number; end: number };

  private readonly idPrefix = `distribution-trend-${++tabsInstances}`;

  private readonly trend = new ResourceController(this, TREND, () => ({ by: this.activeDimension }));

  protected readonly chart = new ChartController(this, {
    target: () => this.renderRoot.querySelector<HTMLElement>('.chart'),
    deps: () => [this.trend.value, this.effectiveLocale, this.hiddenSeries, this.zoom, this.chartHeight, this.topCount],
    options: ({ theme, animate }) => {
      const data = this.trend.value;
      if (!data || isEmptyTrend(data)) return undefined;
      const [start, end] = this.window(data);
      const stacks = this.stacks(data).filter((s) => !this.hiddenSeries.has(this.hiddenKey(data, s.key)));
      return monthlyColumnsOptions({
        theme,
        animate,
        locale: this.effectiveLocale,
        height: this.chartHeight,
        months: data.months.slice(start, end + 1),
        series: stacks.map((s) => ({
          name: s.label,
          color: colour(theme, s.slot),
          data: s.values.slice(start, end + 1),
        })),
      });
    },
  });

  /** The tab in force (`dimension` if valid, else `market`). */
  get activeDimension(): TrendDimension {
    return (TREND_DIMENSIONS as readonly string[]).includes(this.dimension) ? (this.dimension as TrendDimension) : 'market';
  }

  /** The clamped `top` in force. */
  get topCount(): number {
    return clampInt(this.top, 1, MAX_TOP, MAX_TOP);
  }

  /** Loads the current tab's data again from the endpoint. */
  override retry(): void {
    this.trend.retry();
  }

  /** A member as kept in `hiddenSeries` (members switched off in the legend): `dimension:key`. */
  private hiddenKey(data: TrendResponse, key: string): string {
    return `${data.by}:${key}`;
  }

  private window(data: TrendResponse): [number, number] {
    const z = this.zoom?.months === data.months.join() ? this.zoom : undefined;
    return clampWindow(z?.start, z?.end, data.months.length);
  }

  /** A dimension's name in the locale in force (the key itself for one the kit does not know). */
  private dimensionLabel(dimension: string): string {
    return (TREND_DIMENSIONS as readonly string[]).includes(dimension)
      ? this.messages.dimension[dimension as TrendDimension]
      : dimension;
  }

  /** Top members by customers over the whole range (stable colours while zooming), plus Other. */
  private stacks(data: TrendResponse): Stack[] {
    const { top, other } = topN(data.series, this.topCount);
    // Markets are named in the widget's locale, as the map names them ("Verenigde Staten").
    const name = (s: { key: string; label: string }) =>
      data.by === 'market' ? countryName(s.key, this.effectiveLocale, s.label) : s.label;
    const stacks: Stack[] = top.map((s, i) => ({ key: s.key, label: name(s), values: s.values, slot: i + 1 }));
    if (other) {
      const n = other.keys.length;
      const label = this.messages.common.otherCount(n, formatNumber(n, this.effectiveLocale));
      stacks.push({ key: OTHER_KEY, label, values: other.values, slot: 0 });
    }
    return stacks;
  }

  private selectTab(dimension: TrendDimension, focus: boolean): void {
    if (dimension !== this.activeDimension) {
      this.dimension = dimension;
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`[role="tab"][data-dimension="${dimension}"]`)?.focus(),
      );
    }
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const index = TREND_DIMENSIONS.indexOf(this.activeDimension);
    const last = TREND_DIMENSIONS.length - 1;
    const next: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    if (!(event.key in next)) return;
    event.preventDefault();
    this.selectTab(TREND_DIMENSIONS[next[event.key]], true);
  }

  private renderTabs() {
    const active = this.activeDimension;
    return html`<div role="tablist" part="tabs" aria-label=${this.messages.trend.tabs} @keydown=${this.onTabKeydown}>
      ${TREND_DIMENSIONS.map(
        (d) => html`<button
          role="tab"
          part="tab"
          type="button"
          id="${this.idPrefix}-tab-${d}"
          data-dimension=${d}
          aria-selected=${d === active ? 'true' : 'false'}
          aria-controls="${this.idPrefix}-panel"
          tabindex=${d === active ? '0' : '-1'}
          @click=${() => this.selectTab(d, false)}
        >
          ${this.messages.dimension[d]}
        </button>`,
      )}
    </div>`;
  }

  private renderChart(data: TrendResponse, busy: boolean) {
    const locale = this.effectiveLocale;
    const [start, end] = this.window(data);
    const stacks = this.stacks(data);
    const trend = this.messages.trend;
    const range = this.monthRange(data.months[start], data.months[end]);
    const summary = trend.summary(this.dimensionLabel(data.by), range, stacks.length);
    return html`
      ${renderZoom({
        months: data.months,
        start,
        end,
        locale,
        onChange: (s, e) => (this.zoom = { months: data.months.join(), start: s, end: e }),
      })}
      ${renderLegend(
        stacks.map((s) => ({
          key: s.key,
          label: s.label,
          color: s.slot ? `var(--_series-${s.slot})` : 'var(--_series-other)',
          hidden: this.hiddenSeries.has(this.hiddenKey(data, s.key)),
        })),
        (key) => this.toggleSeries(this.hiddenKey(data, key)),
        locale,
        (TREND_DIMENSIONS as readonly string[]).includes(data.by) ? this.dimensionLabel(data.by) : trend.members,
      )}
      ${this.renderChartBox(summary, busy)}
      ${this.renderTable(
        trend.caption(this.dimensionLabel(data.by)),
        data.months.slice(start, end + 1),
        stacks.map((s) => ({ label: s.label, values: s.values.slice(start, end + 1) })),
      )}
    `;
  }

  private renderPanel() {
    // Another tab loading: the chart stays and is updated in place when the answer arrives.
    return this.renderStates(this.trend, {
      loading: this.messages.trend.loading(this.messages.dimension[this.activeDimension]),
      isEmpty: isEmptyTrend,
      placeholder: (content) => this.renderPlaceholder(content),
      chart: (data, busy) => this.renderChart(data, busy),
    });
  }

  protected override render() {
    return this.renderFrame(
      this.messages.trend.title,
      html`
        ${this.renderTabs()}
        <div
          role="tabpanel"
          id="${this.idPrefix}-panel"
          aria-labelledby="${this.idPrefix}-tab-${this.activeDimension}"
        >
          ${this.renderPanel()}
        </div>
      `,
    );
  }
}

/** True when no member has a customer in any month. */
function isEmptyTrend(data: TrendResponse): boolean {
  return data.months.length === 0 || data.series.every((s) => s.values.every((v) => v === 0));
}

function colour(theme: ChartTheme, slot: number): string {
  return slot ? theme.series[(slot - 1) % theme.series.length] : theme.other;
}
