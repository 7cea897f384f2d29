import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ChartController } from '../../charts/chart-controller.js';
import { chartFrameStyles, chartStyles } from '../../charts/chart-styles.js';
import { renderLegend, renderZoom } from '../../charts/controls.js';
import { monthlyColumnsOptions, type MonthlySeries } from '../../charts/options/columns.js';
import type { ChartTheme } from '../../charts/theme.js';
import { formatMonth, formatNumber } from '../../core/format.js';
import { isEmptyMonthly } from '../../core/metrics.js';
import { clampWindow } from '../../core/top-n.js';
import { DEFAULT_HEIGHT, chartHeight } from '../../charts/size.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import type { MonthlyResponse } from '../../data/contract.js';
import { emit } from '../../events/events.js';
import { tokens } from '../../themes/tokens.js';
import { InsightsElement } from '../shared/insights-element.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles } from '../shared/states.js';
import { addsChurnChartStyles } from './adds-churn-chart.styles.js';

/** The three stacks, in legend order. */
export const ADDS_CHURN_SERIES = ['new', 'existing', 'churned'] as const;
export type AddsChurnSeries = (typeof ADDS_CHURN_SERIES)[number];

/** Palette slot of each stack (`--_series-N`), as in the styles' `--_new` etc. */
const SLOT: Record<AddsChurnSeries, number> = { new: 3, existing: 1, churned: 5 };
/** Drawn bottom-up: existing, then new on top; churned below zero. */
const STACK_ORDER: AddsChurnSeries[] = ['existing', 'new', 'churned'];

/**
 * Monthly stacked columns of new and existing customers, with churned customers drawn below
 * zero, from `/customers/monthly` (the same answer the KPI tiles read: one request for all).
 * Legend buttons toggle a stack; the range slider above the chart narrows the months shown;
 * hovering a month shows each stack's value; clicking a month selects it.
 *
 * @summary Customer adds and churns per month.
 * @csspart base - The card.
 * @csspart label - The title.
 * @csspart zoom - The month range control; `zoom-start`, `zoom-end` are its two sliders.
 * @csspart legend - The legend; each `legend-item` is a toggle button.
 * @csspart chart - The chart's wrapper.
 * @csspart skeleton - Shown while loading.
 * @csspart empty - Shown when the range holds no customers.
 * @csspart error - Shown when loading failed; `retry` is its button.
 * @cssproperty --insights-series-1 - Existing customers.
 * @cssproperty --insights-series-3 - New customers.
 * @cssproperty --insights-series-5 - Churned customers.
 * @cssproperty --insights-color-surface - Card background.
 * @event insights-select - A month was clicked; `detail` is `{ dimension: 'month', key: 'YYYY-MM' }`.
 */
export class AddsChurnChart extends InsightsElement {
  static override styles = [tokens, stateStyles, chartStyles, chartFrameStyles, addsChurnChartStyles];

  /** Chart height in CSS pixels; clamped to 160–1200, anything not a number gives 320. */
  @property({ type: Number, reflect: true }) height = DEFAULT_HEIGHT;

  /** Stacks switched off in the legend. */
  @state() private hiddenSeries: ReadonlySet<AddsChurnSeries> = new Set();

  /** Months shown, as indexes of the answer's months; reset when the data changes. */
  @state() private zoom?: { data: MonthlyResponse; start: number; end: number };

  private readonly monthly = new ResourceController(this, 'monthly');

  private readonly chart = new ChartController(this, {
    target: () => this.renderRoot.querySelector<HTMLElement>('.chart'),
    deps: () => [this.monthly.value, this.effectiveLocale, this.hiddenSeries, this.zoom, this.chartHeight],
    options: ({ theme, animate }) => {
      const data = this.monthly.value;
      if (!data || isEmptyMonthly(data)) return undefined;
      const [start, end] = this.window(data);
      const months = data.months.slice(start, end + 1);
      return monthlyColumnsOptions({
        theme,
        animate,
        locale: this.effectiveLocale,
        height: this.chartHeight,
        months: months.map((m) => m.month),
        series: this.series(months, theme),
        onSelect: (i) => this.select(months[i].month),
      });
    },
  });

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

  private window(data: MonthlyResponse): [number, number] {
    const z = this.zoom?.data === data ? this.zoom : undefined;
    return clampWindow(z?.start, z?.end, data.months.length);
  }

  /** Stack names in the locale in force (the chart re-applies them when it changes). */
  private get seriesNames(): Record<AddsChurnSeries, string> {
    const m = this.messages.addsChurn;
    return { new: m.new, existing: m.existing, churned: m.churned };
  }

  private series(months: MonthlyResponse['months'], theme: ChartTheme): MonthlySeries[] {
    const names = this.seriesNames;
    return STACK_ORDER.filter((key) => !this.hiddenSeries.has(key)).map((key) => ({
      name: names[key],
      color: theme.series[SLOT[key] - 1],
      data: months.map((m) => (key === 'churned' ? -m.churned : m[key])),
      tooltipValue: key === 'churned' ? Math.abs : undefined,
    }));
  }

  private toggle(key: AddsChurnSeries): void {
    const next = new Set(this.hiddenSeries);
    if (!next.delete(key)) next.add(key);
    this.hiddenSeries = next;
  }

  private select(month: string): void {
    emit(this, 'insights-select', { dimension: 'month', key: month });
  }

  /** Loads the data again from the endpoint. */
  retry(): void {
    this.monthly.retry();
  }

  private frame(content: unknown) {
    const title = this.messages.addsChurn.title;
    return html`<section part="base" aria-label=${title}>
      <h3 part="label">${title}</h3>
      ${content}
    </section>`;
  }

  private renderTable(months: MonthlyResponse['months']) {
    const locale = this.effectiveLocale;
    const { common, addsChurn } = this.messages;
    const names = this.seriesNames;
    return html`<table class="sr-only">
      <caption>${addsChurn.caption}</caption>
      <thead><tr><th scope="col">${common.month}</th>${ADDS_CHURN_SERIES.map((k) => html`<th scope="col">${names[k]}</th>`)}</tr></thead>
      <tbody>
        ${months.map(
          (m) => html`<tr><th scope="row">${formatMonth(m.month, locale, 'long')}</th>${ADDS_CHURN_SERIES.map(
            (k) => html`<td>${formatNumber(m[k], locale)}</td>`,
          )}</tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderChart(data: MonthlyResponse, busy: boolean) {
    const locale = this.effectiveLocale;
    const [start, end] = this.window(data);
    const months = data.months.slice(start, end + 1);
    const { common, addsChurn } = this.messages;
    const names = this.seriesNames;
    const sum = (k: AddsChurnSeries) => formatNumber(months.reduce((a, m) => a + m[k], 0), locale);
    const range = common.range(
      formatMonth(months[0].month, locale, 'long'),
      formatMonth(months[months.length - 1].month, locale, 'long'),
    );
    const summary = addsChurn.summary(range, sum('new'), sum('churned'));
    return this.frame(html`
      ${renderZoom({
        months: data.months.map((m) => m.month),
        start,
        end,
        locale,
        onChange: (s, e) => (this.zoom = { data, start: s, end: e }),
      })}
      ${renderLegend(
        ADDS_CHURN_SERIES.map((key) => ({
          key,
          label: names[key],
          color: `var(--_${key})`,
          hidden: this.hiddenSeries.has(key),
        })),
        (key) => this.toggle(key as AddsChurnSeries),
        locale,
      )}
      <div class="wrap" part="chart" role="img" aria-label=${summary} aria-busy=${busy ? 'true' : 'false'}>
        <div class="chart"></div>
      </div>
      ${this.renderTable(months)}
    `);
  }

  private renderPlaceholder(content: unknown) {
    return this.frame(html`<div class="placeholder">${content}</div>`);
  }

  protected override render() {
    const locale = this.effectiveLocale;
    const previous = this.monthly.value;
    const loading = () => this.renderPlaceholder(renderSkeleton(locale, this.messages.addsChurn.loading));
    return this.monthly.render({
      initial: loading,
      // A reload keeps the last chart on screen (updated in place when the answer arrives).
      pending: () => (previous && !isEmptyMonthly(previous) ? this.renderChart(previous, true) : loading()),
      error: (error) => this.renderPlaceholder(renderError(error, () => this.retry(), locale)),
      complete: (data) =>
        isEmptyMonthly(data) ? this.renderPlaceholder(renderEmpty(locale)) : this.renderChart(data, false),
    });
  }
}
