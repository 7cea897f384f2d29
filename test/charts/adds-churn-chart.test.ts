import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/elements/adds-churn-chart/define.js';
import type { AddsChurnChart } from '../../src/elements/adds-churn-chart/adds-churn-chart.js';
import type { MonthlyResponse } from '../../src/data/contract.js';
import { fetchJson, resetRequests, requestCount, shadowText, until } from '../support/helpers.js';
import { box, centre, emulateMedia, hover, monthAxis, monthColumns, monthLine, monthTooltip } from './chart-helpers.js';

async function chart(markup = html`<adds-churn-chart endpoint="/api" from="2025-11" to="2026-10"></adds-churn-chart>`) {
  const el = await fixture<AddsChurnChart>(markup);
  await until(() => el.shadowRoot!.querySelector('.month-chart .columns rect'), 8000, 'chart drawn');
  await el.chartComplete;
  return el;
}

const svgCount = (el: Element) => el.shadowRoot!.querySelectorAll('svg.month-chart').length;

describe('adds-churn-chart', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  beforeEach(() => resetRequests());
  afterEach(() => resetMouse());

  it('stacked view: draws new and existing above zero and churned below, in proportion to the values', async () => {
    const data = await fetchJson<MonthlyResponse>('/api/customers/monthly?from=2025-11&to=2026-10');
    const el = await chart(html`<adds-churn-chart endpoint="/api" from="2025-11" to="2026-10" view="stacked"></adds-churn-chart>`);
    const series = monthColumns(el);
    expect(series.map((s) => s.key)).to.deep.equal(['existing', 'new', 'churned']);
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
    expect(svgCount(el)).to.equal(1);
  });

  it('change view (the default): churn readable when existing customers are 100× larger', async () => {
    const data = await fetchJson<MonthlyResponse>('/fixtures/churn-100x/customers/monthly');
    const el = await chart(html`<adds-churn-chart endpoint="/fixtures/churn-100x"></adds-churn-chart>`);
    expect(el.activeView).to.equal('change');
    const series = monthColumns(el);
    expect(
      series.map((s) => s.key),
      'columns: new and churned; existing is the line',
    ).to.deep.equal(['new', 'churned']);
    const [added, churned] = series.map((s) => s.bars.map(box));
    const line = monthLine(el, 'existing')!;
    expect(line, 'existing drawn as a line').to.not.equal(null);
    expect(getComputedStyle(line).strokeDasharray, 'the line is dashed: not told apart by colour alone').to.match(/^[1-9]/);
    // the line runs through one point per month, above the columns' zero
    expect(line.getAttribute('d')!.match(/[ML]/g)).to.have.length(data.months.length);
    const scale = added[0].height / data.months[0].new;
    data.months.forEach((m, i) => {
      // new above zero, churned below it, one scale for both
      expect(Math.abs(added[i].y + added[i].height - churned[i].y), `one zero line ${i}`).to.be.below(1);
      expect(churned[i].height, `churned ${i} in proportion`).to.be.closeTo(m.churned * scale, 1);
      expect(churned[i].height, `churned ${i} visible`).to.be.at.least(20);
    });
    // the right axis reads the existing customers, from zero (no negative counts)
    const ticks = monthAxis(el, 'secondary').map((t) => Number(t.replace(/\D/g, '')));
    expect(Math.max(...ticks)).to.be.at.least(Math.max(...data.months.map((m) => m.existing)));
    expect(
      monthAxis(el, 'secondary').some((t) => /^[-−]/.test(t)),
      'no negative ticks on the right',
    ).to.equal(false);
    // the left axis reads below zero for churn
    expect(monthAxis(el, 'y').some((t) => /^[-−]/.test(t))).to.equal(true);
  });

  it('change view: the legend hides the existing line and brings it back', async () => {
    const el = await chart();
    const existing = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="legend-item"][data-key="existing"]')!;
    const line = () => monthLine(el, 'existing');
    expect(existing.querySelector('.swatch.line'), 'the swatch is a dash, as the line').to.not.equal(null);
    existing.click();
    await el.chartComplete;
    expect(line()).to.equal(null);
    expect(monthAxis(el, 'secondary'), 'no right axis without the line').to.deep.equal([]);
    expect(monthColumns(el).map((s) => s.key)).to.deep.equal(['new', 'churned']);
    existing.click();
    await el.chartComplete;
    expect(line()).to.not.equal(null);
    expect(monthColumns(el).map((s) => s.key)).to.deep.equal(['new', 'churned']);
    expect(svgCount(el)).to.equal(1);
  });

  it('the stacked view of the same data draws churn as a hairline (why change is the default)', async () => {
    const el = await chart(html`<adds-churn-chart endpoint="/fixtures/churn-100x" view="stacked"></adds-churn-chart>`);
    const churned = monthColumns(el)
      .find((s) => s.key === 'churned')!
      .bars.map(box);
    expect(Math.max(...churned.map((b) => b.height))).to.be.below(6);
  });

  it('the view switch changes views by keyboard, says which is pressed and fires change', async () => {
    const el = await chart();
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="view"] button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['New and churned', 'Stacked totals']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false']);
    buttons[1].focus();
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Enter' });
    await changed;
    await el.chartComplete;
    expect(el.view).to.equal('stacked');
    expect(el.getAttribute('view')).to.equal('stacked');
    expect(monthColumns(el).map((s) => s.key)).to.deep.equal(['existing', 'new', 'churned']);
    expect(monthLine(el, 'existing'), 'no line in the stacked view').to.equal(null);
    const pressed = [...el.shadowRoot!.querySelectorAll('[part="view"] button')].map((b) => b.getAttribute('aria-pressed'));
    expect(pressed).to.deep.equal(['false', 'true']);
    el.setAttribute('view', 'pie');
    expect(el.activeView).to.equal('change');
  });

  it('names its region by its headline, and makes its title a heading only when asked', async () => {
    const el = await chart();
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.localName).to.equal('section');
    expect(base.getAttribute('aria-label')).to.match(
      /^Customer adds and churns, November 2025 to October 2026: [\d,]+ new, [\d,]+ churned\.$/,
    );
    const title = el.shadowRoot!.querySelector('[part="label"]')!;
    expect(title.hasAttribute('role')).to.equal(false);
    el.headingLevel = 2;
    await el.updateComplete;
    expect([title.getAttribute('role'), title.getAttribute('aria-level')]).to.deep.equal(['heading', '2']);
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(title.hasAttribute('role'), 'a bad level counts as unset').to.equal(false);
  });

  it('needs no chart engine: nothing added to the page or its shadow root but the chart', async () => {
    const headBefore = document.head.innerHTML;
    const el = await chart();
    expect(document.head.innerHTML).to.equal(headBefore);
    expect(el.shadowRoot!.querySelector('style')).to.equal(null);
  });

  it('legend buttons toggle a stack', async () => {
    const el = await chart(html`<adds-churn-chart endpoint="/api" from="2025-11" to="2026-10" view="stacked"></adds-churn-chart>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="legend-item"][data-key="churned"]')!;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.click();
    await el.chartComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(monthColumns(el).map((s) => s.key)).to.deep.equal(['existing', 'new']);
    button.click();
    await el.chartComplete;
    expect(monthColumns(el).map((s) => s.key)).to.deep.equal(['existing', 'new', 'churned']);
    expect(svgCount(el)).to.equal(1);
  });

  it('the zoom slider narrows the visible months (an update, not a rebuild)', async () => {
    const el = await chart();
    const svg = el.shadowRoot!.querySelector('svg.month-chart');
    const start = el.shadowRoot!.querySelector<HTMLInputElement>('[part="zoom-start"]')!;
    const end = el.shadowRoot!.querySelector<HTMLInputElement>('[part="zoom-end"]')!;
    start.value = '3';
    start.dispatchEvent(new Event('input'));
    end.value = '8';
    end.dispatchEvent(new Event('input'));
    await el.chartComplete;
    for (const s of monthColumns(el)) expect(s.bars).to.have.length(6);
    const labels = monthAxis(el, 'x');
    expect(labels[0]).to.equal('Feb 2026');
    expect(labels.at(-1)).to.equal('Jul 2026');
    expect(el.shadowRoot!.querySelector('svg.month-chart'), 'the same SVG, updated').to.equal(svg);
  });

  it('draws into the box it rendered first: one box, a group from the start', async () => {
    const data = await fetchJson<MonthlyResponse>('/api/customers/monthly?from=2025-11&to=2026-10');
    // Hidden: no width yet, so the box is there and the chart not.
    const column = await fixture<HTMLDivElement>(html`<div hidden><adds-churn-chart .data=${data}></adds-churn-chart></div>`);
    const el = column.querySelector('adds-churn-chart') as AddsChurnChart;
    await until(() => el.shadowRoot!.querySelector('.chart'), 4000, 'the box');
    // The size is measured in a rendering step and applied in the task after it: wait for both.
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector('.chart')!;
    expect(!!box.querySelector('svg'), 'nothing drawn without a width').to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('role')).to.equal('group');
    column.hidden = false;
    await until(() => el.shadowRoot!.querySelector('.month-chart .columns rect'), 4000, 'chart drawn');
    expect(el.shadowRoot!.querySelector('.chart') === box, 'the same box').to.equal(true);
    expect(!!box.querySelector('svg.month-chart')).to.equal(true);
  });

  it('hover shows the month and each stack; a click selects the month', async () => {
    const data = await fetchJson<MonthlyResponse>('/api/customers/monthly?from=2025-11&to=2026-10');
    const el = await chart();
    const bar = monthColumns(el)[0].bars[4];
    const [x, y] = centre(bar);
    await hover([x, y]);
    await until(() => monthTooltip(el).includes('March 2026'), 3000, 'tooltip');
    expect(el.shadowRoot!.querySelector('.month-chart .crosshair'), 'the month is marked').to.exist;
    const m = data.months[4];
    const text = monthTooltip(el);
    expect(text).to.match(new RegExp(`New:\\s*${m.new}(?!\\d)`));
    expect(text).to.match(new RegExp(`Existing:\\s*${m.existing}(?!\\d)`));
    // churned is drawn below zero but reads as a count
    expect(text).to.match(new RegExp(`Churned:\\s*${m.churned}(?!\\d)`));
    const event = oneEvent(el, 'insights-select');
    await sendMouse({ type: 'click', position: [x, y] });
    const { detail } = await event;
    expect(detail).to.deep.equal({ dimension: 'month', key: '2026-03' });
    // leaving the chart hides the tooltip
    await sendMouse({ type: 'move', position: [0, 0] });
    await until(() => monthTooltip(el) === '', 2000, 'tooltip hidden');
  });

  it('the months are one tab stop: arrows move between them with their figures, Enter selects one', async () => {
    const data = await fetchJson<MonthlyResponse>('/api/customers/monthly?from=2025-11&to=2026-10');
    const el = await chart();
    const months = () => [...el.shadowRoot!.querySelectorAll<SVGRectElement>('[part="month"]')];
    const focused = () => el.shadowRoot!.activeElement?.getAttribute('data-month');
    expect(months()).to.have.length(12);
    expect(months().map((m) => m.getAttribute('tabindex'))).to.deep.equal([...Array(11).fill('-1'), '0']); // the latest month
    expect(el.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('role')).to.equal('group');
    const last = data.months[11];
    expect(months()[11].getAttribute('role')).to.equal('button');
    expect(months()[11].getAttribute('aria-label')).to.equal(
      `October 2026: New ${last.new}, Churned ${last.churned}, Existing ${last.existing}`,
    );
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="legend-item"]')].at(-1)!;
    button.focus();
    await sendKeys({ press: 'Tab' }); // from the legend to the chart's tab stop
    expect(focused()).to.equal('11');
    await until(() => monthTooltip(el).includes('October 2026'), 2000, "the focused month's tooltip");
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => focused() === '10' && monthTooltip(el).includes('September 2026'), 2000, 'one month back');
    expect(monthTooltip(el)).to.match(new RegExp(`New:\\s*${data.months[10].new}(?!\\d)`));
    expect(
      months()
        .map((m) => m.getAttribute('tabindex'))
        .indexOf('0'),
    ).to.equal(10);
    await sendKeys({ press: 'Home' });
    await until(() => focused() === '0' && monthTooltip(el).includes('November 2025'), 2000, 'the first month');
    await sendKeys({ press: 'ArrowLeft' }); // wraps to the latest
    await until(() => focused() === '11', 2000, 'wrapped to the last month');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => focused() === '0', 2000, 'wrapped to the first month');
    const event = oneEvent(el, 'insights-select');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ dimension: 'month', key: '2025-11' });
    const space = oneEvent(el, 'insights-select');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: ' ' });
    expect((await space).detail).to.deep.equal({ dimension: 'month', key: '2026-10' });
    // leaving the months hides the tooltip
    button.focus();
    await until(() => monthTooltip(el) === '', 2000, 'tooltip hidden on blur');
  });

  it("names each month's button in the locale in force (Dutch words and numbers, French colon)", async () => {
    const data = await fetchJson<MonthlyResponse>('/api/customers/monthly?from=2025-11&to=2026-10');
    const first = data.months[0];
    const name = (el: Element) => el.shadowRoot!.querySelector('[part="month"][data-month="0"]')?.getAttribute('aria-label');
    const nl = await chart(html`<adds-churn-chart endpoint="/api" from="2025-11" to="2026-10" locale="nl"></adds-churn-chart>`);
    const number = (n: number, locale: string) => new Intl.NumberFormat(locale).format(n);
    const dutch = `november 2025: Nieuw ${number(first.new, 'nl')}, Verloren ${number(first.churned, 'nl')}, Bestaand ${number(first.existing, 'nl')}`;
    await until(() => name(nl) === dutch, 4000, `the Dutch name (${name(nl)})`);
    const group = () => nl.shadowRoot!.querySelector('svg.month-chart')!.getAttribute('aria-label');
    await until(() => group() === 'Maanden', 4000, `the Dutch group name (${group()})`);
    const fr = await chart(html`<adds-churn-chart endpoint="/api" from="2025-11" to="2026-10" locale="fr"></adds-churn-chart>`);
    await until(() => name(fr)?.startsWith('novembre 2025\u00a0: Nouveaux '), 4000, `the French name (${name(fr)})`);
  });

  it('a click on a zoomed chart selects the month under the pointer', async () => {
    const el = await chart();
    const start = el.shadowRoot!.querySelector<HTMLInputElement>('[part="zoom-start"]')!;
    start.value = '6';
    start.dispatchEvent(new Event('input'));
    await el.chartComplete;
    const event = oneEvent(el, 'insights-select');
    await sendMouse({ type: 'click', position: centre(monthColumns(el)[0].bars[0]) });
    expect((await event).detail).to.deep.equal({ dimension: 'month', key: '2026-05' });
  });

  it('survives a move, and disconnect/reconnect cycles draw one chart without a refetch', async () => {
    const el = await chart();
    resetRequests();
    const parent = el.parentElement!;
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el); // a move: disconnect + connect in one task
    await el.chartComplete;
    expect(svgCount(el)).to.equal(1);
    for (let i = 0; i < 3; i++) {
      el.remove();
      await new Promise((r) => setTimeout(r));
      parent.append(el);
      await el.chartComplete;
      expect(svgCount(el)).to.equal(1);
      expect(monthColumns(el)[0].bars).to.have.length(12);
    }
    expect(requestCount('/customers/monthly'), 'no refetch on reconnect').to.equal(0);
    other.remove();
  });

  it('shows the empty state, and an error with Retry', async () => {
    const empty = await fixture<AddsChurnChart>(html`<adds-churn-chart endpoint="/empty-api"></adds-churn-chart>`);
    await until(() => shadowText(empty).includes('No customers in this range.'), 5000, 'empty');
    const bad = await fixture<AddsChurnChart>(html`<adds-churn-chart endpoint="/fixtures/not-json"></adds-churn-chart>`);
    await until(() => bad.shadowRoot!.querySelector('[part="retry"]'), 5000, 'error');
    expect(shadowText(bad)).to.contain("Couldn't load the data.");
    expect(svgCount(bad)).to.equal(0);
  });

  it('formats months and numbers in the locale', async () => {
    const el = await chart(html`<adds-churn-chart endpoint="/api" from="2025-11" to="2026-10" locale="nl"></adds-churn-chart>`);
    expect(monthAxis(el, 'x')[0]).to.equal('nov 2025');
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
