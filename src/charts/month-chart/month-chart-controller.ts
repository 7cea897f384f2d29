/**
 * The kit's own month-by-month chart (columns, stacked or side by side, and lines on one or two
 * y axes), drawn by Lit as SVG: `adds-churn-chart` and `active-vs-total`. A new answer updates
 * the attributes of the nodes on show — no chart engine to load, no SVG rebuilt, no text laid
 * out to be measured (labels are measured on a canvas, `text-width.ts`) — which is what makes a
 * filter change cheap (ApexCharts rebuilt its whole SVG for one).
 *
 * It tracks the box's width (`ResizeController`), the hovered month (crosshair, markers and a
 * shared tooltip) and clicks (`onSelect(month index)`); a change of the view of the same answer
 * (legend, zoom, view switch) slides the marks by CSS transitions, unless the user prefers
 * reduced motion; a new answer is drawn at once.
 *
 * @example
 * ```ts
 * private chart = new MonthChartController(this, { onSelect: (i) => this.select(i) });
 * render() {
 *   return html`<div class="chart">${this.chart.render({ answer, months, labels, series, stacked: true, height: 320, format })}</div>`;
 * }
 * // await this.chart.complete → the current answer is painted.
 * ```
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { monthAt, monthChartLayout, type MonthChartLayout } from '../../core/month-chart-layout.js';
import type { Formatter } from '../../core/format.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { prefersReducedMotion } from '../../controllers/tween-controller.js';
import { ANIMATION_MS } from '../animation.js';
import { renderMonthSvg, renderMonthTooltip, type DrawnSeries } from './month-chart-view.js';
import { textWidth } from './text-width.js';

export type { DrawnSeries } from './month-chart-view.js';

/** What the chart shows. */
export interface MonthChartProps {
  /** The answer drawn: a new one is drawn at once; another view of the same one slides. */
  answer: unknown;
  /** `YYYY-MM` of each month shown. */
  months: readonly string[];
  /** The visible series, in drawing order (stacked columns pile up in this order). */
  series: readonly DrawnSeries[];
  /** Stack the columns (else side by side). */
  stacked: boolean;
  /** Height in CSS px, axes included. */
  height: number;
  /** Numbers and months in the locale in force. */
  format: Formatter;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export class MonthChartController implements ReactiveController {
  private readonly size: ResizeController;
  /** The hovered month, an index of the months shown. */
  private active?: number;
  private layout?: MonthChartLayout;
  private lastAnswer: unknown;
  private animating = false;
  /** The view drawn last (size, months, series), and until when its change slides. */
  private lastView = '';
  private slideUntil = 0;
  private font?: string;
  private readonly onFonts = () => this.host.requestUpdate();

  constructor(
    private readonly host: Host,
    /** `onSelect`: a month was clicked (its index among the months shown). */
    private readonly options: { onSelect: (month: number) => void },
  ) {
    host.addController(this);
    // The box the host renders the chart into (MonthlyChartElement.renderChartBox).
    this.size = new ResizeController(host, { target: () => host.renderRoot.querySelector('.chart'), track: 'width', waitForTarget: true });
  }

  /** Settles when the current answer is painted (and a view change's slide has ended). */
  get complete(): Promise<void> {
    return this.host.updateComplete
      .then(frame)
      .then(() => (this.animating ? new Promise<void>((resolve) => setTimeout(resolve, ANIMATION_MS)) : undefined));
  }

  hostConnected(): void {
    document.fonts?.addEventListener('loadingdone', this.onFonts);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.onFonts);
    this.active = undefined;
  }

  /** The chart for `input`: nothing until the box's width is known (the first frame it is in the page). */
  render(input: MonthChartProps): TemplateResult | typeof nothing {
    const width = this.size.width;
    if (!width) return nothing;
    const { months, series, format, height } = input;
    this.font ??= getComputedStyle(this.host).fontFamily || 'sans-serif';
    const sameAnswer = input.answer === this.lastAnswer;
    this.lastAnswer = input.answer;
    if (!sameAnswer || (this.active ?? 0) >= months.length) this.active = undefined;
    // Marks slide while the view of the same answer changes (and until the slide ends); any
    // other update (a hover, a reload's busy state, a new answer) leaves the class alone or off.
    const view = [width, height, input.stacked, months.join(), series.map((s) => `${s.key}:${s.kind}`).join()].join('|');
    if (!sameAnswer) this.slideUntil = 0;
    else if (view !== this.lastView && !prefersReducedMotion()) this.slideUntil = performance.now() + ANIMATION_MS;
    this.lastView = view;
    this.animating = performance.now() < this.slideUntil;
    const layout = (this.layout = monthChartLayout({
      width,
      height,
      labels: months.map((m) => format.month(m)),
      series: series.map((s) => ({ key: s.key, kind: s.kind, axis: s.axis ?? 'primary', values: s.values })),
      stacked: input.stacked,
      tickLabel: (v) => format.number(Math.round(v)),
      measure: textWidth(this.font),
    }));
    const active = this.active;
    return html`<div
      class="month-chart-box"
      @pointermove=${this.onPointer}
      @pointerleave=${this.onLeave}
      @click=${this.onClick}
    >
      ${renderMonthSvg(layout, { width, height }, series, active, this.animating)}
      ${active === undefined
        ? nothing
        : renderMonthTooltip(
            layout,
            width,
            format.month(months[active], 'long'),
            series.map((s) => ({ series: s, value: format.number((s.tooltipValue ?? ((v: number) => v))(s.values[active])) })),
            active,
          )}
    </div>`;
  }

  /** The month under a pointer event, if any. */
  private monthOf(event: MouseEvent): number | undefined {
    const box = (event.currentTarget as Element).getBoundingClientRect();
    return this.layout && monthAt(this.layout, event.clientX - box.left);
  }

  private readonly onPointer = (event: PointerEvent) => {
    const month = this.monthOf(event);
    if (month === this.active) return;
    this.active = month;
    this.host.requestUpdate();
  };

  private readonly onLeave = () => {
    if (this.active === undefined) return;
    this.active = undefined;
    this.host.requestUpdate();
  };

  private readonly onClick = (event: MouseEvent) => {
    const month = this.monthOf(event);
    if (month !== undefined) this.options.onSelect(month);
  };
}
