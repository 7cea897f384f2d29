import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/distribution-trend/define.js';
import '../../src/elements/filter-context/define.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import type { DistributionTrend } from '../../src/elements/distribution-trend/distribution-trend.js';
import type { TrendResponse } from '../../src/data/contract.js';
import { OTHER_KEY, topN } from '../../src/core/top-n.js';
import { fetchJson, requestCount, resetRequests, settledRequestCount, shadowText, until } from '../support/helpers.js';
import { box, centre, emulateMedia, hover, monthAxis, monthColumns, monthTooltip } from './chart-helpers.js';

const legend = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="legend-item"] .name')].map((n) => n.textContent ?? '');
const tabs = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const svgCount = (el: Element) => el.shadowRoot!.querySelectorAll('svg.month-chart').length;
const months = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGRectElement>('[part="month"]')];
const focusedMonth = (el: Element) => el.shadowRoot!.activeElement?.getAttribute('data-month');
/** The highlighted stack: its series key and month (from its position among its series' columns). */
function highlighted(el: Element): { key: string; month: number } | undefined {
  for (const s of monthColumns(el)) {
    const month = s.bars.findIndex((b) => b.classList.contains('stack-active'));
    if (month >= 0) return { key: s.key, month };
  }
  return undefined;
}
const activeRow = (el: Element) =>
  (el.shadowRoot!.querySelector('[part="tooltip"] .tooltip-row.active')?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function trend(markup: ReturnType<typeof html>) {
  const el = await fixture<DistributionTrend>(markup);
  await until(() => el.shadowRoot!.querySelector('.month-chart .columns rect'), 8000, 'chart drawn');
  await el.chartComplete;
  return el;
}

/** Waits until the chart shows `by`'s data. */
async function shows(el: DistributionTrend, by: string) {
  await until(
    () => el.shadowRoot!.querySelector('.wrap[aria-busy="false"]') && el.shadowRoot!.querySelector('caption')?.textContent?.includes(by),
    8000,
    by,
  );
  await el.chartComplete;
}

describe('distribution-trend', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  beforeEach(() => resetRequests());
  afterEach(() => resetMouse());

  it('stacks the top 8 markets plus Other on the kit’s month chart, heights in proportion to the endpoint’s figures', async () => {
    const data = await fetchJson<TrendResponse>('/api/customers/trend?by=market&from=2025-11&to=2026-10');
    expect(data.series.length).to.be.above(8);
    const el = await trend(html`<distribution-trend endpoint="/api" from="2025-11" to="2026-10"></distribution-trend>`);
    const { top, other } = topN(data.series, 8);
    expect(legend(el)).to.deep.equal([...top.map((s) => s.label), `Other (${data.series.length - 8})`]);
    const series = monthColumns(el);
    expect(series.map((s) => s.key)).to.deep.equal([...top.map((s) => s.key), OTHER_KEY]);
    expect(svgCount(el)).to.equal(1);
    // one scale: each column's height ∝ its value; each stands on the one below it
    const values = [...top.map((s) => s.values), other!.values];
    const boxes = series.map((s) => s.bars.map(box));
    for (const b of boxes) expect(b).to.have.length(12);
    const scale = boxes[0][0].height / values[0][0];
    boxes.forEach((s, j) => s.forEach((b, i) => expect(b.height, `${series[j].key} ${i}`).to.be.closeTo(values[j][i] * scale, 1)));
    for (let i = 0; i < 12; i++) {
      for (let j = 1; j < boxes.length; j++)
        expect(boxes[j][i].y + boxes[j][i].height, `stack ${j} on ${j - 1}, month ${i}`).to.be.closeTo(boxes[j - 1][i].y, 0.6);
    }
    // the palette: member i in slot i + 1, Other in its own slot
    expect(el.shadowRoot!.querySelector('.month-chart .columns')!.getAttribute('data-slot')).to.equal('1');
    expect(el.shadowRoot!.querySelector('.month-chart .columns:last-of-type')!.getAttribute('data-slot')).to.equal('other');
  });

  it('switching tabs fetches each dimension once; switching back fetches nothing; the same SVG is updated', async () => {
    const el = await trend(html`<distribution-trend endpoint="/api" from="2025-12" to="2026-09" dimension="segment"></distribution-trend>`);
    expect(await settledRequestCount('by=segment')).to.equal(1);
    expect(tabs(el).find((t) => t.getAttribute('aria-selected') === 'true')!.dataset.tab).to.equal('segment');
    const segments = await fetchJson<TrendResponse>('/api/customers/trend?by=segment&from=2025-12&to=2026-09');
    const products = await fetchJson<TrendResponse>('/api/customers/trend?by=product&from=2025-12&to=2026-09');
    resetRequests();
    const svg = el.shadowRoot!.querySelector('svg.month-chart');
    tabs(el)
      .find((t) => t.dataset.tab === 'product')!
      .click();
    await shows(el, 'product');
    expect(await settledRequestCount('/customers/trend')).to.equal(1);
    expect(await settledRequestCount('by=product')).to.equal(1);
    expect(legend(el)).to.deep.equal(topN(products.series, 8).top.map((s) => s.label));
    expect(el.dimension).to.equal('product');
    resetRequests();
    tabs(el)
      .find((t) => t.dataset.tab === 'segment')!
      .click();
    await shows(el, 'segment');
    expect(requestCount('/customers/trend')).to.equal(0);
    expect(legend(el)).to.deep.equal(topN(segments.series, 8).top.map((s) => s.label));
    expect(svgCount(el)).to.equal(1);
    expect(el.shadowRoot!.querySelector('svg.month-chart'), 'updated in place, not rebuilt').to.equal(svg);
  });

  it('tabs follow the WAI-ARIA pattern: arrows, Home, End, roving tabindex', async () => {
    const el = await trend(html`<distribution-trend endpoint="/api"></distribution-trend>`);
    const selected = () => tabs(el).find((t) => t.getAttribute('aria-selected') === 'true')!.dataset.tab;
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    tabs(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selected()).to.equal('segment');
    expect(el.shadowRoot!.activeElement).to.equal(tabs(el)[1]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(selected()).to.equal('product');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selected()).to.equal('market');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(selected()).to.equal('product');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(selected()).to.equal('market');
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    const panel = el.shadowRoot!.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal(tabs(el)[0].id);
  });

  it('legend toggles a member; zoom narrows the months', async () => {
    const el = await trend(html`<distribution-trend endpoint="/api" dimension="segment" from="2025-11" to="2026-10"></distribution-trend>`);
    const before = monthColumns(el).map((s) => s.key);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="legend-item"]')!.click();
    await el.chartComplete;
    expect(monthColumns(el).map((s) => s.key)).to.deep.equal(before.slice(1));
    const start = el.shadowRoot!.querySelector<HTMLInputElement>('[part="zoom-start"]')!;
    start.value = '9';
    start.dispatchEvent(new Event('input'));
    await el.chartComplete;
    for (const s of monthColumns(el)) expect(s.bars).to.have.length(3);
    expect(monthAxis(el, 'x')).to.deep.equal(['Aug 2026', 'Sep 2026', 'Oct 2026']);
    expect(months(el)).to.have.length(3);
  });

  it('out-of-range attributes fall back: unknown dimension → market, top clamped', async () => {
    const el = await trend(html`<distribution-trend endpoint="/api" dimension="planet" top="-3"></distribution-trend>`);
    expect(el.activeDimension).to.equal('market');
    expect(el.topCount).to.equal(1);
    expect(legend(el)).to.have.length(2); // the largest market + Other
    expect(legend(el)[1]).to.match(/^Other \(\d+\)$/);
    el.top = 99;
    await el.chartComplete;
    expect(el.topCount).to.equal(8);
    expect(legend(el)).to.have.length(9);
    expect(monthColumns(el)).to.have.length(9);
  });

  it('hostile member names stay text: legend, SVG, a real hover tooltip and the months’ names', async () => {
    delete (window as { __x?: unknown }).__x;
    const el = await trend(html`<distribution-trend endpoint="/hostile-api" dimension="segment" top="8"></distribution-trend>`);
    const names = legend(el);
    expect(names.some((n) => n.includes('<img src=x onerror=window.__x=1>'))).to.equal(true);
    expect(names.some((n) => n.includes('R&D <EMEA>'))).to.equal(true);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const [x, y] = centre(monthColumns(el)[0].bars.at(-1)!);
    await hover([x, y]);
    await until(() => monthTooltip(el).length > 0, 3000, 'tooltip');
    const tip = monthTooltip(el);
    for (const name of names) expect(tip).to.contain(name); // shown literally, not escaped twice
    expect(tip).to.not.contain('&lt;');
    expect(tip).to.not.contain('&amp;');
    expect(months(el)[0].getAttribute('aria-label')).to.contain('R&D <EMEA>');
    expect(el.shadowRoot!.querySelector('[part="tooltip"] img, [part="tooltip"] script')).to.equal(null);
    await until(() => document.readyState === 'complete', 1000, 'page settled');
    expect((window as { __x?: unknown }).__x).to.equal(undefined);
    expect(shadowText(el)).to.contain('R&D <EMEA>');
  });

  it('is accessible (axe): tabs, the months, and a month with a stack walked to', async () => {
    const el = await trend(html`<distribution-trend endpoint="/api"></distribution-trend>`);
    await expect(el).to.be.accessible();
    months(el).at(-1)!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => highlighted(el), 2000, 'a stack walked to');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state and errors in words', async () => {
    const empty = await fixture<DistributionTrend>(html`<distribution-trend endpoint="/empty-api"></distribution-trend>`);
    await until(() => shadowText(empty).includes('No customers in this range.'), 5000, 'empty');
    const bad = await fixture<DistributionTrend>(
      html`<distribution-trend endpoint="/api" from="2026-10" to="2025-01"></distribution-trend>`,
    );
    await until(() => bad.shadowRoot!.querySelector('[part="retry"]'), 5000, 'error');
    expect(shadowText(bad)).to.contain("Couldn't load the data.");
    // a contract violation (a series one value short) is an error in words, not a broken chart
    const short = await fixture<DistributionTrend>(html`<distribution-trend endpoint="/fixtures/charts-bad-trend"></distribution-trend>`);
    await until(() => short.shadowRoot!.querySelector('[part="retry"]'), 5000, 'invalid');
    expect(shadowText(short)).to.contain('one value per month');
    expect(svgCount(short)).to.equal(0);
  });

  it('hovering a stack highlights it and its tooltip row; a click selects its member (again: cleared), marked in the legend', async () => {
    const data = await fetchJson<TrendResponse>('/api/customers/trend?by=market&from=2025-11&to=2026-10');
    const el = await trend(html`<distribution-trend endpoint="/api" from="2025-11" to="2026-10"></distribution-trend>`);
    const top = topN(data.series, 8).top[1]!;
    const bar = monthColumns(el).find((s) => s.key === top.key)!.bars[6]!;
    const [x, y] = centre(bar);
    await hover([x, y]);
    await until(() => highlighted(el)?.key === top.key, 3000, 'the hovered stack highlighted');
    expect(highlighted(el)).to.deep.equal({ key: top.key, month: 6 });
    expect(activeRow(el)).to.equal(`${top.label}: ${top.values[6].toLocaleString('en')}`);
    expect(monthTooltip(el)).to.contain('May 2026');
    let event = oneEvent(el, 'insights-select');
    await sendMouse({ type: 'click', position: [x, y] });
    expect((await event).detail).to.deep.equal({ dimension: 'market', key: top.key });
    await el.updateComplete;
    const marked = el.shadowRoot!.querySelector('[part="legend-item"][aria-current="true"] .name');
    expect(marked?.textContent).to.equal(top.label);
    event = oneEvent(el, 'insights-select');
    await sendMouse({ type: 'click', position: [x, y] });
    expect((await event).detail).to.deep.equal({ dimension: 'market', key: null });
  });

  it('by keyboard: one tab stop on the months, ↑/↓ walk the month’s stacks (ring, tooltip, name), Enter and Space select the member', async () => {
    const data = await fetchJson<TrendResponse>('/api/customers/trend?by=market&from=2025-11&to=2026-10');
    const el = await trend(html`<distribution-trend endpoint="/api" from="2025-11" to="2026-10"></distribution-trend>`);
    const { top } = topN(data.series, 8);
    expect(months(el).map((m) => m.getAttribute('tabindex'))).to.deep.equal([...Array(11).fill('-1'), '0']);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="legend-item"]')[8]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedMonth(el)).to.equal('11');
    await until(() => monthTooltip(el).includes('October 2026'), 2000, 'the focused month’s tooltip');
    expect(highlighted(el), 'no stack before ↑/↓').to.equal(undefined);
    const figure = (i: number, month: number) => top[i].values[month].toLocaleString('en');
    // ↑ from the month: its lowest stack, the largest member
    await sendKeys({ press: 'ArrowUp' });
    await until(() => highlighted(el)?.key === top[0].key, 2000, '↑: the lowest stack');
    expect(highlighted(el)).to.deep.equal({ key: top[0].key, month: 11 });
    expect(activeRow(el)).to.equal(`${top[0].label}: ${figure(0, 11)}`);
    expect(months(el)[11].getAttribute('aria-label')).to.equal(`October 2026: ${top[0].label} ${figure(0, 11)}`);
    expect(focusedMonth(el), 'the focus stays on the month').to.equal('11');
    const ring = getComputedStyle(el.shadowRoot!.querySelector('.month-chart rect.stack-active')!);
    expect(ring.strokeWidth, 'the focus ring is on the stack').to.equal('3px');
    await sendKeys({ press: 'ArrowUp' });
    await until(() => highlighted(el)?.key === top[1].key, 2000, '↑: the next stack up');
    expect(months(el)[11].getAttribute('aria-label')).to.equal(`October 2026: ${top[1].label} ${figure(1, 11)}`);
    await sendKeys({ press: 'ArrowDown' });
    await until(() => highlighted(el)?.key === top[0].key, 2000, '↓: back down');
    await sendKeys({ press: 'ArrowDown' }); // wraps to the top of the stack: Other
    await until(() => highlighted(el)?.key === OTHER_KEY, 2000, '↓ from the lowest: the highest');
    await sendKeys({ press: 'ArrowUp' });
    await until(() => highlighted(el)?.key === top[0].key, 2000, '↑ from the highest: the lowest');
    // ← keeps the member: its stack in the month before
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => focusedMonth(el) === '10' && highlighted(el)?.month === 10, 2000, 'the month before');
    expect(highlighted(el)).to.deep.equal({ key: top[0].key, month: 10 });
    expect(monthTooltip(el)).to.contain('September 2026');
    expect(months(el)[10].getAttribute('aria-label')).to.equal(`September 2026: ${top[0].label} ${figure(0, 10)}`);
    let event = oneEvent(el, 'insights-select');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ dimension: 'market', key: top[0].key });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="legend-item"][aria-current="true"] .name')?.textContent).to.equal(top[0].label);
    event = oneEvent(el, 'insights-select');
    await sendKeys({ press: ' ' });
    expect((await event).detail, 'Space on the selected member clears it').to.deep.equal({ dimension: 'market', key: null });
    // Other is named but not selectable
    let fired = false;
    el.addEventListener('insights-select', () => (fired = true), { once: true });
    await sendKeys({ press: 'ArrowDown' });
    await until(() => highlighted(el)?.key === OTHER_KEY, 2000, 'Other');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(fired).to.equal(false);
    // leaving the months: no tooltip, no highlighted stack
    tabs(el)[0].focus();
    await until(() => monthTooltip(el) === '' && !highlighted(el), 2000, 'cleared on blur');
  });

  it('by keyboard in a cross-filtering dashboard: Enter on a stack filters by its member, Escape clears it', async () => {
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/api" cross-filter loading="eager" from="2025-11" to="2026-10">
        <distribution-trend></distribution-trend>
      </filter-context>`,
    );
    const el = ctx.querySelector<DistributionTrend>('distribution-trend')!;
    await until(() => el.shadowRoot?.querySelector('.month-chart .columns rect'), 8000, 'chart drawn');
    await el.chartComplete;
    const first = monthColumns(el)[0].key;
    months(el).at(-1)!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => highlighted(el)?.key === first, 2000, 'the lowest stack');
    await sendKeys({ press: 'Enter' });
    await until(() => ctx.market.join() === first, 4000, 'filtered by the member');
    expect(focusedMonth(el), 'the focus stays in the chart').to.not.equal(undefined);
    await sendKeys({ press: 'Escape' });
    await until(() => ctx.market.length === 0, 4000, 'Escape clears it');
  });

  it('needs no chart engine: nothing added to the page or its shadow root but the chart', async () => {
    const headBefore = document.head.innerHTML;
    const el = await trend(html`<distribution-trend endpoint="/api"></distribution-trend>`);
    expect(document.head.innerHTML).to.equal(headBefore);
    expect(el.shadowRoot!.querySelector('style')).to.equal(null);
  });
});
