import { html } from 'lit';
import { ChartController } from '../../charts/chart-controller.js';
import { MonthlyChartElement, monthlyChartStyles } from '../../charts/chart-element.js';
import { renderLegend } from '../../charts/controls.js';
import { monthlyColumnsOptions, type MonthlySeries } from '../../charts/options/columns.js';
import { formatMonth, formatNumber } from '../../core/format.js';
import { isEmptyMonthly } from '../../core/metrics.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { MONTHLY, type MonthlyResponse } from '../../data/contract.js';
import { emit } from '../../events/events.js';
import { activeVsTotalStyles } from './active-vs-total.styles.js';
import { text } from '../../i18n/define-text.js';
import { common } from '../../i18n/text/common.js';
import { activeVsTotal } from '../../i18n/text/active-vs-total.js';

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
export class ActiveVsTotal extends MonthlyChartElement<Key> {
  static override styles = [...monthlyChartStyles, activeVsTotalStyles];

  /** The UI text this element shows, in its locale. */
  protected override get messages() {
    return text(this.effectiveLocale, { common, activeVsTotal });
  }

  private readonly monthly = new ResourceController(this, MONTHLY);

  protected readonly chart = new ChartController(this, {
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

  /** Loads the data again from the endpoint. */
  override retry(): void {
    this.monthly.retry();
  }

  private renderChart(data: MonthlyResponse, busy: boolean) {
    const locale = this.effectiveLocale;
    const m = this.messages.activeVsTotal;
    const names = this.seriesNames;
    const first = data.months[0];
    const last = data.months[data.months.length - 1];
    const summary = m.summary(
      this.monthRange(first.month, last.month),
      formatMonth(last.month, locale, 'long'),
      formatNumber(last.active, locale),
      formatNumber(last.customers, locale),
    );
    return this.renderFrame(
      m.title,
      html`
        ${renderLegend(
          KEYS.map((key) => ({ key, label: names[key], color: CSS_VAR[key], hidden: this.hiddenSeries.has(key) })),
          (key) => this.toggleSeries(key as Key),
          locale,
        )}
        ${this.renderChartBox(summary, busy)}
        ${this.renderTable(
          m.caption,
          data.months.map((month) => month.month),
          KEYS.map((k) => ({ label: names[k], values: data.months.map((month) => month[k]) })),
        )}
      `,
    );
  }

  protected override render() {
    const m = this.messages.activeVsTotal;
    return this.renderStates(this.monthly, {
      loading: m.loading,
      isEmpty: isEmptyMonthly,
      placeholder: (content) => this.renderFrame(m.title, this.renderPlaceholder(content)),
      chart: (data, busy) => this.renderChart(data, busy),
    });
  }
}
