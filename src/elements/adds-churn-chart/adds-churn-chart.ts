import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { ChartController } from '../../charts/chart-controller.js';
import { renderZoom } from '../../charts/controls.js';
import { monthlyColumnsOptions, type MonthlySeries } from '../../charts/options/columns.js';
import { slotColor, type ChartTheme } from '../../charts/theme.js';
import { clampWindow } from '../../core/clamp.js';
import { isEmptyMonthly } from '../../core/metrics.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { MONTHLY, type MonthlyResponse } from '../../data/contract.js';
import { emit } from '../../events/events.js';
import { addsChurn } from '../../i18n/text/adds-churn.js';
import type { SeriesSlot } from '../../themes/palette.js';
import { renderLegend } from '../shared/legend.js';
import { MonthlyChartElement, monthlyChartStyles } from '../shared/monthly-chart-element.js';

/** The three stacks, in legend order. */
export const ADDS_CHURN_SERIES = ['new', 'existing', 'churned'] as const;
export type AddsChurnSeries = (typeof ADDS_CHURN_SERIES)[number];

/** Palette slot of each stack: colours its columns and its legend swatch (and the JSDoc below). */
const SLOT: Record<AddsChurnSeries, SeriesSlot> = { new: 3, existing: 1, churned: 5 };
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
 * @csspart zoom - The month range control.
 * @csspart zoom-start - Its slider for the first month shown.
 * @csspart zoom-end - Its slider for the last month shown.
 * @csspart legend - The legend.
 * @csspart legend-item - Each toggle button of the legend.
 * @csspart chart - The chart's wrapper.
 * @csspart skeleton - Shown while loading.
 * @csspart empty - Shown when the range holds no customers.
 * @csspart error - Shown when loading failed.
 * @csspart retry - The Retry button.
 * @cssproperty --insights-series-1 - Existing customers.
 * @cssproperty --insights-series-3 - New customers.
 * @cssproperty --insights-series-5 - Churned customers.
 * @cssproperty --insights-color-surface - Card background.
 * @event insights-select - A month was clicked; `detail` is `{ dimension: 'month', key: 'YYYY-MM' }`.
 */
export class AddsChurnChart extends MonthlyChartElement<'monthly', AddsChurnSeries> {
  static override styles = monthlyChartStyles;

  /** The UI text this element shows, in its locale. */
  protected get messages() {
    return this.localize.text({ addsChurn });
  }

  /** Months shown, as indexes of the answer's months; reset when the data changes. */
  @state() private zoom?: { data: MonthlyResponse; start: number; end: number };

  protected readonly resource = new ResourceController(this, MONTHLY);

  protected readonly chart = new ChartController(this, {
    target: () => this.renderRoot.querySelector<HTMLElement>('.chart'),
    // The words too: a language's module may arrive after the chart is drawn.
    deps: () => [this.resource.value, this.effectiveLocale, this.messages.addsChurn, this.hiddenSeries, this.zoom, this.chartHeight],
    options: ({ theme, animate }) => {
      const data = this.resource.value;
      if (!data || isEmptyMonthly(data)) return undefined;
      const [start, end] = this.window(data);
      const months = data.months.slice(start, end + 1);
      return monthlyColumnsOptions({
        theme,
        animate,
        format: this.localize.format,
        height: this.chartHeight,
        months: months.map((m) => m.month),
        series: this.series(months, theme),
        onSelect: (i) => this.select(months[i].month),
      });
    },
  });

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
      color: slotColor(theme, SLOT[key]),
      data: months.map((m) => (key === 'churned' ? -m.churned : m[key])),
      tooltipValue: key === 'churned' ? Math.abs : undefined,
    }));
  }

  private select(month: string): void {
    emit(this, 'insights-select', { dimension: 'month', key: month });
  }

  protected get cardTitle(): string {
    return this.messages.addsChurn.title;
  }

  protected get loadingLabel(): string {
    return this.messages.addsChurn.loading;
  }

  protected isEmpty(data: MonthlyResponse): boolean {
    return isEmptyMonthly(data);
  }

  /** A row per month, a column per stack (churned as a positive count, as in the tooltip). */
  protected override exportData() {
    const data = this.resource.value;
    if (!data || isEmptyMonthly(data)) return undefined;
    const names = this.seriesNames;
    const columns = ADDS_CHURN_SERIES.map((k) => ({ label: names[k], values: data.months.map((m) => m[k]) }));
    return this.monthlyExport(data.query, data.months.map((m) => m.month), columns);
  }

  protected renderChart(data: MonthlyResponse, busy: boolean) {
    const format = this.localize.format;
    const [start, end] = this.window(data);
    const months = data.months.slice(start, end + 1);
    const addsChurn = this.messages.addsChurn;
    const names = this.seriesNames;
    const sum = (k: AddsChurnSeries) => format.number(months.reduce((a, m) => a + m[k], 0));
    const range = this.monthRange(months[0].month, months[months.length - 1].month);
    const summary = addsChurn.summary(range, sum('new'), sum('churned'));
    return html`
      ${renderZoom({
        months: data.months.map((m) => m.month),
        start,
        end,
        format,
        messages: this.chartMessages.chart,
        onChange: (s, e) => (this.zoom = { data, start: s, end: e }),
      })}
      ${renderLegend(
        ADDS_CHURN_SERIES.map((key) => ({ key, label: names[key], slot: SLOT[key], hidden: this.hiddenSeries.has(key) })),
        this.chartMessages.chart.series,
        (key) => this.toggleSeries(key as AddsChurnSeries),
      )}
      ${this.renderChartBox(summary, busy)}
      ${this.renderTable(
        addsChurn.caption,
        months.map((m) => m.month),
        ADDS_CHURN_SERIES.map((k) => ({ label: names[k], values: months.map((m) => m[k]) })),
      )}
    `;
  }
}
