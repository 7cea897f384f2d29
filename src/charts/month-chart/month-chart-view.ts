/**
 * The month chart's SVG and tooltip, as Lit templates of a layout (`core/month-chart-layout.ts`):
 * a new answer changes attributes of the same nodes, never rebuilds them. Colours come from the
 * palette slots (`data-slot`) and the tokens in CSS, so a theme switch needs no redraw; strings
 * from data are Lit text.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { line } from 'd3-shape';
import type { LinePoint, MonthChartLayout } from '../../core/month-chart-layout.js';
import { styleProps } from '../../directives/style-props.js';
import type { SeriesSlot } from '../../themes/palette.js';

/** One series as drawn: its layout key, name, colour slot and look. */
export interface DrawnSeries {
  key: string;
  name: string;
  slot: SeriesSlot;
  kind: 'column' | 'line';
  axis?: 'secondary';
  /** A dashed line: told apart by shape, not by colour alone. */
  dashed?: boolean;
  values: readonly number[];
  /** With a comparison: the comparison range's value beside each month, `null` where it is not known. */
  previous?: readonly (number | null)[];
  /** The figure the tooltip shows for a drawn value (churned, drawn below zero, reads as a count). */
  tooltipValue?: (value: number) => number;
}

const r = (n: number) => Math.round(n * 10) / 10;

/** A line's path through its points (d3-shape, straight segments, 0.1 px). */
const linePath = line().digits(1) as (points: [number, number][]) => string | null;
/** The comparison's line: broken where a month is not known. */
const previousPath = line<LinePoint>()
  .defined((p) => p !== null)
  .x((p) => p![0])
  .y((p) => p![1])
  .digits(1);

/** The months as buttons: the group's name, each month's name (with its figures), the one with the tab stop. */
export interface MonthKeys {
  label: string;
  names: readonly string[];
  stop: number;
}

/**
 * The chart's SVG: grid, axes, columns, lines, the hovered month's band, hidden from assistive
 * technology; over them a transparent button per month (the keyboard's and the screen reader's
 * way through the months).
 *
 * Series are a plain list, not `repeat()`: lit-html 3.3 leaves a comment node behind for each
 * item `repeat()` removes (lit/lit#5298), and distribution-trend's stacks come and go with every
 * filter, so a long session grew the DOM (soak bench: +4,008 nodes in 1,002 changes). A series'
 * `<g>` may then serve another key after a change; its columns tween from the old geometry,
 * which is what a stack layer changing size looks like anyway.
 */
export function renderMonthSvg(
  layout: MonthChartLayout,
  size: { width: number; height: number },
  series: readonly DrawnSeries[],
  highlight: { month?: number; stack?: string },
  animate: boolean,
  keys: MonthKeys,
): SVGTemplateResult {
  const { plot, band, zero } = layout;
  const active = highlight.month;
  const stackOf = (key: string, month: number) => (month === active && key === highlight.stack ? 'stack-active' : nothing);
  const bySeries = new Map(series.map((s, index) => [s.key, { ...s, index: index + 1 }]));
  const labelX = plot.left - 8;
  const bandX = (month: number) => r(plot.left + band * month);
  return svg`<svg class=${animate ? 'month-chart animate' : 'month-chart'} width=${size.width} height=${size.height} viewBox="0 0 ${size.width} ${size.height}" role="group" aria-label=${keys.label}>
    <g aria-hidden="true">
    ${active === undefined ? nothing : svg`<rect class="crosshair" x=${bandX(active)} y=${r(plot.top)} width=${r(band)} height=${r(plot.bottom - plot.top)}></rect>`}
    <g class="grid">${layout.ticks.map((t) => svg`<line x1=${r(plot.left)} x2=${r(plot.right)} y1=${r(t.y)} y2=${r(t.y)}></line>`)}</g>
    <g class="axis y">${layout.ticks.map((t) => svg`<text x=${r(labelX)} y=${r(t.y)} dy="0.32em" text-anchor="end">${t.label}</text>`)}</g>
    ${
      layout.secondaryTicks
        ? svg`<g class="axis y secondary">${layout.secondaryTicks.map((t) => svg`<text x=${r(plot.right + 8)} y=${r(t.y)} dy="0.32em">${t.label}</text>`)}</g>`
        : nothing
    }
    <g class="axis x">
      <line class="baseline" x1=${r(plot.left)} x2=${r(plot.right)} y1=${r(plot.bottom)} y2=${r(plot.bottom)}></line>
      ${layout.xLabels.map((l) =>
        layout.rotated
          ? svg`<text x=${r(l.x)} y=${r(l.y)} dy="0.32em" text-anchor="end" transform="rotate(-45 ${r(l.x)} ${r(l.y)})">${l.text}</text>`
          : svg`<text x=${r(l.x)} y=${r(l.y)} text-anchor="middle">${l.text}</text>`,
      )}
    </g>
    ${zero < plot.bottom - 0.5 ? svg`<line class="zero" x1=${r(plot.left)} x2=${r(plot.right)} y1=${r(zero)} y2=${r(zero)}></line>` : nothing}
    ${layout.columns.map(
      (
        c,
      ) => svg`<g class="series columns" data-key=${c.key} data-slot=${bySeries.get(c.key)!.slot} data-index=${bySeries.get(c.key)!.index}>
        ${c.previous?.map((b) => (b ? svg`<rect class="previous" data-month=${b.month} x=${r(b.x + 0.75)} y=${r(b.y + 0.75)} width=${r(Math.max(0, b.width - 1.5))} height=${r(Math.max(0, b.height - 1.5))}></rect>` : nothing)) ?? nothing}
        ${c.boxes.map((b) => svg`<rect class=${stackOf(c.key, b.month)} x=${r(b.x)} y=${r(b.y)} width=${r(b.width)} height=${r(b.height)}></rect>`)}
      </g>`,
    )}
    ${layout.lines.map(
      (l) => svg`<g class="series line" data-key=${l.key} data-slot=${bySeries.get(l.key)!.slot} data-index=${bySeries.get(l.key)!.index}>
        ${
          l.previous
            ? svg`<path class="previous" d=${previousPath(l.previous) ?? ''}></path>
            ${l.previous.map((p, m) => (p ? svg`<circle class="previous" data-month=${m} cx=${r(p[0])} cy=${r(p[1])} r=${m === active ? 5 : 3.5}></circle>` : nothing))}`
            : nothing
        }
        <path class=${bySeries.get(l.key)!.dashed ? 'dashed' : ''} d=${linePath(l.points) ?? ''}></path>
        ${l.points.map(([x, y], m) => svg`<circle class="current" cx=${r(x)} cy=${r(y)} r=${m === active ? 5 : 3}></circle>`)}
      </g>`,
    )}
    </g>
    ${keys.names.map(
      (
        name,
        m,
      ) => svg`<rect part="month" class=${m === active && highlight.stack !== undefined ? 'month on-stack' : 'month'} data-month=${m} role="button" tabindex=${m === keys.stop ? 0 : -1} aria-label=${name}
        x=${bandX(m)} y=${r(plot.top)} width=${r(band)} height=${r(plot.bottom - plot.top)}></rect>`,
    )}
  </svg>`;
}

/** Narrower than this beside the month, the tooltip spans the chart's width above the columns instead. */
const TOOLTIP_MIN_ROOM = 180;

/**
 * The shared tooltip of the hovered month: its long name, then each series' name and figure (the
 * column hovered or walked to stands out).
 * Beside the month's band, on the side with more room (never wider than that room); across the
 * chart when neither side has room for it (a narrow chart).
 */
export function renderMonthTooltip(
  layout: MonthChartLayout,
  width: number,
  month: string,
  rows: readonly { series: DrawnSeries; value: string; previous?: string; active?: boolean }[],
  active: number,
): TemplateResult {
  const x = layout.centres[active] ?? 0;
  const rightEdge = x + layout.band / 2 + 4; // of the band, where a tooltip on its right starts
  const leftEdge = x - layout.band / 2 - 4;
  const onRight = width - rightEdge >= leftEdge;
  const room = Math.floor(onRight ? width - rightEdge : leftEdge);
  const top = `${Math.round(layout.plot.top)}px`;
  const place: Record<string, string> =
    room < TOOLTIP_MIN_ROOM
      ? { '--_tip-left': '0px', '--_tip-right': '0px', '--_tip-y': top }
      : onRight
        ? { '--_tip-left': `${Math.round(rightEdge)}px`, '--_tip-room': `${room}px`, '--_tip-y': top }
        : { '--_tip-right': `${Math.round(width - leftEdge)}px`, '--_tip-room': `${room}px`, '--_tip-y': top };
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" ${styleProps(place)}>
    <div class="tooltip-title">${month}</div>
    ${rows.map(
      ({ series, value, previous, active }) =>
        html`<div class=${active ? 'tooltip-row active' : 'tooltip-row'}>
          <span class=${series.dashed ? 'swatch line' : 'swatch'} data-slot=${series.slot}></span
          ><span class="tooltip-name">${series.name}:</span>
          <span class="tooltip-value">${value}</span>${previous ? html` <span class="tooltip-previous">(${previous})</span>` : nothing}
        </div>`,
    )}
  </div>`;
}
