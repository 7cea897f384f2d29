import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import '../../src/elements/active-vs-total/define.js';
import '../../src/elements/adds-churn-chart/define.js';
import '../../src/elements/kpi-card/define.js';
import '../../src/elements/filter-context/define.js';
import type { ActiveVsTotal } from '../../src/elements/active-vs-total/active-vs-total.js';
import type { AddsChurnChart } from '../../src/elements/adds-churn-chart/adds-churn-chart.js';
import type { MonthlyResponse } from '../../src/data/contract.js';
import { fetchJson, resetRequests, settledRequestCount, until } from '../support/helpers.js';
import { box, centre, emulateMedia, hover, monthAxis, monthColumns, monthLine, monthTooltip } from './chart-helpers.js';

async function drawn<T extends ActiveVsTotal | AddsChurnChart>(el: T): Promise<T> {
  await until(() => el.shadowRoot!.querySelector('.month-chart .series'), 8000, 'chart drawn');
  await el.chartComplete;
  return el;
}

describe('active-vs-total', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  beforeEach(() => resetRequests());
  afterEach(() => resetMouse());

  it('draws a column of active customers per month and a line of all customers', async () => {
    const data = await fetchJson<MonthlyResponse>('/api/customers/monthly?from=2025-05&to=2026-10');
    const el = await drawn(
      await fixture<ActiveVsTotal>(html`<active-vs-total endpoint="/api" from="2025-05" to="2026-10"></active-vs-total>`),
    );
    const [active] = monthColumns(el);
    expect(active.key).to.equal('active');
    expect(active.bars).to.have.length(18);
    const heights = active.bars.map((b) => box(b).height);
    const scale = heights[0] / data.months[0].active;
    data.months.forEach((m, i) => expect(heights[i]).to.be.closeTo(m.active * scale, 1));
    const line = monthLine(el, 'customers')!;
    expect(line).to.not.equal(null);
    // the line sits above the columns: total ≥ active in every month, on the one axis
    const lineTop = box(line).y;
    expect(lineTop).to.be.below(Math.min(...active.bars.map((b) => box(b).y)) + 0.5);
    expect(monthAxis(el, 'secondary')).to.deep.equal([]);
    const ticks = monthAxis(el, 'y').map((t) => Number(t.replace(/\D/g, '')));
    expect(Math.max(...ticks)).to.be.at.least(Math.max(...data.months.map((m) => m.customers)));
    expect(Math.min(...ticks)).to.equal(0);
    // 18 months: the labels are slanted, each month named
    expect(monthAxis(el, 'x')).to.have.length(18);
    expect(el.shadowRoot!.querySelector('.month-chart .axis.x text')!.getAttribute('transform')).to.match(/^rotate\(-45/);
  });

  it('one shared tooltip shows both figures of the month', async () => {
    const data = await fetchJson<MonthlyResponse>('/api/customers/monthly?from=2025-11&to=2026-10');
    const el = await drawn(
      await fixture<ActiveVsTotal>(html`<active-vs-total endpoint="/api" from="2025-11" to="2026-10"></active-vs-total>`),
    );
    const [x, y] = centre(monthColumns(el)[0].bars[2]);
    await hover([x, y]);
    await until(() => monthTooltip(el).includes('January 2026'), 3000, 'tooltip');
    const m = data.months[2];
    expect(monthTooltip(el)).to.match(new RegExp(`Active customers:\\s*${m.active}(?!\\d)`));
    expect(monthTooltip(el)).to.match(new RegExp(`Total customers:\\s*${m.customers}(?!\\d)`));
    expect(el.shadowRoot!.querySelectorAll('[part="tooltip"]')).to.have.length(1);
    // the month's marker grows
    const markers = [...el.shadowRoot!.querySelectorAll('.month-chart .line circle')].map((c) => c.getAttribute('r'));
    expect(markers[2]).to.equal('5');
    expect(markers[3]).to.equal('3');
    // a screen reader reads the same figures from the month's button
    const month = el.shadowRoot!.querySelector('[part="month"][data-month="2"]')!;
    expect(month.getAttribute('aria-label')).to.equal(`January 2026: Active customers ${m.active}, Total customers ${m.customers}`);
  });

  it('the tooltip stays inside a narrow chart, beside the month when there is room', async () => {
    const box = (el: Element) => el.shadowRoot!.querySelector('.month-chart-box')!.getBoundingClientRect();
    const tip = (el: Element) => el.shadowRoot!.querySelector('[part="tooltip"]')!.getBoundingClientRect();
    const narrow = await drawn(
      await fixture<ActiveVsTotal>(html`<active-vs-total endpoint="/api" style="width: 320px"></active-vs-total>`),
    );
    narrow.scrollIntoView({ block: 'center' });
    await hover(centre(monthColumns(narrow)[0].bars[5]));
    await until(() => monthTooltip(narrow) !== '', 3000, 'tooltip');
    expect(tip(narrow).left).to.be.at.least(box(narrow).left - 0.5);
    expect(tip(narrow).right).to.be.at.most(box(narrow).right + 0.5);
    expect(monthTooltip(narrow)).to.match(/Total customers:\s*[\d,]+/);
    const wide = await drawn(await fixture<ActiveVsTotal>(html`<active-vs-total endpoint="/api" style="width: 900px"></active-vs-total>`));
    wide.scrollIntoView({ block: 'center' });
    const bar = monthColumns(wide)[0].bars[9].getBoundingClientRect();
    await hover(centre(monthColumns(wide)[0].bars[9]));
    await until(() => monthTooltip(wide) !== '', 3000, 'tooltip');
    expect(tip(wide).right, 'left of a month in the right half').to.be.at.most(bar.left);
    expect(tip(wide).left).to.be.at.least(box(wide).left - 0.5);
  });

  it('legend toggles the line', async () => {
    const el = await drawn(await fixture<ActiveVsTotal>(html`<active-vs-total endpoint="/api"></active-vs-total>`));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-key="customers"]')!.click();
    await el.chartComplete;
    expect(monthLine(el, 'customers')).to.equal(null);
    expect(monthColumns(el)[0].bars.length).to.be.above(0);
  });

  it('a page with 5 kpi-cards, adds-churn-chart and active-vs-total makes ONE /customers/monthly request', async () => {
    const ctx = await fixture(
      html`<filter-context endpoint="/api" range="7">
        <kpi-card metric="customers"></kpi-card><kpi-card metric="active"></kpi-card><kpi-card metric="added"></kpi-card>
        <kpi-card metric="churned"></kpi-card><kpi-card metric="products"></kpi-card> <adds-churn-chart></adds-churn-chart
        ><active-vs-total></active-vs-total>
      </filter-context>`,
    );
    await drawn(ctx.querySelector('adds-churn-chart')!);
    await drawn(ctx.querySelector('active-vs-total')!);
    expect(await settledRequestCount('/customers/monthly')).to.equal(1);
    expect(await settledRequestCount('/api/')).to.equal(1);
  });
});
