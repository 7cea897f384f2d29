/**
 * Base class of the kit's month-by-month chart elements (`adds-churn-chart`, `active-vs-total`,
 * `distribution-trend`): what they share so each element keeps only its data, series and words.
 *
 * It holds the `height` attribute (and the `--_chart-height` it sets), the legend's switched-off
 * series, `chartComplete`, the card and placeholder, the chart's box, the screen-reader table
 * of the figures, and the loading/empty/error states around the chart.
 *
 * @example
 * ```ts
 * class MyChart extends MonthlyChartElement<'a' | 'b'> {
 *   static override styles = [...monthlyChartStyles, myStyles];
 *   private readonly monthly = new ResourceController(this, MONTHLY);
 *   protected readonly chart = new ChartController(this, { … });
 *   retry() { this.monthly.retry(); }
 *   render() {
 *     return this.renderStates(this.monthly, {
 *       loading: 'Loading…',
 *       isEmpty: isEmptyMonthly,
 *       placeholder: (content) => this.renderFrame('Title', this.renderPlaceholder(content)),
 *       chart: (data, busy) => this.renderFrame('Title', html`${this.renderChartBox('…', busy)}`),
 *     });
 *   }
 * }
 * ```
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ResourceController } from '../controllers/resource-controller.js';
import { formatMonth, formatNumber } from '../core/format.js';
import type { ResourceName, ResourceResponse } from '../data/contract.js';
import { cardStyles } from '../elements/shared/card.styles.js';
import { InsightsElement } from '../elements/shared/insights-element.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles } from '../elements/shared/states.js';
import { tokens } from '../themes/tokens.js';
import type { ChartController } from './chart-controller.js';
import { chartFrameStyles, chartStyles } from './chart-styles.js';
import { DEFAULT_HEIGHT, chartHeight } from './size.js';

/** The styles every monthly chart element starts with; it adds its own after them. */
export const monthlyChartStyles = [tokens, stateStyles, cardStyles, chartStyles, chartFrameStyles];

/** One column of the screen-reader table: a series' name and its figure per month shown. */
export interface MonthlyTableColumn {
  label: string;
  /** One figure per month, in the order of the months. */
  values: readonly number[];
}

/** How `renderStates()` draws each state of a resource. */
export interface MonthlyStateRenderers<R extends ResourceName> {
  /** What the skeleton announces while loading. */
  loading: string;
  /** True when the answer holds nothing to draw (the empty state is shown instead). */
  isEmpty: (data: ResourceResponse<R>) => boolean;
  /** Wraps the skeleton, empty or error state. */
  placeholder: (content: TemplateResult) => unknown;
  /** The chart for an answer; `busy` while a newer answer loads. */
  chart: (data: ResourceResponse<R>, busy: boolean) => unknown;
}

export abstract class MonthlyChartElement<K extends string = string> extends InsightsElement {
  /** Chart height in CSS pixels; clamped to 160–1200, anything not a number gives 320. */
  @property({ type: Number, reflect: true }) height: number = DEFAULT_HEIGHT;

  /** Series switched off in the legend. */
  @state() protected hiddenSeries: ReadonlySet<K> = new Set();

  /** The chart the element draws into its `.chart` box. */
  protected abstract readonly chart: ChartController;

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

  /** Loads the data again from the endpoint (the error state's Retry button calls it). */
  abstract retry(): void;

  /** Switches a series off in the legend, or on again. */
  protected toggleSeries(key: K): void {
    const next = new Set(this.hiddenSeries);
    if (!next.delete(key)) next.add(key);
    this.hiddenSeries = next;
  }

  /** "first – last" month, long month names in the locale in force. */
  protected monthRange(first: string, last: string): string {
    const locale = this.effectiveLocale;
    return this.messages.common.range(formatMonth(first, locale, 'long'), formatMonth(last, locale, 'long'));
  }

  /** The card: the title, then `content`. */
  protected renderFrame(title: string, content: unknown): TemplateResult {
    return html`<section part="base" aria-label=${title}>
      <h3 part="label">${title}</h3>
      ${content}
    </section>`;
  }

  /** A box as tall as the chart, for the loading, empty and error states. */
  protected renderPlaceholder(content: unknown): TemplateResult {
    return html`<div class="placeholder">${content}</div>`;
  }

  /** The box the chart is drawn in; `summary` is what assistive technology reads for it. */
  protected renderChartBox(summary: string, busy: boolean): TemplateResult {
    return html`<div class="wrap" part="chart" role="img" aria-label=${summary} aria-busy=${busy ? 'true' : 'false'}>
      <div class="chart"></div>
    </div>`;
  }

  /** The chart's figures for screen readers: a row per month, a column per series. */
  protected renderTable(caption: string, months: readonly string[], columns: readonly MonthlyTableColumn[]): TemplateResult {
    const locale = this.effectiveLocale;
    // Hidden by a wrapper: a table ignores `width: 1px`, and would widen the page.
    return html`<div class="sr-only"><table>
      <caption>${caption}</caption>
      <thead><tr><th scope="col">${this.messages.common.month}</th>${columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
      <tbody>
        ${months.map(
          (month, i) => html`<tr><th scope="row">${formatMonth(month, locale, 'long')}</th>${columns.map(
            (c) => html`<td>${formatNumber(c.values[i], locale)}</td>`,
          )}</tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  /**
   * The chart, or the shared state in its place: a skeleton while the first answer loads, the
   * empty state, or the error with a Retry button. A reload keeps the last chart on screen
   * (marked busy, updated in place when the answer arrives).
   */
  protected renderStates<R extends ResourceName>(
    resource: ResourceController<R>,
    { loading, isEmpty, placeholder, chart }: MonthlyStateRenderers<R>,
  ): unknown {
    const locale = this.effectiveLocale;
    const previous = resource.value;
    const skeleton = () => placeholder(renderSkeleton(locale, loading));
    return resource.render({
      initial: skeleton,
      pending: () => (previous && !isEmpty(previous) ? chart(previous, true) : skeleton()),
      error: (error) => placeholder(renderError(error, () => this.retry(), locale)),
      complete: (data) => (isEmpty(data) ? placeholder(renderEmpty(locale)) : chart(data, false)),
    });
  }
}
