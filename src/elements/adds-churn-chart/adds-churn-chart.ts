import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { MonthChartController, type DrawnSeries } from '../../charts/month-chart/month-chart-controller.js';
import { monthChartStyles } from '../../charts/month-chart/month-chart.styles.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { ComparisonController } from '../../controllers/comparison-controller.js';
import { MONTHLY, type MonthlyResponse } from '../../data/contract.js';
import { emit } from '../../events/events.js';
import { addsChurn } from '../../i18n/text/adds-churn.js';
import type { SeriesSlot } from '../../themes/palette.js';
import { answerMonths, MonthlyChartElement, monthlyChartStyles, seriesColumns } from '../shared/monthly-chart-element.js';
import { renderSwitch, switchStyles } from '../shared/switch.js';
import { validOption } from '../shared/valid-attribute.js';

/** The three stacks, in legend order. */
export const ADDS_CHURN_SERIES = ['new', 'existing', 'churned'] as const;
export type AddsChurnSeries = (typeof ADDS_CHURN_SERIES)[number];

/** Palette slot of each stack: colours its columns and its legend swatch (and the JSDoc below). */
const SLOT: Record<AddsChurnSeries, SeriesSlot> = { new: 3, existing: 1, churned: 5 };
/** Drawn bottom-up in the stacked view: existing, then new on top; churned below zero. */
const STACK_ORDER: AddsChurnSeries[] = ['existing', 'new', 'churned'];
/** The change view: new up and churned down in one column, existing as a dashed line on its own axis. */
const CHANGE_ORDER: AddsChurnSeries[] = ['new', 'churned', 'existing'];

/** The chart's views: `change` (the default) and the seed's `stacked` columns. */
export const ADDS_CHURN_VIEWS = ['change', 'stacked'] as const;
export type AddsChurnView = (typeof ADDS_CHURN_VIEWS)[number];

/**
 * Customer adds and churns per month, from `/customers/monthly` (the same answer the KPI tiles
 * read: one request for all).
 *
 * Two views, switched by `view` or the switch above the chart. `change` (the default) draws
 * new customers as columns above zero and churned customers below it, on their own axis, with
 * existing customers as a dashed line on a second axis on the right: churn stays readable at
 * any scale (with ≈ 50 churned against ≈ 4,000 existing, the stacked columns draw churn as a
 * hairline; here new and churned share a scale made for them). `stacked` draws the source
 * dashboard's stacked columns of existing and new, churned below zero, all on one axis (the
 * size of the base against the flow).
 *
 * Churned is told apart by more than colour: it hangs below zero (negative axis labels), the
 * line is dashed, and the legend, tooltip and table name every series.
 * Legend buttons toggle a series; the range slider above the chart narrows the months shown;
 * hovering a month shows each series' value; clicking a month selects it. The months are one
 * tab stop: arrow keys and Home/End move between them (showing the tooltip), Enter or Space
 * selects one.
 *
 * With `compare` (its own or its `filter-context`'s) the comparison range's months are drawn
 * beside the current ones: hollow columns, a dotted line with hollow markers (shape, not colour
 * alone); month i of the range against month i of the comparison range. The legend's last entry
 * ("Previous 12 months", "A year earlier") toggles them; the tooltip, the months' names, "Show as
 * table" and `toCSV()` give both figures and the change, and say where the comparison has no data.
 *
 * @summary Customer adds and churns per month.
 * @csspart base - The card.
 * @csspart label - The title.
 * @csspart view - The switch between the change and stacked views.
 * @csspart zoom - The month range control.
 * @csspart zoom-start - Its slider for the first month shown.
 * @csspart zoom-end - Its slider for the last month shown.
 * @csspart legend - The legend.
 * @csspart legend-item - Each toggle button of the legend.
 * @csspart comparison-note - With `compare`: why the comparison has no figures for (part of) its range ("no data for the previous period before Nov 2024").
 * @csspart chart - The chart's wrapper.
 * @csspart tooltip - The hovered month's figures.
 * @csspart month - Each month's button over its columns (ringed when focused by keyboard).
 * @csspart skeleton - Shown while loading.
 * @csspart empty - Shown when the range holds no customers.
 * @csspart error - Shown when loading failed.
 * @csspart retry - The Retry button.
 * @cssproperty --insights-series-1 - Existing customers.
 * @cssproperty --insights-series-3 - New customers.
 * @cssproperty --insights-series-5 - Churned customers.
 * @cssproperty --insights-color-surface - Card background.
 * @event insights-select - A month was clicked (or chosen with Enter or Space); `detail` is `{ dimension: 'month', key: 'YYYY-MM' }`.
 * @event change - The view was switched with the switch (`view` holds the new one).
 */
export class AddsChurnChart extends MonthlyChartElement<'monthly', AddsChurnSeries> {
  static override styles = [...monthlyChartStyles, monthChartStyles, switchStyles];

  /**
   * `change` (default): new and churned on their own axis, existing as a line on a second one,
   * so churn stays visible however many customers exist; `stacked`: existing and new stacked,
   * churned below zero, on one axis. Any other value shows `change`.
   */
  @property({ reflect: true }) view: AddsChurnView = 'change';

  /** The view in force: `view` if valid, else `change` (and a console warning once). */
  get activeView(): AddsChurnView {
    return validOption(this, 'view', this.view, ADDS_CHURN_VIEWS, 'change');
  }

  /** The UI text this element shows, in its locale. */
  protected get messages() {
    return this.localize.text({ addsChurn });
  }

  protected readonly resource = new ResourceController(this, MONTHLY);
  protected readonly comparison = new ComparisonController(this, MONTHLY);

  /** Draws the months of the zoom window; a click gives the index of one of them. */
  protected readonly chart = new MonthChartController(this, {
    onSelect: (i) => {
      const data = this.resource.value;
      const month = data && data.months[this.window(data)[0] + i];
      if (month) this.select(month.month);
    },
  });

  private window(data: MonthlyResponse): [number, number] {
    return this.monthWindow(answerMonths(data));
  }

  /** Stack names in the locale in force (the chart re-applies them when it changes). */
  private get seriesNames(): Record<AddsChurnSeries, string> {
    const m = this.messages.addsChurn;
    return { new: m.new, existing: m.existing, churned: m.churned };
  }

  /**
   * Each stack's figure in the comparison range, beside each month of the answer (`null`: no data;
   * a month's flows need the month before it, so the data's first month is not known either).
   */
  private previous(data: MonthlyResponse): Partial<Record<AddsChurnSeries, (number | null)[]>> {
    return this.previousByKey(data.months.length, ADDS_CHURN_SERIES, (answer, i, key) => answer.months[i]?.[key], true);
  }

  /** The drawn stacks for the months `[start, end]` of the answer, with the comparison's when shown. */
  private series(data: MonthlyResponse, [start, end]: [number, number]): DrawnSeries[] {
    const months = data.months.slice(start, end + 1);
    const names = this.seriesNames;
    const change = this.activeView === 'change';
    const previous = this.comparisonShown ? this.previous(data) : {};
    return (change ? CHANGE_ORDER : STACK_ORDER)
      .filter((key) => !this.hiddenSeries.has(key))
      .map((key) => ({
        key,
        name: names[key],
        slot: SLOT[key],
        kind: 'column' as const,
        values: months.map((m) => (key === 'churned' ? -m.churned : m[key])),
        previous: previous[key]?.slice(start, end + 1).map((v) => (v === null || key !== 'churned' ? v : -v)),
        tooltipValue: key === 'churned' ? Math.abs : undefined,
        ...(change && key === 'existing' ? { kind: 'line' as const, axis: 'secondary' as const, dashed: true } : {}),
      }));
  }

  private switchView(view: AddsChurnView): void {
    if (view === this.activeView) return;
    this.view = view;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private select(month: string): void {
    emit(this, 'insights-select', { dimension: 'month', key: month });
  }

  protected get chartWords() {
    const { title, loading } = this.messages.addsChurn;
    return { title, loading };
  }

  /** A column per stack (churned as a positive count, as in the tooltip). */
  protected exportColumns(data: MonthlyResponse) {
    return seriesColumns(data.months, ADDS_CHURN_SERIES, this.seriesNames, this.previous(data));
  }

  protected summary(data: MonthlyResponse): string {
    const format = this.localize.format;
    const [start, end] = this.window(data);
    const months = data.months.slice(start, end + 1);
    const sum = (k: AddsChurnSeries) => format.number(months.reduce((a, m) => a + m[k], 0));
    const range = this.monthRange(months[0].month, months[months.length - 1].month);
    return this.messages.addsChurn.summary(range, sum('new'), sum('churned'));
  }

  protected renderChart(data: MonthlyResponse, busy: boolean) {
    const [start, end] = this.window(data);
    const months = data.months.slice(start, end + 1);
    const addsChurn = this.messages.addsChurn;
    const previous = this.previous(data);
    const names = this.seriesNames;
    const summary = this.summary(data);
    return html`
      ${renderSwitch({
        part: 'view',
        label: addsChurn.view,
        options: ADDS_CHURN_VIEWS.map((key) => ({ key, label: addsChurn.views[key] })),
        selected: this.activeView,
        onSelect: (view) => this.switchView(view),
      })}
      ${this.renderMonthZoom(answerMonths(data))}
      ${this.renderChartLegend(
        ADDS_CHURN_SERIES.map((key) => ({
          key,
          label: names[key],
          slot: SLOT[key],
          hidden: this.hiddenSeries.has(key),
          line: key === 'existing' && this.activeView === 'change',
        })),
        this.chartMessages.chart.series,
        (key) => this.toggleSeries(key as AddsChurnSeries),
        data.months.length,
      )}
      ${this.renderMonthChart(summary, busy, {
        answer: data,
        months: months.map((m) => m.month),
        series: this.series(data, [start, end]),
        stacked: true,
      })}
      ${this.renderTable(
        addsChurn.caption,
        months.map((m) => m.month),
        seriesColumns(
          months,
          ADDS_CHURN_SERIES,
          names,
          Object.fromEntries(Object.entries(previous).map(([key, values]) => [key, values?.slice(start, end + 1)])),
        ),
      )}
    `;
  }
}
