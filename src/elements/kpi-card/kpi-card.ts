import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { ComparisonController } from '../../controllers/comparison-controller.js';
import {
  KPI_METRICS,
  hasFigures,
  isEmptyMonthly,
  isFlow,
  kpiComparison,
  kpiFigures,
  type KpiComparison,
  type KpiFigures,
  type KpiMetric,
} from '../../core/metrics.js';
import { MONTHLY, type MonthlyResponse, type ProductCount } from '../../data/contract.js';
import { memberChanges, type MemberComparison } from '../../core/compare-range.js';
import { MissingFieldError } from '../../data/errors.js';
import { styleProps } from '../../directives/style-props.js';
import { common } from '../../i18n/text/common.js';
import { compare } from '../../i18n/text/compare.js';
import { dimension } from '../../i18n/text/dimension.js';
import { kpi } from '../../i18n/text/kpi.js';
import type { DefinitionKey } from '../../i18n/text/about.js';
import { tokens } from '../../themes/tokens.js';
import { renderCard } from '../shared/card.js';
import { cardFillStyles, cardStyles } from '../shared/card.styles.js';
import type { ExportData } from '../shared/export-controller.js';
import { exportMenuStyles } from '../shared/export-menu.js';
import { InsightsElement } from '../shared/insights-element.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles } from '../shared/states.js';
import { validInteger, validOption } from '../shared/valid-attribute.js';
import { TARGET_DIRECTIONS, goalPerMonth, targetProgress, type TargetDirection, type TargetProgress } from '../../core/target.js';
import { missingText, versusText } from '../shared/comparison-text.js';
import { renderChange } from '../shared/change-view.js';
import { kpiCardStyles } from './kpi-card.styles.js';
import { renderComparisonLine, renderSparkline, renderTarget } from './kpi-card-view.js';

/** A tile's comparison: what it is compared with, and its figures or why there are none (`undefined` both while loading). */
interface ComparedFigures {
  versus: string;
  figures?: KpiComparison;
  note?: string;
}

/**
 * One summary tile: the figure, its % change over the range, churn % for churned, and a
 * month-over-month sparkline (plain SVG: this element never loads the chart engine). With
 * `metric="products"`, customers per product as small bars. All five tiles read the same
 * `/customers/monthly` answer, so a page of five makes one request.
 *
 * @summary A KPI tile of the customers dashboard.
 * @csspart base - The tile.
 * @csspart label - The metric's title.
 * @csspart value - The headline figure.
 * @csspart delta - The % change over the range ("—" when it is not defined).
 * @csspart churn-rate - Churned as a share of the customers at the start (`metric="churned"`).
 * @csspart net - Customers added less churned (`metric="added"`).
 * @csspart sparkline - The month-over-month line.
 * @csspart comparison - With `compare`: "vs previous 12 months: +4.1 %", or why there is no comparison figure (the products tile: what its changes compare with).
 * @csspart sparkline-previous - With `compare`: the comparison range's months, a faint line on the same scale.
 * @csspart target - With a target: the progress to it, in words ("Target 5,000: 86%, below target") and a bar.
 * @csspart target-bar - The progress bar: filled up to the figure, the target at its end; hatched when the target is missed.
 * @csspart goal-line - With a target: the dashed goal line on the sparkline (a flow's target as its pace per month).
 * @csspart bars - The per-product bars (`metric="products"`).
 * @csspart change - With `compare`: each product's change against the comparison range's last month.
 * @csspart skeleton - Shown while loading.
 * @csspart empty - Shown when the range holds no customers.
 * @csspart error - Shown when loading failed, with a Retry button.
 * @csspart retry - The Retry button.
 * @cssproperty --insights-color-accent - Sparkline and bar colour.
 * @cssproperty --insights-color-positive - Colour of good news (a rise, or a fall in churn).
 * @cssproperty --insights-color-negative - Colour of bad news.
 */
export class KpiCard extends InsightsElement {
  static override styles = [tokens, stateStyles, cardStyles, cardFillStyles, exportMenuStyles, kpiCardStyles];

  /** The UI text this element shows, in its locale. */
  protected get messages() {
    return this.localize.text({ common, kpi, dimension, compare });
  }

  /** Which figure: `customers`, `active`, `added`, `churned`, `subscriptions` or `products`; an unknown value shows customers. */
  @property({ reflect: true }) metric: KpiMetric = 'customers';

  /**
   * The figure's target, e.g. `5000`: the tile shows the progress to it (a percentage and a bar,
   * met or not in words and shape) and the sparkline a goal line (a flow's target, for the range's
   * sum, as the pace per month). Unset: the context's `targets[metric]`, else none. Not a number:
   * unset (and a warning).
   */
  @property() target: string | number = '';

  /**
   * `up`: higher is better, the target is to be reached; `down`: lower is better, the target is a
   * ceiling (churned). Unset: `down` for `churned`, `up` for the others.
   */
  @property({ attribute: 'target-direction', reflect: true }) targetDirection: TargetDirection | '' = '';

  private readonly monthly = new ResourceController(this, MONTHLY);
  /** The same answer for the comparison range (`compare`). */
  private readonly comparison = new ComparisonController(this, MONTHLY);

  /** Reloads the data from the endpoint. */
  retry(): void {
    this.monthly.retry();
  }

  /** The metric in force: `metric` if valid, else `customers` (and a console warning once). */
  get activeMetric(): KpiMetric {
    return validOption(this, 'metric', this.metric, KPI_METRICS, 'customers');
  }

  /** The target in force: `target` if a number, else the context's `targets[metric]`; `undefined` for none. */
  get targetInForce(): number | undefined {
    if (this.target !== '' && this.target != null) {
      const own = validInteger(this, 'target', this.target, 0, Number.MAX_SAFE_INTEGER, -1);
      if (own >= 0) return own;
    }
    const inherited = this.context?.targets?.[this.activeMetric];
    return typeof inherited === 'number' && Number.isFinite(inherited) && inherited >= 0 ? inherited : undefined;
  }

  /** The target's direction in force: `target-direction` if valid, else `down` for churned and `up` for the others. */
  get targetDirectionInForce(): TargetDirection {
    const fallback = this.activeMetric === 'churned' ? 'down' : 'up';
    return this.targetDirection ? validOption(this, 'target-direction', this.targetDirection, TARGET_DIRECTIONS, fallback) : fallback;
  }

  /** Progress to the target in force, in numbers and words; `undefined` without one. */
  private targetOf(figures: KpiFigures): { progress: TargetProgress; text: string } | undefined {
    const target = this.targetInForce;
    if (target === undefined || this.activeMetric === 'products') return undefined;
    const progress = targetProgress(figures.value, target, this.targetDirectionInForce);
    const { kpi, common } = this.messages;
    const format = this.localize.format;
    const status = progress.direction === 'up' ? (progress.met ? 'reached' : 'below') : progress.met ? 'within' : 'over';
    const label = kpi.target(format.number(target));
    const text = `${progress.ratio === null ? label : common.labelValue(label, format.percent(progress.ratio))}, ${kpi.targetStatus[status]}`;
    return { progress, text };
  }

  /** The info popover defines this tile's metric. */
  protected override get definitionKey(): DefinitionKey {
    return this.activeMetric;
  }

  private get metricTitle(): string {
    return this.messages.kpi.title[this.activeMetric];
  }

  private renderDelta(figures: KpiFigures, months: number) {
    const format = this.localize.format;
    const over = this.messages.kpi.overMonths(months);
    if (figures.change === null) {
      return html`<span part="delta"><span aria-hidden="true">—</span> <span class="secondary">${over}</span></span>`;
    }
    const direction = figures.change > 0 ? 'up' : figures.change < 0 ? 'down' : 'flat';
    const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '▶';
    return html`<span part="delta"
      ><span class=${direction}><span aria-hidden="true">${arrow}</span> ${format.signedPercent(figures.change)}</span>
      <span class="secondary">${over}</span></span
    >`;
  }

  /** "up 4.2% over 12 months": a change in words. */
  private changeWords(change: number | null, over: string): string {
    const kpi = this.messages.kpi;
    if (change === null) return kpi.changeUndefined(over);
    if (change === 0) return kpi.unchanged(over);
    const pct = this.localize.format.percent(Math.abs(change));
    return change > 0 ? kpi.up(pct, over) : kpi.down(pct, over);
  }

  /** "Customers: 812, up 4.2% over 12 months, up 4.1% vs previous 12 months" — the headline in one sentence. */
  private headline(figures: KpiFigures, months: number, comparison?: ComparedFigures): string {
    const format = this.localize.format;
    const { common, kpi } = this.messages;
    const parts = [common.labelValue(this.metricTitle, format.number(figures.value))];
    parts.push(this.changeWords(figures.change, kpi.overMonths(months)));
    if (figures.churnRate != null) parts.push(kpi.churnRate(format.percent(figures.churnRate)));
    if (comparison)
      parts.push(comparison.figures ? this.changeWords(comparison.figures.change, comparison.versus) : (comparison.note ?? ''));
    const target = this.targetOf(figures);
    if (target) parts.push(target.text);
    return parts.filter(Boolean).join(', ');
  }

  /** The comparison of this tile's figure, when `compare` is in force: the figures, or why there are none. */
  private compared(data: MonthlyResponse, metric: Exclude<KpiMetric, 'products'>): ComparedFigures | undefined {
    const view = this.comparison;
    const mode = view.mode;
    if (!mode) return undefined;
    const versus = versusText(mode, data.months.length, this.messages.compare);
    const state = view.state;
    if (state === 'loading') return { versus };
    const previous = view.value;
    const figures = state === 'ready' && previous ? kpiComparison(data, previous, metric, view.dataBounds?.min) : undefined;
    return figures ? { versus, figures } : { versus, note: missingText(view, this.messages.compare, this.localize.format) };
  }

  private renderMonthly(data: MonthlyResponse, metric: Exclude<KpiMetric, 'products'>, stale: boolean) {
    const format = this.localize.format;
    const figures = kpiFigures(data, metric);
    const months = data.months.length;
    const comparison = this.compared(data, metric);
    const target = this.targetOf(figures);
    return this.card(
      html`<span part="value">${format.number(figures.value)}</span> ${this.renderDelta(figures, months)}
        ${
          figures.churnRate !== undefined
            ? html`<span class="secondary" part="churn-rate"
                >${this.messages.kpi.churn} ${figures.churnRate === null ? '—' : format.percent(figures.churnRate)}</span
              >`
            : nothing
        }
        ${
          figures.netAdded !== undefined
            ? html`<span class="secondary" part="net">${this.messages.kpi.net} ${format.number(figures.netAdded)}</span>`
            : nothing
        }
        ${
          comparison
            ? renderComparisonLine(comparison.versus, comparison.figures, comparison.note, format, this.messages.common.labelValue)
            : nothing
        }
        ${target ? renderTarget(target.progress, target.text) : nothing}
        ${renderSparkline({
          series: figures.series,
          previous: comparison?.figures?.series,
          goal: target && goalPerMonth(target.progress.target, isFlow(metric), months),
        })}`,
      this.headline(figures, months, comparison),
      stale,
    );
  }

  private renderProducts(products: NonNullable<MonthlyResponse['products']>, stale: boolean) {
    const format = this.localize.format;
    const max = Math.max(1, ...products.map((p) => p.customers));
    const compared = this.productsCompared();
    const change = (p: ProductCount) => compared?.change(p.key, p.customers) ?? null;
    const figure = (p: ProductCount) => {
      const c = compared && change(p);
      return `${p.label} ${format.number(p.customers)}${c == null ? '' : ` (${format.signedPercent(c)})`}`;
    };
    const note = this.productsNote(products);
    const label = this.messages.common.labelValue(this.metricTitle, [products.map(figure).join(', '), note].filter(Boolean).join(', '));
    return this.card(
      html`${note ? html`<span part="comparison" class="secondary">${note}</span>` : nothing}
        <ul part="bars">
          ${products.map(
            (p) =>
              html`<li>
                <span class="name" title=${p.label}>${p.label}</span>
                <span class="count">${format.number(p.customers)}${compared ? html` ${renderChange(change(p), format)}` : nothing}</span>
                <span class="bar" ${styleProps({ '--_width': `${(p.customers / max) * 100}%` })}></span>
              </li>`,
          )}
        </ul>`,
      label,
      stale,
    );
  }

  /** The comparison range's customers per product (its last month); `undefined` without them. */
  private productsCompared(): MemberComparison | undefined {
    const previous = this.comparison.state === 'ready' ? this.comparison.value?.products : undefined;
    return previous && memberChanges(previous, (p) => p.customers);
  }

  /** With `compare`: what the changes compare with, or why there are none. */
  private productsNote(products: readonly ProductCount[]): string | undefined {
    const mode = this.comparison.mode;
    const months = this.monthly.value?.months.length;
    if (!mode || !months || !products.length) return undefined;
    const m = this.messages.compare;
    const versus = versusText(mode, months, m);
    if (this.comparison.state === 'loading') return `${versus} …`;
    return this.productsCompared() ? versus : missingText(this.comparison, m, this.localize.format);
  }

  /** The tile: a region named by `name` (its headline; the title while there is none), `busy` while a newer answer loads. */
  private card(content: unknown, name?: string, busy = false) {
    return renderCard({ level: this.headingLevelInForce, title: this.metricTitle, name, tools: this.renderTools(false), content, busy });
  }

  /** The months behind the sparkline and the headline; for `products`, a row per product. */
  protected override exportData(): ExportData | undefined {
    const data = this.monthly.value;
    const metric = this.activeMetric;
    const name = `${this.localName}-${metric}`;
    const title = this.metricTitle;
    if (metric === 'products') {
      if (!data?.products?.length) return undefined;
      const columns = [
        { label: this.messages.dimension.product, kind: 'text' as const },
        { label: this.messages.common.customers, kind: 'count' as const },
      ];
      return { name, query: data.query, table: { title, columns, rows: data.products.map((p) => [p.label, p.customers]) } };
    }
    if (!data || isEmptyMonthly(data) || !hasFigures(data, metric)) return undefined;
    const figures = kpiFigures(data, metric);
    const columns = [
      { label: this.messages.common.month, kind: 'month' as const },
      { label: title, kind: 'count' as const },
    ];
    const rows = data.months.map((m, i) => [m.month, figures.series[i] ?? null]);
    const comparison = this.compared(data, metric);
    const exported: ExportData = {
      name,
      query: data.query,
      table: { title, summary: this.headline(figures, data.months.length, comparison), columns, rows },
    };
    return comparison ? this.withComparedMonths(exported, comparison) : exported;
  }

  /**
   * With `compare`: each month's counterpart in the comparison range and its figure (empty before
   * the data starts), and the comparison range in the CSV's comments.
   */
  private withComparedMonths(exported: ExportData, comparison: ComparedFigures): ExportData {
    const { mode, range } = this.comparison;
    const previous = this.comparison.value;
    if (!mode || !range || this.comparison.state === 'loading') return exported;
    const m = this.messages.compare;
    const columns = [
      { label: m.comparedMonth, kind: 'month' as const },
      { label: m.previousOf[mode](exported.table.title), kind: 'count' as const },
    ];
    const series = comparison.figures?.series ?? [];
    const rows = exported.table.rows.map((cells, i) => [...cells, previous?.months[i]?.month ?? null, series[i] ?? null]);
    const label = comparison.figures ? comparison.versus : `${comparison.versus} — ${comparison.note}`;
    return {
      ...exported,
      table: { ...exported.table, columns: [...exported.table.columns, ...columns], rows },
      comparison: { ...range, label },
    };
  }

  protected override render() {
    const states = this.stateMessages;
    const metric = this.activeMetric;
    return this.monthly.renderLatest({
      loading: () => this.card(renderSkeleton(states, this.messages.common.loading(this.metricTitle))),
      error: (error) => this.card(renderError(error, () => this.retry(), states)),
      complete: (data, stale) => {
        if (metric !== 'products') {
          // `subscriptions` is optional in the contract too: an endpoint without it, this tile says so.
          if (!hasFigures(data, metric))
            return this.card(renderError(new MissingFieldError(this.monthly.url ?? '', `months.${metric}`), () => this.retry(), states));
          return isEmptyMonthly(data) ? this.card(renderEmpty(states), undefined, stale) : this.renderMonthly(data, metric, stale);
        }
        // `products` is optional in the contract: only this tile needs it, so only it says so.
        if (!data.products)
          return this.card(renderError(new MissingFieldError(this.monthly.url ?? '', 'products'), () => this.retry(), states));
        return data.products.length === 0 ? this.card(renderEmpty(states), undefined, stale) : this.renderProducts(data.products, stale);
      },
    });
  }
}
