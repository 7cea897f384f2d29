/** Reading product-sunburst's shadow DOM in tests: arcs by depth, their spans, the centre and the list. */
import { fixture, html } from '@open-wc/testing';
import type { ProductSunburst } from '../../src/elements/product-sunburst/product-sunburst.js';
import '../../src/elements/product-sunburst/define.js';
import { until } from '../support/helpers.js';

const TAU = 2 * Math.PI;
export const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
export const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
export const busy = (el: Element) => $(el, '[part="base"]')?.getAttribute('aria-busy') === 'true';
export const settled = (el: ProductSunburst) =>
  until(() => !busy(el) && ($(el, '[part="chart"]') || $(el, '[part="error"]') || $(el, '[part="empty"]')), 8000, 'sunburst to settle');
export const arcs = (el: Element, depth: 1 | 2) => $$(el, `path[data-depth="${depth}"]`) as SVGPathElement[];
export const span = (p: Element) => (Number(p.getAttribute('data-a1')) - Number(p.getAttribute('data-a0'))) / TAU;
export const centre = (el: Element) => $(el, '[part="center"]') as HTMLElement;
export const listKeys = (el: Element) => $$(el, '[part="list"] [data-key]').map((e) => e.getAttribute('data-key'));
/** The element focused inside the sunburst's shadow root. */
export const focused = (el: Element) => el.shadowRoot!.activeElement;

export async function sunburst(endpoint = '/api') {
  const el = await fixture<ProductSunburst>(html`<product-sunburst endpoint=${endpoint}></product-sunburst>`);
  await settled(el);
  return el;
}
