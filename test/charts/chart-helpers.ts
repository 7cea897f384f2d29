/** Helpers for reading the kit's month chart inside a chart element's shadow root. */
import { sendMouse } from '@web/test-runner-commands';

export { emulateMedia } from '../support/media.js';

/** Bounding box of a bar in the SVG's user units, rounded to 0.1. */
export function box(path: SVGGraphicsElement): { x: number; y: number; width: number; height: number } {
  const b = path.getBBox();
  const r = (n: number) => Math.round(n * 10) / 10;
  return { x: r(b.x), y: r(b.y), width: r(b.width), height: r(b.height) };
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
