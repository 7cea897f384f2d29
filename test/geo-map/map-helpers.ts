/** Reading customer-geo-map's shadow DOM in tests: shapes, dots, the grid and the map's view box. */
import { fixture, html } from '@open-wc/testing';
import type { CustomerGeoMap } from '../../src/elements/customer-geo-map/customer-geo-map.js';
import '../../src/elements/customer-geo-map/define.js';
import { until } from '../support/helpers.js';

export type Box = { x: number; y: number; width: number; height: number };

export const root = (el: Element) => el.shadowRoot!;
export const paths = (el: Element) => [...root(el).querySelectorAll<SVGPathElement>('[part="map"] .shapes path')];
export const dots = (el: Element) => [...root(el).querySelectorAll<SVGCircleElement>('[part="map"] .dots circle')];
export const rows = (el: Element) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr[data-key]')];
export const rowKeys = (el: Element) => rows(el).map((r) => r.dataset.key!);
export const cell = (row: HTMLTableRowElement, i: number) => row.cells[i].querySelector('.n')!.textContent!.trim();
export const svgOf = (el: Element) => root(el).querySelector<SVGSVGElement>('svg[part="map"]')!;
export const viewBox = (el: Element): Box => {
  const [x, y, width, height] = svgOf(el).getAttribute('viewBox')!.split(' ').map(Number);
  return { x, y, width, height };
};
export const contains = (outer: Box, inner: DOMRect | Box) =>
  inner.x >= outer.x - 0.01 &&
  inner.y >= outer.y - 0.01 &&
  inner.x + inner.width <= outer.x + outer.width + 0.01 &&
  inner.y + inner.height <= outer.y + outer.height + 0.01;
export const shapeOf = (el: Element, code: string) => root(el).querySelector<SVGPathElement>(`.shapes path[data-code="${code}"]`);
/** A country's box in the map's coordinates: its path is drawn in atlas units under the shapes' transform. */
export function shapeBox(el: Element, code: string): Box {
  const path = shapeOf(el, code)!;
  const b = path.getBBox();
  const m = (path.parentNode as SVGGElement).transform.baseVal.consolidate()!.matrix;
  return { x: b.x * m.a + m.e, y: b.y * m.d + m.f, width: b.width * m.a, height: b.height * m.d };
}
export const sortButton = (el: Element, column: string) =>
  root(el).querySelector<HTMLButtonElement>(`thead button[data-column="${column}"]`)!;

export async function map(markup = html`<customer-geo-map endpoint="/api" style="width:1000px"></customer-geo-map>`) {
  const el = await fixture<CustomerGeoMap>(markup);
  await until(() => paths(el).length > 100 && rows(el).length > 0, 8000, 'map and grid');
  // The map is laid out for its box once more when the grid takes its place beside it: wait
  // for the layout of the box it has now (before, dots and the world view box are stale).
  const box = () => root(el).querySelector('.map')!.getBoundingClientRect().width;
  await until(() => Math.abs(svgOf(el).width.baseVal.value - box()) < 1, 4000, 'the map laid out for its box');
  await el.updateComplete;
  return el;
}
