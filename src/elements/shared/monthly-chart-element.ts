/**
 * Base class of the kit's month-by-month chart elements (`adds-churn-chart`, `active-vs-total`,
 * `distribution-trend`): what they share so each element keeps only its data, series and words.
 * All three draw with the kit's own SVG month chart (`charts/month-chart/`).
 *
 * It holds the `height` attribute (and the `--_chart-height` it sets), the legend's switched-off
 * series, the month window of the range slider, `chartComplete`, `retry()`, the card, the
 * chart's box, the screen-reader table, the export (a row per month, a column per series), and
 * the loading/empty/error states around the chart (`render()`). A subclass names its resource
 * (`resource`), its title and loading words (`chartWords`), the export's columns, and draws the
 * chart body; an answer with no customer in any month shows the empty state.
 *
 * The month window (`monthWindow`, `renderMonthZoom`), one rule for every slider chart: the
 * months the slider narrowed to are kept while the answer covers the same months — a filter
 * change, another tab, a reload — and reset to the whole range when the months change (another
 * range in the filter bar), where the old indexes would name other months.
 *
 * @example
 * ```ts
 * class MyChart extends MonthlyChartElement<'monthly', 'a' | 'b'> {
 *   static override styles = [...monthlyChartStyles, myStyles];
 *   protected readonly resource = new ResourceController(this, MONTHLY);
 *   protected readonly chart = new MonthChartController(this, { onSelect: (i) => … });
 *   protected get chartWords() { return { title: 'Title', loading: 'Loading…' }; }
 *   protected exportColumns(data: MonthlyResponse) { return seriesColumns(data.months, ['a', 'b'], NAMES); }
 *   protected renderChart(data: MonthlyResponse, busy: boolean) { return this.renderChartBox('…', busy, this.chart.render({ … })); }
 * }
 * ```
 */
import { TaskStatus } from '@lit/task';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chartFrameStyles, chartStyles } from '../../charts/chart-styles.js';
import type { MonthChartController, MonthChartProps } from '../../charts/month-chart/month-chart-controller.js';
import { DEFAULT_HEIGHT, MAX_HEIGHT, MIN_HEIGHT } from '../../charts/size.js';
import { renderZoom } from '../../charts/controls.js';
import { clampWindow } from '../../core/clamp.js';
import { isEmptyMonthly, isEmptyTrend } from '../../core/metrics.js';
import { IdleContent } from '../../controllers/idle-content.js';
import type { ResourceController } from '../../controllers/resource-controller.js';
import type { MonthlyResponse, ResourceResponse, TrendResponse } from '../../data/contract.js';
import { chart } from '../../i18n/text/chart.js';
import { common } from '../../i18n/text/common.js';
import { tokens } from '../../themes/tokens.js';
import { renderCard } from './card.js';
import type { DataTable } from '../../core/csv.js';
import type { QueryEcho } from '../../data/contract.js';
import { cardStyles } from './card.styles.js';
import { dataTableStyles, renderDataTable } from './data-table.js';
import type { ExportData } from './export-controller.js';
import { exportMenuStyles } from './export-menu.js';
import { InsightsElement } from './insights-element.js';
import { legendStyles, renderLegend, type LegendItem } from './legend.js';
import type { ComparisonController } from '../../controllers/comparison-controller.js';
import { percentChange } from '../../core/metrics.js';
import { compare } from '../../i18n/text/compare.js';
import { missingText, versusText } from './comparison-text.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles } from './states.js';
import { validInteger } from './valid-attribute.js';
import { addMonths } from '../../core/month-range.js';
import type { CompareMode, MonthRange } from '../../core/compare-range.js';

/** The legend entry of the comparison (not a series key: a key from data cannot hold a NUL). */
const COMPARISON_KEY = '\u0000comparison';

/** The styles every monthly chart element starts with; it adds its own after them. */
export const monthlyChartStyles = [
  tokens,
  stateStyles,
  cardStyles,
  legendStyles,
  chartStyles,
  chartFrameStyles,
  exportMenuStyles,
  dataTableStyles,
];

/** One column of the screen-reader table, the data table and the CSV: a series' name and its figure per month. */
export interface MonthlyTableColumn {
  label: string;
  /** One figure per month, in the order of the months. */
  values: readonly number[];
  /** With a comparison: the comparison range's figure beside each month, `null` where it is not known. */
  previous?: readonly (number | null)[];
}

/** A column per series `key` of month-by-month figures: the series' name, each month's value, and the comparison's (`previous`, when there is one). */
export function seriesColumns<Key extends string>(
  months: readonly Readonly<Record<Key, number>>[],
  keys: readonly Key[],
  names: Readonly<Record<Key, string>>,
  previous: Partial<Record<Key, readonly (number | null)[]>> = {},
): MonthlyTableColumn[] {
  return keys.map((key) => ({ label: names[key], values: months.map((month) => month[key]), previous: previous[key] }));
}

/** The resources a monthly chart draws: month rows, or a series per member. */
export type MonthlyResource = 'monthly' | 'trend';

/** `YYYY-MM` of each month of a monthly chart's answer. */
export function answerMonths(data: MonthlyResponse | TrendResponse): string[] {
  return 'series' in data ? data.months : data.months.map((m) => m.month);
}

export abstract class MonthlyChartElement<R extends MonthlyResource, K extends string = string> extends InsightsElement {
  /** Chart height in CSS pixels; clamped to 160–1200, anything not a number gives 320 (and a console warning). */
  @property({ type: Number, reflect: true }) height: number = DEFAULT_HEIGHT;

  /** Series switched off in the legend. */
  @state() protected hiddenSeries: ReadonlySet<K> = new Set();

  /** The comparison's marks switched off in the legend (its columns stay in the table and the export). */
  @state() protected comparisonHidden = false;

  /** The months the slider narrowed to, as indexes, and the months they index (`monthWindow`). */
  @state() private zoom?: { months: string; start: number; end: number };

  /** The screen-reader table, drawn when the page is idle after the chart (`renderTable`). */
  private readonly screenReaderTable = new IdleContent(this);

  /** The resource the chart draws. */
  protected abstract readonly resource: ResourceController<R>;

  /** The same resource for the comparison range (`compare`), e.g. `new ComparisonController(this, MONTHLY)`. */
  protected abstract readonly comparison: ComparisonController<R>;

  /**
   * What draws into the `.chart` box (a `MonthChartController`); `complete` settles once it is painted.
   */
  protected abstract readonly chart: MonthChartController;

  /** The card's title and what the skeleton announces while loading, in the language in force. */
  protected abstract get chartWords(): { title: string; loading: string };

  /** The export's and "Show as table"'s columns: a series' name and its figure per month, every month of the answer. */
  protected abstract exportColumns(data: ResourceResponse<R>): MonthlyTableColumn[];

  /** The card's title, in the language in force. */
  protected get cardTitle(): string {
    return this.chartWords.title;
  }

  /** What the skeleton announces while loading. */
  protected get loadingLabel(): string {
    return this.chartWords.loading;
  }

  /** True when the answer has no customer in any month (the empty state is shown instead). */
  protected isEmpty(data: ResourceResponse<R>): boolean {
    const answer = data as MonthlyResponse | TrendResponse;
    return 'series' in answer ? isEmptyTrend(answer) : isEmptyMonthly(answer);
  }

  /** The export's file name (without range and extension). */
  protected exportName(_data: ResourceResponse<R>): string {
    return this.localName;
  }

  /** A row per month of the query's range (not only the months zoomed to), a column per series (hidden ones too). */
  protected override exportData() {
    const data = this.resource.value;
    if (!data || this.isEmpty(data)) return undefined;
    const answer = data as MonthlyResponse | TrendResponse;
    return this.monthlyExport(answer.query, answerMonths(answer), this.exportColumns(data), this.exportName(data));
  }

  /** The window of months shown, `[first, last]` indexes of `months` (the answer's), by the rule above. */
  protected monthWindow(months: readonly string[]): [number, number] {
    const z = this.zoom?.months === months.join() ? this.zoom : undefined;
    return clampWindow(z?.start, z?.end, months.length);
  }

  /** The range slider over `months` (the answer's), setting the window; nothing for fewer than two months. */
  protected renderMonthZoom(months: readonly string[]): TemplateResult | typeof nothing {
    const [start, end] = this.monthWindow(months);
    return renderZoom({
      months,
      start,
      end,
      format: this.localize.format,
      messages: this.chartMessages.chart,
      onChange: (s, e) => (this.zoom = { months: months.join(), start: s, end: e }),
    });
  }

  /**
   * The chart's headline in one sentence ("Customer adds and churns, January 2025 to December
   * 2025: 640 new, 52 churned."): the name of the widget's region and of the chart.
   */
  protected abstract summary(data: ResourceResponse<R>): string;

  /** The chart and its controls for an answer; `busy` while a newer answer loads. */
  protected abstract renderChart(data: ResourceResponse<R>, busy: boolean): unknown;

  /** The clamped height in force. */
  get chartHeight(): number {
    return validInteger(this, 'height', this.height, MIN_HEIGHT, MAX_HEIGHT, DEFAULT_HEIGHT);
  }

  /**
   * Settles when the chart shows the current data (drawn and painted, animation done) and its
   * screen-reader table, drawn once the page is idle, holds the same figures.
   */
  get chartComplete(): Promise<void> {
    return this.updateComplete.then(() => this.chart.complete).then(() => this.screenReaderTable.settled);
  }

  /** Loads the data again from the endpoint (the error state's Retry button calls it). */
  retry(): void {
    this.resource.retry();
  }

  /** The words this base class shows (the table's month column, ranges, the zoom control). */
  protected get chartMessages() {
    return this.localize.text({ common, chart });
  }

  /** The month chart's words for its months' buttons (`MonthChartProps.text`). */
  protected get monthChartText() {
    const { chart, common } = this.chartMessages;
    return { months: chart.months, labelValue: common.labelValue, previous: chart };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A server-rendered shell has no style object: the placeholder keeps its default height.
    if (!isServer) this.style.setProperty('--_chart-height', `${this.chartHeight}px`);
  }

  /** Switches a series off in the legend, or on again. */
  protected toggleSeries(key: K): void {
    const next = new Set(this.hiddenSeries);
    if (!next.delete(key)) next.add(key);
    this.hiddenSeries = next;
  }

  /** "first – last" month, long month names in the locale in force. */
  protected monthRange(first: string, last: string): string {
    const format = this.localize.format;
    return this.chartMessages.common.range(format.month(first, 'long'), format.month(last, 'long'));
  }

  /**
   * The export of a month-by-month answer, titled like the card: a row per month, a column per
   * series. With a comparison: the compared month, then each series' comparison figure and change
   * (empty where the comparison has no data), and the comparison range in the comments.
   */
  private monthlyExport(
    query: QueryEcho,
    months: readonly string[],
    columns: readonly MonthlyTableColumn[],
    name = this.localName,
  ): ExportData {
    const common = this.chartMessages.common;
    const comparison = this.comparisonInfo(months.length, this.comparisonGap(columns));
    const compared = comparison ? columns.filter((c) => c.previous) : [];
    const m = this.comparisonMessages;
    const table: DataTable = {
      title: this.cardTitle,
      columns: [
        { label: common.month, kind: 'month' },
        ...columns.map((c) => ({ label: c.label, kind: 'count' as const })),
        ...(comparison ? [{ label: m.comparedMonth, kind: 'month' as const }] : []),
        ...compared.flatMap((c) => [
          { label: m.previousOf[comparison!.mode](c.label), kind: 'count' as const },
          { label: `${m.change} (${c.label})`, kind: 'change' as const },
        ]),
      ],
      rows: months.map((month, i) => [
        month,
        ...columns.map((c) => c.values[i] ?? null),
        ...(comparison ? [comparison.months[i] ?? null] : []),
        ...compared.flatMap((c) => {
          const before = c.previous![i] ?? null;
          return [before, before === null ? null : percentChange(before, c.values[i])];
        }),
      ]),
    };
    if (!comparison) return { name, query, table };
    return { name, query, table, comparison: { from: comparison.range.from, to: comparison.range.to, label: comparison.label } };
  }

  /** The words of comparisons (`compare`). */
  private get comparisonMessages() {
    return this.localize.text({ compare }).compare;
  }

  /**
   * The comparison shown, once its answer (or its absence) is known: its mode and range, each
   * compared month, and what the export's comment says of it ("vs previous 12 months", and which
   * months have no data); `undefined` without one, while it loads, or when it failed.
   */
  private comparisonInfo(
    length: number,
    gap: boolean,
  ): { mode: CompareMode; range: MonthRange; months: string[]; label: string } | undefined {
    const view = this.comparison;
    const mode = view.mode;
    const range = view.range;
    if (!mode || !range || (view.state !== 'ready' && view.state !== 'missing')) return undefined;
    const m = this.comparisonMessages;
    const versus = versusText(mode, length, m);
    // A dash, not a semicolon: the CSV's comment lines hold no separator (core/csv.ts).
    const label = gap ? `${versus} – ${missingText(view, m, this.localize.format)}` : versus;
    return { mode, range, months: Array.from({ length }, (_, i) => addMonths(range.from, i)), label };
  }

  /**
   * With a comparison, the comparison range's figure beside each month of the current answer
   * (month i against month i of the comparison range), picked from its answer by `pick`; `null`
   * where the endpoint holds no data for it (`flow`: a month's flows also need the month before,
   * which they are counted against). `undefined` without a comparison, while it loads or when it
   * failed. The answer's length is the current one's (the comparison range is as long).
   */
  protected previousValues(
    length: number,
    pick: (answer: ResourceResponse<R>, month: number) => number | undefined,
    flow = false,
  ): (number | null)[] | undefined {
    const view = this.comparison;
    const state = view.state;
    if (state !== 'ready' && state !== 'missing') return undefined;
    const answer = state === 'ready' ? view.value : undefined;
    const first = view.dataBounds?.min;
    const range = view.range;
    return Array.from({ length }, (_, i) => {
      const month = range && addMonths(range.from, i);
      const known = !!answer && !!first && !!month && (flow ? month > first : month >= first);
      return known ? (pick(answer!, i) ?? null) : null;
    });
  }

  /** `previousValues` for each series `key` (none without a comparison figure): `pick(answer, month, key)`. */
  protected previousByKey<Key extends string>(
    length: number,
    keys: readonly Key[],
    pick: (answer: ResourceResponse<R>, month: number, key: Key) => number | undefined,
    flow = false,
  ): Partial<Record<Key, (number | null)[]>> {
    const out: Partial<Record<Key, (number | null)[]>> = {};
    for (const key of keys) {
      const values = this.previousValues(length, (answer, month) => pick(answer, month, key), flow);
      if (values) out[key] = values;
    }
    return out;
  }

  /**
   * Whether the comparison lacks figures the chart shows: it failed, or the endpoint holds no data
   * for some of its months (its range starts before the data, or a flow's first month).
   */
  private comparisonGap(columns: readonly MonthlyTableColumn[]): boolean {
    const state = this.comparison.state;
    return state === 'error' || state === 'missing' || columns.some((c) => c.previous?.some((v) => v === null));
  }

  /** Whether the chart draws the comparison's marks (a comparison is in force and not switched off in the legend). */
  protected get comparisonShown(): boolean {
    return !!this.comparison.mode && !this.comparisonHidden;
  }

  /**
   * The legend: the series' toggles, and with a comparison an entry that toggles its marks
   * ("Previous 12 months", "A year earlier"), then a note when the comparison has no data for
   * (part of) its range or failed ("no data for the previous period before Nov 2024").
   */
  protected renderChartLegend(items: readonly LegendItem[], label: string, onToggle: (key: string) => void, months: number): unknown {
    const mode = this.comparison.mode;
    if (!mode) return renderLegend(items, label, onToggle);
    const entry: LegendItem = {
      key: COMPARISON_KEY,
      label: this.chartMessages.chart.comparison[mode](months),
      slot: 'other',
      hidden: this.comparisonHidden,
      comparison: true,
    };
    const view = this.comparison;
    const data = this.shownData;
    const gap = view.state === 'error' || (!!data && this.comparisonGap(this.exportColumns(data)));
    return html`${renderLegend([...items, entry], label, (key) => (key === COMPARISON_KEY ? (this.comparisonHidden = !this.comparisonHidden) : onToggle(key)))}
    ${gap ? html`<p part="comparison-note">${missingText(view, this.comparisonMessages, this.localize.format)}</p>` : nothing}`;
  }

  /** The chart, or its data table when "Show as table" is pressed. */
  private renderView(data: ResourceResponse<R>, busy: boolean): unknown {
    const exported = this.exporter.tableView ? this.exportData() : undefined;
    return exported ? renderDataTable(exported.table, this.localize.format) : this.renderChart(data, busy);
  }

  /** The card: a region named by `name` (the title when not given), the title and its tools ("Show as table", export), then `content`. */
  protected renderFrame(title: string, content: unknown, name?: string): TemplateResult {
    return renderCard({ level: this.headingLevelInForce, title, name, tools: this.renderTools(true), content });
  }

  /**
   * The box the chart is drawn in; `summary` is what assistive technology reads for it. `content`
   * is the month chart (`nothing` until its width is known).
   */
  protected renderChartBox(summary: string, busy: boolean, content: unknown): TemplateResult {
    // A group, not an image: it holds a button per month (an image's children are not read).
    // The month chart's width is read from this box (until the first answer, from the placeholder as wide).
    return html`<div class="wrap" part="chart" role="group" aria-label=${summary} aria-busy=${busy ? 'true' : 'false'}>
      <div class="chart">${content}</div>
    </div>`;
  }

  /** The month chart in its box (`renderChartBox`), at the height in force, in the locale in force. */
  protected renderMonthChart(
    summary: string,
    busy: boolean,
    props: Pick<MonthChartProps, 'answer' | 'months' | 'series' | 'stacked'>,
  ): TemplateResult {
    return this.renderChartBox(
      summary,
      busy,
      this.chart.render({ ...props, height: this.chartHeight, format: this.localize.format, text: this.monthChartText }),
    );
  }

  /**
   * The chart's figures for screen readers: a row per month, a column per series. Drawn when the
   * page is next idle after the figures change (`IdleContent`): the chart first.
   */
  protected renderTable(caption: string, months: readonly string[], columns: readonly MonthlyTableColumn[]): unknown {
    const format = this.localize.format;
    const key = JSON.stringify([format.locale, this.chartMessages.common.month, caption, months, columns]);
    return this.screenReaderTable.render(key, () => this.drawTable(caption, months, columns));
  }

  private drawTable(caption: string, months: readonly string[], columns: readonly MonthlyTableColumn[]): TemplateResult {
    const format = this.localize.format;
    // Hidden by a wrapper: a table ignores `width: 1px`, and would widen the page.
    return html`<div class="sr-only">
      <table>
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.chartMessages.common.month}</th>
            ${columns.map((c) => html`<th scope="col">${c.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${months.map(
            (month, i) =>
              html`<tr>
                <th scope="row">${format.month(month, 'long')}</th>
                ${columns.map(
                  (c) =>
                    html`<td>${format.number(c.values[i])}${c.previous ? ` (${this.previousWords(c.values[i], c.previous[i])})` : ''}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** "previous: 97, +12.4 %", or "previous: no data" (the month chart's words). */
  private previousWords(now: number, before: number | null | undefined): string {
    const chart = this.chartMessages.chart;
    const format = this.localize.format;
    if (before === null || before === undefined) return chart.withPrevious(chart.previousUnknown, null);
    const change = percentChange(before, now);
    return chart.withPrevious(format.number(before), change === null ? null : format.signedPercent(change));
  }

  /**
   * The chart, or the shared state in its place (in a box as tall as the chart): a skeleton
   * while the first answer loads, the empty state, or the error with a Retry button. A reload
   * keeps the last chart on screen (marked busy, updated in place when the answer arrives).
   */
  protected renderBody(): unknown {
    const m = this.stateMessages;
    const placeholder = (content: TemplateResult) => html`<div class="placeholder">${content}</div>`;
    return this.resource.renderLatest({
      loading: () => placeholder(renderSkeleton(m, this.loadingLabel)),
      keep: (previous) => !this.isEmpty(previous),
      error: (error) => placeholder(renderError(error, () => this.retry(), m)),
      complete: (data, stale) => (this.isEmpty(data) ? placeholder(renderEmpty(m)) : this.renderView(data, stale)),
    });
  }

  /** The answer on screen: the current one, or the last while a newer one loads. */
  private get shownData(): ResourceResponse<R> | undefined {
    const data = this.resource.status === TaskStatus.ERROR ? undefined : this.resource.value;
    return data && !this.isEmpty(data) ? data : undefined;
  }

  protected override render() {
    const data = this.shownData;
    return this.renderFrame(this.cardTitle, this.renderBody(), data && this.summary(data));
  }
}
