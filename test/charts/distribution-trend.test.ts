import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/distribution-trend/define.js';
import type { DistributionTrend } from '../../src/elements/distribution-trend/distribution-trend.js';
import type { TrendResponse } from '../../src/data/contract.js';
import { topN } from '../../src/core/top-n.js';
import { liveCharts } from '../../src/charts/apex.js';
import { fetchJson, requestCount, resetRequests, shadowText, until } from '../support/helpers.js';
import { apexName, barSeries, box, canvasCount, centre, emulateMedia, tooltipText, xLabels, hover } from './chart-helpers.js';

const legend = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="legend-item"] .name')].map((n) => n.textContent ?? '');
const tabs = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];

async function trend(markup: ReturnType<typeof html>) {
  const el = await fixture<DistributionTrend>(markup);
  await until(() => el.shadowRoot!.querySelector('.apexcharts-bar-series'), 8000, 'chart drawn');
  await el.chartComplete;
  return el;
}

/** Waits until the chart shows `by`'s data. */
async function shows(el: DistributionTrend, by: string) {
  await until(() => el.shadowRoot!.querySelector('.wrap[aria-busy="false"]') && el.shadowRoot!.querySelector('caption')?.textContent?.includes(by), 8000, by);
  await el.chartComplete;
}

describe('distribution-trend', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  beforeEach(() => resetRequests());
  afterEach(() => resetMouse());

  it('stacks the top 8 markets plus Other, heights summing to each month’s total', async () => {
    const data = await fetchJson<TrendResponse>('/api/customers/trend?by=market&from=2025-11&to=2026-10');
    expect(data.series.length).to.be.above(8);
    const el = await trend(html`<distribution-trend endpoint="/api" from="2025-11" to="2026-10"></distribution-trend>`);
    const { top, other } = topN(data.series, 8);
    expect(legend(el)).to.deep.equal([...top.map((s) => s.label), `Other (${data.series.length - 8})`]);
    const series = barSeries(el);
    expect(series.map((s) => s.name)).to.deep.equal([...top.map((s) => apexName(s.label)), apexName(`Other (${data.series.length - 8})`)]);
    for (const s of series) expect(s.bars).to.have.length(12);
    // one scale: each bar's height ∝ its value; the stack of month i spans the month's total
    const values = [...top.map((s) => s.values), other!.values];
    const scale = box(series[0].bars[0]).height / values[0][0];
    series.forEach((s, j) => s.bars.forEach((bar, i) => expect(box(bar).height).to.be.closeTo(values[j][i] * scale, 1)));
  });

  it('switching tabs fetches each dimension once; switching back fetches nothing', async () => {
    const el = await trend(html`<distribution-trend endpoint="/api" from="2025-12" to="2026-09" dimension="segment"></distribution-trend>`);
    expect(requestCount('by=segment')).to.equal(1);
    expect(tabs(el).find((t) => t.getAttribute('aria-selected') === 'true')!.dataset.tab).to.equal('segment');
    const segments = await fetchJson<TrendResponse>('/api/customers/trend?by=segment&from=2025-12&to=2026-09');
    const products = await fetchJson<TrendResponse>('/api/customers/trend?by=product&from=2025-12&to=2026-09');
    resetRequests();
    const instances = [...liveCharts()];
    tabs(el).find((t) => t.dataset.tab === 'product')!.click();
    await shows(el, 'product');
    expect(requestCount('/customers/trend')).to.equal(1);
    expect(requestCount('by=product')).to.equal(1);
    expect(legend(el)).to.deep.equal(topN(products.series, 8).top.map((s) => s.label));
    expect(el.dimension).to.equal('product');
    resetRequests();
    tabs(el).find((t) => t.dataset.tab === 'segment')!.click();
    await shows(el, 'segment');
    expect(requestCount('/customers/trend')).to.equal(0);
    expect(legend(el)).to.deep.equal(topN(segments.series, 8).top.map((s) => s.label));
    expect(canvasCount(el)).to.equal(1);
    expect([...liveCharts()], 'updated in place, not rebuilt').to.deep.equal(instances);
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
    const before = barSeries(el).length;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="legend-item"]')!.click();
    await el.chartComplete;
    expect(barSeries(el).length).to.equal(before - 1);
    const start = el.shadowRoot!.querySelector<HTMLInputElement>('[part="zoom-start"]')!;
    start.value = '9';
    start.dispatchEvent(new Event('input'));
    await el.chartComplete;
    for (const s of barSeries(el)) expect(s.bars).to.have.length(3);
    expect(xLabels(el)).to.deep.equal(['Aug 2026', 'Sep 2026', 'Oct 2026']);
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
  });

  it('hostile member names stay text: legend, SVG and a real hover tooltip', async () => {
    delete (window as { __x?: unknown }).__x;
    const el = await trend(html`<distribution-trend endpoint="/hostile-api" dimension="segment" top="8"></distribution-trend>`);
    const names = legend(el);
    expect(names.some((n) => n.includes('<img src=x onerror=window.__x=1>'))).to.equal(true);
    expect(names.some((n) => n.includes('R&D <EMEA>'))).to.equal(true);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const series = barSeries(el);
    const [x, y] = centre(series[0].bars.at(-1)!);
    await hover([x, y]);
    await until(() => tooltipText(el).length > 0 && el.shadowRoot!.querySelector('.apexcharts-tooltip.apexcharts-active'), 3000, 'tooltip');
    const tip = tooltipText(el);
    for (const name of names) expect(tip).to.contain(name); // shown literally, not double-escaped
    expect(tip).to.not.contain('&lt;');
    expect(tip).to.not.contain('&amp;');
    expect(el.shadowRoot!.querySelector('.apexcharts-tooltip img, .apexcharts-tooltip script')).to.equal(null);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __x?: unknown }).__x).to.equal(undefined);
    expect(shadowText(el)).to.contain('R&D <EMEA>');
  });

  it('is accessible (axe), tabs included', async () => {
    const el = await trend(html`<distribution-trend endpoint="/api"></distribution-trend>`);
    await expect(el).to.be.accessible();
  });

  it('shows the empty state and errors in words', async () => {
    const empty = await fixture<DistributionTrend>(html`<distribution-trend endpoint="/empty-api"></distribution-trend>`);
    await until(() => shadowText(empty).includes('No customers in this range.'), 5000, 'empty');
    const bad = await fixture<DistributionTrend>(html`<distribution-trend endpoint="/api" from="2026-10" to="2025-01"></distribution-trend>`);
    await until(() => bad.shadowRoot!.querySelector('[part="retry"]'), 5000, 'error');
    expect(shadowText(bad)).to.contain("Couldn't load the data.");
    // a contract violation (a series one value short) is an error in words, not a broken chart
    const short = await fixture<DistributionTrend>(html`<distribution-trend endpoint="/fixtures/charts-bad-trend"></distribution-trend>`);
    await until(() => short.shadowRoot!.querySelector('[part="retry"]'), 5000, 'invalid');
    expect(shadowText(short)).to.contain('one value per month');
    expect(canvasCount(short)).to.equal(0);
  });

  it('a click on a member’s stack selects it for cross-filtering (again: cleared), marked in the legend', async () => {
    const data = await fetchJson<TrendResponse>('/api/customers/trend?by=market&from=2025-11&to=2026-10');
    const el = await trend(html`<distribution-trend endpoint="/api" from="2025-11" to="2026-10"></distribution-trend>`);
    const top = topN(data.series, 8).top[0]!;
    const bar = barSeries(el).find((s) => s.name === apexName(top.label))!.bars[6]!;
    const [x, y] = centre(bar);
    await hover([x, y]);
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
});