/**
 * The kit's own month-by-month chart (columns, stacked or side by side, and lines on one or two
 * y axes), drawn by Lit as SVG: `adds-churn-chart` and `active-vs-total`. A new answer updates
 * the attributes of the nodes on show — no chart engine to load, no SVG rebuilt, no text laid
 * out to be measured (labels are measured on a canvas, `text-width.ts`) — which is what makes a
 * filter change cheap (ApexCharts rebuilt its whole SVG for one).
 *
 * It tracks the box's width (`ResizeController`), the hovered or focused month (crosshair,
 * markers and a shared tooltip) and clicks (`onSelect(month index)`). Each month is also a
 * button, one tab stop for all (roving tabindex, the latest month first): arrow keys and
 * Home/End move between months and show their figures, Enter or Space selects one, and a
 * screen reader reads each month's figures from its name. A change of the view of the same answer
 * (legend, zoom, view switch) slides the marks by CSS transitions, unless the user prefers
 * reduced motion; a new answer is drawn at once.
 *
 * @example
 * ```ts
 * private chart = new MonthChartController(this, { onSelect: (i) => this.select(i) });
 * render() {
 *   return html`<div class="chart">${this.chart.render({ answer, months, series, stacked: true, height: 320, format, text })}</div>`;
 * }
 * // await this.chart.complete → the current answer is painted.
 * ```
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { monthAt, monthChartLayout, type MonthChartLayout } from '../../core/month-chart-layout.js';
import type { Formatter } from '../../core/format.js';
import { nextIndex } from '../../core/roving.js';
import type { ChartText } from '../../i18n/text/chart.js';
import type { CommonText } from '../../i18n/text/common.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { prefersReducedMotion } from '../../controllers/tween-controller.js';
import { ANIMATION_MS, nextFrame } from '../animation.js';
import { renderMonthSvg, renderMonthTooltip, type DrawnSeries } from './month-chart-view.js';
import { textWidth } from './text-width.js';
import { onWebFontsLoaded } from '../web-fonts.js';

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
  /** The months' names for assistive technology ("May 2026: New 8, Churned 2"), in the locale in force. */
  text: { months: ChartText['months']; labelValue: CommonText['labelValue'] };
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };


export class MonthChartController implements ReactiveController {
  private readonly size: ResizeController;
  /** The hovered or focused month, an index of the months shown. */
  private active?: number;
  /** The month that takes the tab stop (the latest when not set). */
  private stop?: number;
  private layout?: MonthChartLayout;
  private lastAnswer: unknown;
  private animating = false;
  /** The view drawn last (size, months, series), and until when its change slides. */
  private lastView = '';
  private slideUntil = 0;
  private font?: string;
  private readonly onFonts = () => this.host.requestUpdate();
  private stopFonts?: () => void;

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
      .then(nextFrame)
      .then(() => (this.animating ? new Promise<void>((resolve) => setTimeout(resolve, ANIMATION_MS)) : undefined));
  }

  hostConnected(): void {
    this.stopFonts = onWebFontsLoaded(this.onFonts);
  }

  hostDisconnected(): void {
    this.stopFonts?.();
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
    if ((!sameAnswer && !this.hasFocus()) || (this.active ?? 0) >= months.length) this.active = undefined;
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
    const figures = (month: number) =>
      series.map((s) => ({ series: s, value: format.number((s.tooltipValue ?? ((v: number) => v))(s.values[month])) }));
    const monthNames = months.map((m, i) =>
      input.text.labelValue(format.month(m, 'long'), figures(i).map((f) => `${f.series.name} ${f.value}`).join(', ')),
    );
    const keys = { label: input.text.months, names: monthNames, stop: Math.min(this.stop ?? months.length - 1, months.length - 1) };
    return html`<div
      class="month-chart-box"
      @pointermove=${this.onPointer}
      @pointerleave=${this.onLeave}
      @click=${this.onClick}
      @keydown=${this.onKeydown}
      @focusin=${this.onFocus}
      @focusout=${this.onBlur}
    >
      ${renderMonthSvg(layout, { width, height }, series, active, this.animating, keys)}
      ${active === undefined ? nothing : renderMonthTooltip(layout, width, format.month(months[active], 'long'), figures(active), active)}
    </div>`;
  }

  /** Whether one of the months has the focus (a new answer keeps its tooltip then). */
  private hasFocus(): boolean {
    return !!this.host.shadowRoot?.activeElement?.matches('[part="month"]');
  }

  /** The month a keyboard or focus event is on (its button's index). */
  private keyMonth(event: Event): number | undefined {
    const month = (event.target as Element).getAttribute?.('data-month');
    return month === null || month === undefined ? undefined : Number(month);
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

  private readonly onFocus = (event: FocusEvent) => {
    const month = this.keyMonth(event);
    if (month === undefined) return;
    this.stop = this.active = month;
    this.host.requestUpdate();
  };

  private readonly onBlur = () => {
    this.active = undefined;
    this.host.requestUpdate();
  };

  /** Arrow keys and Home/End move between months; Enter or Space selects the focused one. */
  private readonly onKeydown = (event: KeyboardEvent) => {
    const month = this.keyMonth(event);
    if (month === undefined) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.options.onSelect(month);
      return;
    }
    const next = nextIndex(event.key, month, this.layout?.centres.length ?? 0, 'horizontal');
    if (next === null) return;
    event.preventDefault();
    this.stop = next;
    this.host.requestUpdate();
    const box = event.currentTarget as Element;
    void this.host.updateComplete.then(() => box.querySelector<SVGElement>(`[part="month"][data-month="${next}"]`)?.focus());
  };
}
