import { html } from 'lit';
import { MonthChartController, type DrawnSeries } from '../../charts/month-chart/month-chart-controller.js';
import { monthChartStyles } from '../../charts/month-chart/month-chart.styles.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { ComparisonController } from '../../controllers/comparison-controller.js';
import { MONTHLY, type MonthlyResponse } from '../../data/contract.js';
import { emit } from '../../events/events.js';
import { activeVsTotal } from '../../i18n/text/active-vs-total.js';
import type { SeriesSlot } from '../../themes/palette.js';
import { MonthlyChartElement, monthlyChartStyles, seriesColumns } from '../shared/monthly-chart-element.js';

type Key = 'active' | 'customers';
const KEYS: Key[] = ['active', 'customers'];
/** Palette slot of each series: colours it and its legend swatch (and the JSDoc below). */
const SLOT: Record<Key, SeriesSlot> = { active: 1, customers: 2 };

/**
 * Monthly columns of active customers (with active product usage) and a line of all customers,
 * with one shared tooltip (hover a month; a click selects it). Reads `/customers/monthly` — the same request as the KPI tiles and
 * `adds-churn-chart`, so a page with all of them asks once. The months are one tab stop: arrow
 * keys and Home/End move between them (showing the tooltip), Enter or Space selects one.
 *
 * With `compare` (its own or its `filter-context`'s) the comparison range's months are drawn
 * beside the current ones: hollow columns, a dotted line with hollow markers (shape, not colour
 * alone); month i of the range against month i of the comparison range. The legend's last entry
 * ("Previous 12 months", "A year earlier") toggles them; the tooltip, the months' names, "Show as
 * table" and `toCSV()` give both figures and the change, and say where the comparison has no data.
 *
 * @summary Active customers against total customers per month.
 * @csspart base - The card.
 * @csspart label - The title.
 * @csspart legend - The legend.
 * @csspart legend-item - Each toggle button of the legend.
 * @csspart comparison-note - With `compare`: why the comparison has no figures for (part of) its range ("no data for the previous period before Nov 2024").
 * @csspart chart - The chart's wrapper.
 * @csspart tooltip - The hovered month's figures.
 * @csspart month - Each month's button over its column (ringed when focused by keyboard).
 * @csspart skeleton - Shown while loading.
 * @csspart empty - Shown when the range holds no customers.
 * @csspart error - Shown when loading failed.
 * @csspart retry - The Retry button.
 * @cssproperty --insights-series-1 - Active customers (columns).
 * @cssproperty --insights-series-2 - Total customers (line).
 * @cssproperty --insights-color-surface - Card background.
 * @event insights-select - A month was clicked (or chosen with Enter or Space); `detail` is `{ dimension: 'month', key: 'YYYY-MM' }`.
 */
export class ActiveVsTotal extends MonthlyChartElement<'monthly', Key> {
  static override styles = [...monthlyChartStyles, monthChartStyles];

  /** The UI text this element shows, in its locale. */
  protected get messages() {
    return this.localize.text({ activeVsTotal });
  }

  protected readonly resource = new ResourceController(this, MONTHLY);
  protected readonly comparison = new ComparisonController(this, MONTHLY);

  protected readonly chart = new MonthChartController(this, {
    onSelect: (i) => {
      const month = this.resource.value?.months[i];
      if (month) emit(this, 'insights-select', { dimension: 'month', key: month.month });
    },
  });

  /** Active customers as columns, all customers as a line, both on the one axis. */
  private series(data: MonthlyResponse): DrawnSeries[] {
    const names = this.seriesNames;
    const previous = this.comparisonShown ? this.previous(data) : {};
    return KEYS.filter((k) => !this.hiddenSeries.has(k)).map((k) => ({
      key: k,
      name: names[k],
      slot: SLOT[k],
      kind: k === 'active' ? 'column' : 'line',
      values: data.months.map((m) => m[k]),
      previous: previous[k],
    }));
  }

  /** Each series' figure in the comparison range beside each month (`null`: no data for that month). */
  private previous(data: MonthlyResponse): Partial<Record<Key, (number | null)[]>> {
    return this.previousByKey(data.months.length, KEYS, (answer, i, key) => answer.months[i]?.[key]);
  }

  /** The table's and the export's columns: active and total customers, with the comparison's figures. */
  private columns(data: MonthlyResponse) {
    return seriesColumns(data.months, KEYS, this.seriesNames, this.previous(data));
  }

  /** Series names in the locale in force (the chart re-applies them when it changes). */
  private get seriesNames(): Record<Key, string> {
    const m = this.messages.activeVsTotal;
    return { active: m.active, customers: m.total };
  }

  protected get chartWords() {
    const { title, loading } = this.messages.activeVsTotal;
    return { title, loading };
  }

  /** Active and total customers. */
  protected exportColumns(data: MonthlyResponse) {
    return this.columns(data);
  }

  protected summary(data: MonthlyResponse): string {
    const format = this.localize.format;
    const first = data.months[0];
    const last = data.months[data.months.length - 1];
    return this.messages.activeVsTotal.summary(
      this.monthRange(first.month, last.month),
      format.month(last.month, 'long'),
      format.number(last.active),
      format.number(last.customers),
    );
  }

  protected renderChart(data: MonthlyResponse, busy: boolean) {
    const m = this.messages.activeVsTotal;
    const names = this.seriesNames;
    const summary = this.summary(data);
    return html`
      ${this.renderChartLegend(
        KEYS.map((key) => ({ key, label: names[key], slot: SLOT[key], hidden: this.hiddenSeries.has(key) })),
        this.chartMessages.chart.series,
        (key) => this.toggleSeries(key as Key),
        data.months.length,
      )}
      ${this.renderMonthChart(summary, busy, {
        answer: data,
        months: data.months.map((m) => m.month),
        series: this.series(data),
        stacked: false,
      })}
      ${this.renderTable(
        m.caption,
        data.months.map((month) => month.month),
        this.columns(data),
      )}
    `;
  }
}
