import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ChartController } from '../../charts/chart-controller.js';
import { DEFAULT_HEIGHT, chartHeight } from '../../charts/size.js';
import { chartFrameStyles, chartStyles } from '../../charts/chart-styles.js';
import { renderLegend } from '../../charts/controls.js';
import { monthlyColumnsOptions, type MonthlySeries } from '../../charts/options/columns.js';
import { formatMonth, formatNumber } from '../../core/format.js';
import { isEmptyMonthly } from '../../core/metrics.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import type { MonthlyResponse } from '../../data/contract.js';
import { emit } from '../../events/events.js';
import { tokens } from '../../themes/tokens.js';
import { InsightsElement } from '../shared/insights-element.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles } from '../shared/states.js';
import { activeVsTotalStyles } from './active-vs-total.styles.js';

type Key = 'active' | 'customers';
const KEYS: Key[] = ['active', 'customers'];
/** Palette slot (`--_series-N`) of each series, as `--_active` / `--_total` in the styles. */
const SLOT: Record<Key, number> = { active: 1, customers: 2 };
const CSS_VAR: Record<Key, string> = { active: 'var(--_active)', customers: 'var(--_total)' };

/**
 * Monthly columns of active customers (with active product usage) and a line of all customers,
 * with one shared tooltip. Reads `/customers/monthly` — the same request as the KPI tiles and
 * `adds-churn-chart`, so a page with all of them asks once.
 *
 * @summary Active customers against total customers per month.
 * @csspart base - The card.
 * @csspart label - The title.
 * @csspart legend - The legend; each `legend-item` is a toggle button.
 * @csspart chart - The chart's wrapper.
 * @csspart skeleton - Shown while loading.
 * @csspart empty - Shown when the range holds no customers.
 * @csspart error - Shown when loading failed; `retry` is its button.
 * @cssproperty --insights-series-1 - Active customers (columns).
 * @cssproperty --insights-series-2 - Total customers (line).
 * @cssproperty --insights-color-surface - Card background.
 * @event insights-select - A month was clicked; `detail` is `{ dimension: 'month', key: 'YYYY-MM' }`.
 */
export class ActiveVsTotal extends InsightsElement {
  static override styles = [tokens, stateStyles, chartStyles, chartFrameStyles, activeVsTotalStyles];

  /** Chart height in CSS pixels; clamped to 160–1200, anything not a number gives 320. */
  @property({ type: Number, reflect: true }) height = DEFAULT_HEIGHT;

  /** Series switched off in the legend. */
  @state() private hiddenSeries: ReadonlySet<Key> = new Set();

  private readonly monthly = new ResourceController(this, 'monthly');

  private readonly chart = new ChartController(this, {
    target: () => this.renderRoot.querySelector<HTMLElement>('.chart'),
    deps: () => [this.monthly.value, this.effectiveLocale, this.hiddenSeries, this.chartHeight],
    options: ({ theme, animate }) => {
      const data = this.monthly.value;
      if (!data || isEmptyMonthly(data)) return undefined;
      const names = this.seriesNames;
      const series: MonthlySeries[] = KEYS.filter((k) => !this.hiddenSeries.has(k)).map((k) => ({
        name: names[k],
        kind: k === 'active' ? 'column' : 'line',
        color: theme.series[SLOT[k] - 1],
        data: data.months.map((m) => m[k]),
      }));
      return monthlyColumnsOptions({
        theme,
        animate,
        locale: this.effectiveLocale,
        height: this.chartHeight,
        stacked: false,
        months: data.months.map((m) => m.month),
        series,
        onSelect: (i) => emit(this, 'insights-select', { dimension: 'month', key: data.months[i].month }),
      });
    },
  });

  /** Series names in the locale in force (the chart re-applies them when it changes). */
  private get seriesNames(): Record<Key, string> {
    const m = this.messages.activeVsTotal;
    return { active: m.active, customers: m.total };
  }

  /** The clamped height in force. */
  get chartHeight(): number {
    return chartHeight(this.height);
  }

  /** Settles when the chart shows the current data (ApexCharts loaded, drawn, animation done). */
  get chartComplete(): Promise<void> {
    return this.updateComplete.then(() => this.chart.complete);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.style.setProperty('--_chart-height', `${this.chartHeight}px`);
  }

  /** Loads the data again from the endpoint. */
  retry(): void {
    this.monthly.retry();
  }

  private toggle(key: Key): void {
    const next = new Set(this.hiddenSeries);
    if (!next.delete(key)) next.add(key);
    this.hiddenSeries = next;
  }

  private frame(content: unknown) {
    const title = this.messages.activeVsTotal.title;
    return html`<section part="base" aria-label=${title}>
      <h3 part="label">${title}</h3>
      ${content}
    </section>`;
  }

  private renderChart(data: MonthlyResponse, busy: boolean) {
    const locale = this.effectiveLocale;
    const { common, activeVsTotal: m } = this.messages;
    const names = this.seriesNames;
    const last = data.months[data.months.length - 1];
    const lastMonth = formatMonth(last.month, locale, 'long');
    const summary = m.summary(
      common.range(formatMonth(data.months[0].month, locale, 'long'), lastMonth),
      lastMonth,
      formatNumber(last.active, locale),
      formatNumber(last.customers, locale),
    );
    return this.frame(html`
      ${renderLegend(
        KEYS.map((key) => ({ key, label: names[key], color: CSS_VAR[key], hidden: this.hiddenSeries.has(key) })),
        (key) => this.toggle(key as Key),
        locale,
      )}
      <div class="wrap" part="chart" role="img" aria-label=${summary} aria-busy=${busy ? 'true' : 'false'}>
        <div class="chart"></div>
      </div>
      <table class="sr-only">
        <caption>${m.caption}</caption>
        <thead><tr><th scope="col">${common.month}</th>${KEYS.map((k) => html`<th scope="col">${names[k]}</th>`)}</tr></thead>
        <tbody>
          ${data.months.map(
            (m) => html`<tr><th scope="row">${formatMonth(m.month, locale, 'long')}</th>${KEYS.map(
              (k) => html`<td>${formatNumber(m[k], locale)}</td>`,
            )}</tr>`,
          )}
        </tbody>
      </table>
    `);
  }

  private renderPlaceholder(content: unknown) {
    return this.frame(html`<div class="placeholder">${content}</div>`);
  }

  protected override render() {
    const locale = this.effectiveLocale;
    const previous = this.monthly.value;
    const loading = () => this.renderPlaceholder(renderSkeleton(locale, this.messages.activeVsTotal.loading));
    return this.monthly.render({
      initial: loading,
      pending: () => (previous && !isEmptyMonthly(previous) ? this.renderChart(previous, true) : loading()),
      error: (error) => this.renderPlaceholder(renderError(error, () => this.retry(), locale)),
      complete: (data) =>
        isEmptyMonthly(data) ? this.renderPlaceholder(renderEmpty(locale)) : this.renderChart(data, false),
    });
  }
}
