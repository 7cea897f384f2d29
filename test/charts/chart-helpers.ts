/** Helpers for reading a chart inside a kit element's shadow root: ApexCharts' SVG (distribution-trend) and the kit's own month chart. */
import { sendMouse } from '@web/test-runner-commands';

export { emulateMedia } from '../support/media.js';

/** ApexCharts' `seriesName` attribute for a name (it replaces punctuation and spaces by `x`). */
export function apexName(name: string): string {
  return name.replace(/[` ~!@#$%^&*()|+=?;:'",.<>{}[\]\\/]/gi, 'x');
}

/** Each bar series group (`.apexcharts-series` with a `seriesName`) inside the element. */
export function barSeries(el: Element): { name: string; bars: SVGPathElement[] }[] {
  const root = el.shadowRoot!;
  return [...root.querySelectorAll<SVGGElement>('.apexcharts-bar-series .apexcharts-series')].map((g) => ({
    name: g.getAttribute('seriesName') ?? '',
    bars: [...g.querySelectorAll<SVGPathElement>('path.apexcharts-bar-area')],
  }));
}

/** Bounding box of a bar in the SVG's user units, rounded to 0.1. */
export function box(path: SVGGraphicsElement): { x: number; y: number; width: number; height: number } {
  const b = path.getBBox();
  const r = (n: number) => Math.round(n * 10) / 10;
  return { x: r(b.x), y: r(b.y), width: r(b.width), height: r(b.height) };
}

/** Number of ApexCharts canvases in the element's shadow root. */
export function canvasCount(el: Element): number {
  return el.shadowRoot!.querySelectorAll('.apexcharts-canvas').length;
}

/** ApexCharts' global registry of charts with an id (the kit gives every chart one). */
export function apexInstances(): number {
  const apex = (window as unknown as { Apex?: { _chartInstances?: { id: string }[] } }).Apex;
  return (apex?._chartInstances ?? []).filter((i) => i.id.startsWith('insights-chart-')).length;
}

/** The centre of an element in viewport coordinates (for sendMouse), integers. */
export function centre(node: Element): [number, number] {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/**
 * A real pointer move onto (x, y). It starts from the corner: a move to where the pointer
 * already is (left there by an earlier test) fires no event, and no tooltip opens.
 */
export async function hover([x, y]: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: [0, 0] });
  await sendMouse({ type: 'move', position: [x, y] });
}

/** Text of the visible tooltip, white space folded. */
export function tooltipText(el: Element): string {
  const tip = el.shadowRoot!.querySelector('.apexcharts-tooltip');
  return (tip?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The x-axis labels as drawn (SVG text). */
export function xLabels(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('.apexcharts-xaxis-label')].map((t) => t.querySelector('tspan')?.textContent ?? '');
}

/* The kit's own month chart (`charts/month-chart/`): adds-churn-chart and active-vs-total. */

/** Each column series of a month chart, in drawing order: its key and its columns. */
export function monthColumns(el: Element): { key: string; bars: SVGRectElement[] }[] {
  return [...el.shadowRoot!.querySelectorAll<SVGGElement>('.month-chart .columns')].map((g) => ({
    key: g.dataset.key ?? '',
    bars: [...g.querySelectorAll<SVGRectElement>('rect')],
  }));
}

/** The path of a month chart's line series, or null when it is not drawn. */
export function monthLine(el: Element, key: string): SVGPathElement | null {
  return el.shadowRoot!.querySelector<SVGPathElement>(`.month-chart .line[data-key="${key}"] path`);
}

/** Text of the month chart's tooltip, white space folded ('' when none shows). */
export function monthTooltip(el: Element): string {
  return (el.shadowRoot!.querySelector('[part="tooltip"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The month chart's x-axis labels, and the labels of its left or right y axis. */
export function monthAxis(el: Element, axis: 'x' | 'y' | 'secondary'): string[] {
  const selector = axis === 'x' ? '.axis.x text' : axis === 'y' ? '.axis.y:not(.secondary) text' : '.axis.y.secondary text';
  return [...el.shadowRoot!.querySelectorAll(`.month-chart ${selector}`)].map((t) => t.textContent ?? '');
}
