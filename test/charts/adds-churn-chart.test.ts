import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/elements/adds-churn-chart/define.js';
import type { AddsChurnChart } from '../../src/elements/adds-churn-chart/adds-churn-chart.js';
import { liveCharts } from '../../src/charts/apex.js';
import type { MonthlyResponse } from '../../src/data/contract.js';
import { fetchJson, resetRequests, requestCount, shadowText, until } from '../support/helpers.js';
import { apexInstances, barSeries, box, canvasCount, centre, emulateMedia, tooltipText, xLabels, hover } from './chart-helpers.js';

async function chart(markup = html`<adds-churn-chart endpoint="/api" from="2025-11" to="2026-10"></adds-churn-chart>`) {
  const el = await fixture<AddsChurnChart>(markup);
  await until(() => el.shadowRoot!.querySelector('.apexcharts-bar-series'), 8000, 'chart drawn');
  await el.chartComplete;
  return el;
}

describe('adds-churn-chart', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  beforeEach(() => resetRequests());
  afterEach(() => resetMouse());

  it('draws new and existing above zero and churned below, in proportion to the values', async () => {
    const data = await fetchJson<MonthlyResponse>('/api/customers/monthly?from=2025-11&to=2026-10');
    const el = await chart();
    const series = barSeries(el);
    expect(series.map((s) => s.name)).to.deep.equal(['Existing', 'New', 'Churned']);
    for (const s of series) expect(s.bars).to.have.length(12);
    const [existing, added, churned] = series.map((s) => s.bars.map(box));
    for (let i = 0; i < 12; i++) {
      // stacked: new sits on existing; churned hangs below the zero line (existing's bottom)
      const zero = existing[i].y + existing[i].height;
      expect(Math.abs(added[i].y + added[i].height - existing[i].y), `new on existing ${i}`).to.be.below(1);
      expect(churned[i].y, `churned below zero ${i}`).to.be.at.least(zero - 0.5);
      if (data.months[i].churned > 0) expect(churned[i].height).to.be.above(0);
    }
    // heights in proportion to the values (one scale for every bar)
    const scale = existing[0].height / data.months[0].existing;
    data.months.forEach((m, i) => {
      expect(existing[i].height).to.be.closeTo(m.existing * scale, 1);
      expect(added[i].height).to.be.closeTo(m.new * scale, 1);
      expect(churned[i].height).to.be.closeTo(m.churned * scale, 1);
    });
    expect(canvasCount(el)).to.equal(1);
  });

  it('keeps ApexCharts CSS in the shadow root, gives each chart its own id', async () => {
    const headBefore = document.head.innerHTML;
    const a = await chart();
    const b = await chart();
    expect(document.head.innerHTML).to.equal(headBefore);
    expect(document.getElementById('apexcharts-css')).to.equal(null);
    expect(a.shadowRoot!.getElementById('apexcharts-css')).to.not.equal(null);
    const ids = [a, b].map((el) => el.shadowRoot!.querySelector('.apexcharts-canvas')!.id);
    expect(ids[0]).to.not.equal(ids[1]);
  });

  it('legend buttons toggle a stack', async () => {
    const el = await chart();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="legend-item"][data-key="churned"]')!;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.click();
    await el.chartComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(barSeries(el).map((s) => s.name)).to.deep.equal(['Existing', 'New']);
    button.click();
    await el.chartComplete;
    expect(barSeries(el).map((s) => s.name)).to.deep.equal(['Existing', 'New', 'Churned']);
    expect(canvasCount(el)).to.equal(1);
  });

  it('the zoom slider narrows the visible months (an update, not a rebuild)', async () => {
    const el = await chart();
    const instances = [...liveCharts()];
    const start = el.shadowRoot!.querySelector<HTMLInputElement>('[part="zoom-start"]')!;
    const end = el.shadowRoot!.querySelector<HTMLInputElement>('[part="zoom-end"]')!;
    start.value = '3';
    start.dispatchEvent(new Event('input'));
    end.value = '8';
    end.dispatchEvent(new Event('input'));
    await el.chartComplete;
    for (const s of barSeries(el)) expect(s.bars).to.have.length(6);
    const labels = xLabels(el);
    expect(labels[0]).to.equal('Feb 2026');
    expect(labels.at(-1)).to.equal('Jul 2026');
    expect([...liveCharts()], 'same ApexCharts instance, updated').to.deep.equal(instances);
    expect(canvasCount(el)).to.equal(1);
  });

  it('hover shows the month and each stack; a click selects the month', async () => {
    const data = await fetchJson<MonthlyResponse>('/api/customers/monthly?from=2025-11&to=2026-10');
    const el = await chart();
    const bar = barSeries(el)[0].bars[4];
    const [x, y] = centre(bar);
    await hover([x, y]);
    await until(() => tooltipText(el).includes('March 2026'), 3000, 'tooltip');
    const m = data.months[4];
    const text = tooltipText(el);
    expect(text).to.match(new RegExp(`New:\\s*${m.new}(?!\\d)`));
    expect(text).to.match(new RegExp(`Existing:\\s*${m.existing}(?!\\d)`));
    // churned is drawn below zero but reads as a count
    expect(text).to.match(new RegExp(`Churned:\\s*${m.churned}(?!\\d)`));
    const event = oneEvent(el, 'insights-select');
    await sendMouse({ type: 'click', position: [x, y] });
    const { detail } = await event;
    expect(detail).to.deep.equal({ dimension: 'month', key: '2026-03' });
  });

  it('survives a move, and five disconnect/reconnect cycles leave one chart and no leaks', async () => {
    const el = await chart();
    resetRequests();
    const before = apexInstances();
    const live = liveCharts().size;
    const parent = el.parentElement!;
    // Count window listeners ApexCharts adds and removes over the cycles (resize, mousedown…).
    let net = 0;
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    window.addEventListener = function (this: Window, ...args: Parameters<typeof add>) {
      net++;
      return add.apply(this, args);
    } as typeof add;
    window.removeEventListener = function (this: Window, ...args: Parameters<typeof remove>) {
      net--;
      return remove.apply(this, args);
    } as typeof remove;
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el); // a move: disconnect + connect in one task
    await el.chartComplete;
    expect(canvasCount(el)).to.equal(1);
    for (let i = 0; i < 5; i++) {
      el.remove();
      await Promise.resolve();
      await new Promise((r) => setTimeout(r));
      expect(liveCharts().size).to.equal(live - 1);
      parent.append(el);
      await until(() => canvasCount(el) === 1 && el.shadowRoot!.querySelector('.apexcharts-bar-series'), 5000, 'redrawn');
      await el.chartComplete;
    }
    window.addEventListener = add;
    window.removeEventListener = remove;
    // each cycle destroys one chart (removing its window listeners) and creates one: net 0
    expect(net, 'window listeners added minus removed over 5 cycles').to.equal(0);
    el.remove();
    await new Promise((r) => setTimeout(r));
    expect(canvasCount(el)).to.equal(0);
    parent.append(el);
    await until(() => canvasCount(el) === 1, 5000, 'redrawn');
    await el.chartComplete;
    expect(canvasCount(el)).to.equal(1);
    expect(apexInstances()).to.equal(before);
    expect(liveCharts().size).to.equal(live);
    expect(requestCount('/customers/monthly'), 'no refetch on reconnect').to.equal(0);
    other.remove();
  });

  it('shows the empty state, and an error with Retry', async () => {
    const empty = await fixture<AddsChurnChart>(html`<adds-churn-chart endpoint="/empty-api"></adds-churn-chart>`);
    await until(() => shadowText(empty).includes('No customers in this range.'), 5000, 'empty');
    const bad = await fixture<AddsChurnChart>(html`<adds-churn-chart endpoint="/fixtures/not-json"></adds-churn-chart>`);
    await until(() => bad.shadowRoot!.querySelector('[part="retry"]'), 5000, 'error');
    expect(shadowText(bad)).to.contain("Couldn't load the data.");
    expect(canvasCount(bad)).to.equal(0);
  });

  it('formats months and numbers in the locale', async () => {
    const el = await chart(html`<adds-churn-chart endpoint="/api" from="2025-11" to="2026-10" locale="nl"></adds-churn-chart>`);
    expect(xLabels(el)[0]).to.equal('nov 2025');
    expect(el.shadowRoot!.querySelector('[part="zoom"] output')!.textContent).to.contain('nov 2025');
  });

  it('is accessible (axe)', async () => {
    const el = await chart();
    await expect(el).to.be.accessible();
  });

  it('clamps an out-of-range height', async () => {
    const el = await chart(html`<adds-churn-chart endpoint="/api" height="-3"></adds-churn-chart>`);
    expect(el.chartHeight).to.equal(160);
    el.setAttribute('height', 'tall');
    expect(el.chartHeight).to.equal(320);
  });
});
