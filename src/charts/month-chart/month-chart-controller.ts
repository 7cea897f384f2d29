/**
 * The kit's own month-by-month chart (columns, stacked or side by side, and lines on one or two
 * y axes), drawn by Lit as SVG: `adds-churn-chart`, `active-vs-total` and `distribution-trend`.
 * A new answer updates the attributes of the nodes on show — no chart engine to load, no SVG
 * rebuilt, no text laid out to be measured (labels are measured on a canvas, `text-width.ts`) —
 * which is what makes a filter change cheap (docs/decisions/0001-own-month-chart.md).
 *
 * It tracks the box's width (`ResizeController`), the hovered or focused month (crosshair,
 * markers and a shared tooltip) and clicks (`onSelect(month index)`). Each month is also a
 * button, one tab stop for all (roving tabindex, the latest month first): arrow keys and
 * Home/End move between months and show their figures, Enter or Space selects one, and a
 * screen reader reads each month's figures from its name. With `onSelectStack` (distribution-trend)
 * each column of a month is a choice of its own: the hovered column is highlighted and a click on
 * it selects its series; by keyboard ↑/↓ walk through the focused month's columns (ringed, named
 * in the tooltip and in the month button's name, so a screen reader hears member and figure) and
 * Enter or Space selects the column's series. A change of the view of the same answer
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
import { columnAt, monthAt, monthChartLayout, monthStacks, type MonthChartLayout } from '../../core/month-chart-layout.js';
import type { Formatter } from '../../core/format.js';
import { percentChange } from '../../core/metrics.js';
import type { ChartText } from '../../i18n/text/chart.js';
import type { CommonText } from '../../i18n/text/common.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { prefersReducedMotion } from '../../controllers/reduced-motion.js';
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
  /**
   * The months' names for assistive technology ("May 2026: New 8, Churned 2"), in the locale in
   * force; with a comparison (series with `previous`), its words ("New 109 (previous: 97, +12.4 %)").
   */
  text: {
    months: ChartText['months'];
    labelValue: CommonText['labelValue'];
    previous?: Pick<ChartText, 'withPrevious' | 'previousUnknown'>;
  };
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class MonthChartController implements ReactiveController {
  private readonly size: ResizeController;
  /** The hovered or focused month, an index of the months shown. */
  private active?: number;
  /** The column (series key) hovered, or walked to with ↑/↓, in the active month (stack choice only). */
  private activeStack?: string;
  /**
   * The months' tab stop (the latest until one is focused): ←/→ and Home/End between months,
   * ↑/↓ through the month's columns when they are choices, Enter or Space selects.
   */
  private readonly roving: RovingFocusController;
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
    /**
     * `onSelect`: a month was clicked or chosen by keyboard (its index among the months shown).
     * `onSelectStack`: the columns are the choices — a click on one, or Enter/Space on the one
     * walked to with ↑/↓, gives its month and series key (and a month alone selects nothing).
     */
    private readonly options: { onSelect?: (month: number) => void; onSelectStack?: (month: number, key: string) => void },
  ) {
    host.addController(this);
    this.roving = new RovingFocusController(host, {
      orientation: 'horizontal',
      start: 'last',
      stop: () => host.renderRoot.querySelector<SVGElement>('[part="month"][tabindex="0"]'),
      across: options.onSelectStack ? (month, step) => this.walkStack(month, step < 0) : undefined,
      activate: (month) => this.choose(month),
    });
    // The box the host renders the chart into (MonthlyChartElement.renderChartBox), or until the
    // first answer the placeholder in its place, as wide: the width is known before the answer.
    this.size = new ResizeController(host, {
      target: () => host.renderRoot.querySelector('.chart') ?? host.renderRoot.querySelector('.placeholder'),
      track: 'width',
      waitForTarget: true,
      sameSizeTargets: true,
      // The labels' font, read when the box is first measured (the page's style is fresh then),
      // not when the first answer renders amid the other widgets' (a style recalculation forced
      // for each chart).
      onResize: () => (this.font ??= getComputedStyle(host).fontFamily || 'sans-serif'),
    });
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
    this.active = this.activeStack = undefined;
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
    if (this.active === undefined || !series.some((s) => s.key === this.activeStack)) this.activeStack = undefined;
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
      series: series.map((s) => ({ key: s.key, kind: s.kind, axis: s.axis ?? 'primary', values: s.values, previous: s.previous })),
      stacked: input.stacked,
      tickLabel: (v) => format.number(Math.round(v)),
      measure: textWidth(this.font),
    }));
    if (this.active !== undefined && this.activeStack !== undefined && !monthStacks(layout, this.active).includes(this.activeStack)) {
      this.activeStack = undefined;
    }
    const active = this.active;
    const stack = active === undefined ? undefined : this.activeStack;
    const figures = (month: number) => series.map((s) => this.figure(s, month, input, month === active && s.key === stack));
    // The month's name says its figures; with a column walked to, that column's member and figure.
    const monthNames = months.map((m, i) => {
      const shown = figures(i).filter((f) => f.active || i !== active || stack === undefined);
      return input.text.labelValue(format.month(m, 'long'), shown.map((f) => `${f.series.name} ${f.spoken}`).join(', '));
    });
    const keys = { label: input.text.months, names: monthNames, stop: this.roving.stopIndex(months.length) };
    return html`<div
      class="month-chart-box"
      @pointermove=${this.onPointer}
      @pointerleave=${this.onLeave}
      @click=${this.onClick}
      @keydown=${this.onKeydown}
      @focusin=${this.onFocus}
      @focusout=${this.onBlur}
    >
      ${renderMonthSvg(layout, { width, height }, series, { month: active, stack }, this.animating, keys)}
      ${active === undefined ? nothing : renderMonthTooltip(layout, width, format.month(months[active], 'long'), figures(active), active)}
    </div>`;
  }

  /**
   * A series' figure in a month, as the tooltip shows it (`value`, and with a comparison the
   * comparison's figure and the change, `previous`) and as the month's name says it (`spoken`).
   */
  private figure(s: DrawnSeries, month: number, input: MonthChartProps, active: boolean) {
    const { format, text } = input;
    const shown = s.tooltipValue ?? ((v: number) => v);
    const now = shown(s.values[month]);
    const value = format.number(now);
    if (!s.previous || !text.previous) return { series: s, value, spoken: value, active };
    const then = s.previous[month];
    const change = then === null || then === undefined ? null : percentChange(shown(then), now);
    const previous = then === null || then === undefined ? text.previous.previousUnknown : format.number(shown(then));
    const words = text.previous.withPrevious(previous, change === null ? null : format.signedPercent(change));
    return { series: s, value, previous: words, spoken: `${value} (${words})`, active };
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

  /** The column under a pointer event, when the columns are choices. */
  private stackOf(event: MouseEvent): string | undefined {
    if (!this.options.onSelectStack || !this.layout) return undefined;
    const box = (event.currentTarget as Element).getBoundingClientRect();
    return columnAt(this.layout, event.clientX - box.left, event.clientY - box.top)?.key;
  }

  private readonly onPointer = (event: PointerEvent) => {
    const month = this.monthOf(event);
    const stack = month === undefined ? undefined : this.stackOf(event);
    if (month === this.active && stack === this.activeStack) return;
    this.active = month;
    this.activeStack = stack;
    this.host.requestUpdate();
  };

  private readonly onLeave = () => {
    if (this.active === undefined) return;
    this.active = this.activeStack = undefined;
    this.host.requestUpdate();
  };

  private readonly onClick = (event: MouseEvent) => {
    const month = this.monthOf(event);
    if (month === undefined) return;
    if (!this.options.onSelectStack) {
      this.options.onSelect?.(month);
      return;
    }
    const stack = this.stackOf(event);
    if (stack !== undefined) this.options.onSelectStack(month, stack);
  };

  /** Enter or Space on a month: the month, or (stack choice) the column walked to in it. */
  private choose(month: number): void {
    if (!this.options.onSelectStack) this.options.onSelect?.(month);
    else if (this.activeStack !== undefined && this.active === month) this.options.onSelectStack(month, this.activeStack);
  }

  /** ↑ the next column up the month's stack, ↓ the next down (from none: the lowest or the highest); wraps. */
  private walkStack(month: number, up: boolean): void {
    const stacks = this.layout ? monthStacks(this.layout, month) : [];
    if (!stacks.length) return;
    const at = this.activeStack === undefined ? -1 : stacks.indexOf(this.activeStack);
    const next = at < 0 ? (up ? 0 : stacks.length - 1) : (at + (up ? 1 : -1) + stacks.length) % stacks.length;
    this.active = month;
    this.activeStack = stacks[next];
    this.host.requestUpdate();
  }

  private readonly onFocus = (event: FocusEvent) => {
    const month = this.keyMonth(event);
    if (month === undefined) return;
    this.roving.index = this.active = month;
    this.host.requestUpdate();
  };

  private readonly onBlur = (event: FocusEvent) => {
    // Focus moving to another month keeps the column walked to (its member is followed).
    if ((event.relatedTarget as Element | null)?.matches?.('[part="month"]')) return;
    this.active = this.activeStack = undefined;
    this.host.requestUpdate();
  };

  /**
   * A key on a month goes to the roving stop (`this.roving` says which): a column walked to stays
   * chosen in the next month when it is drawn there.
   */
  private readonly onKeydown = (event: KeyboardEvent) => {
    const month = this.keyMonth(event);
    if (month !== undefined) this.roving.keydown(event, this.layout?.centres.length ?? 0, month);
  };
}
