/**
 * The monthly charts with `compare`: the comparison's marks (hollow columns beside the current
 * ones, a dotted line) against the reference endpoint's own answer for the comparison range, both
 * modes, with filters; the tooltip's and the month buttons' words; a comparison range partly
 * before the data; the legend's toggle; "Show as table" and toCSV(); nothing without `compare`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/active-vs-total/define.js';
import '../../src/elements/adds-churn-chart/define.js';
import '../../src/elements/distribution-trend/define.js';
import '../../src/elements/filter-context/define.js';
import type { ActiveVsTotal } from '../../src/elements/active-vs-total/active-vs-total.js';
import type { AddsChurnChart } from '../../src/elements/adds-churn-chart/adds-churn-chart.js';
import type { DistributionTrend } from '../../src/elements/distribution-trend/distribution-trend.js';
import type { MonthlyResponse, TrendResponse } from '../../src/data/contract.js';
import { fetchJson, requestCount, resetRequests, until } from '../support/helpers.js';
import { box, centre, emulateMedia, hover, monthTooltip } from './chart-helpers.js';

type Chart = ActiveVsTotal | AddsChurnChart | DistributionTrend;
const root = (el: Element) => el.shadowRoot!;
const signed = (ratio: number, locale = 'en') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(ratio);
const n = (v: number, locale = 'en') => new Intl.NumberFormat(locale).format(v);
/** "previous: 97, +12.4 %", as the chart says it. */
const previousWords = (now: number, before: number) =>
  before === 0 ? `previous: ${n(before)}` : `previous: ${n(before)}, ${signed((now - before) / before)}`;

/** The current and the comparison columns of one series, by month. */
function columns(el: Element, key: string): { current: SVGRectElement[]; previous: Map<number, SVGRectElement> } {
  const g = [...root(el).querySelectorAll<SVGGElement>('.month-chart .columns')].find((c) => c.dataset.key === key)!;
  return {
    current: [...g.querySelectorAll<SVGRectElement>('rect:not(.previous)')],
    previous: new Map([...g.querySelectorAll<SVGRectElement>('rect.previous')].map((r) => [Number(r.dataset.month), r])),
  };
}

/** Drawn, with the comparison's marks (or its note) in place. */
async function drawn<T extends Chart>(el: T, marks = true): Promise<T> {
  await until(() => root(el).querySelector('.month-chart .series'), 8000, 'chart drawn');
  if (marks) await until(() => root(el).querySelector('.month-chart .previous'), 8000, 'comparison drawn');
  await el.chartComplete;
  return el;
}

/** A hollow column's height in px, back from its 0.75 px inset (drawn inside its box, for the stroke). */
const height = (rect: SVGRectElement) => box(rect).height + 1.5;

describe('monthly charts with compare', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  beforeEach(() => resetRequests());
  afterEach(() => resetMouse());

  for (const [mode, from, to, legend] of [
    ['previous-period', '2025-01', '2025-11', 'Previous 11 months'],
    ['previous-year', '2024-12', '2025-10', 'A year earlier'],
  ] as const) {
    it(`active-vs-total, ${mode}, filtered: the hollow columns and the dotted line are the endpoint's comparison figures`, async () => {
      const filter = 'segment=Education';
      const current = await fetchJson<MonthlyResponse>(`/api/customers/monthly?from=2025-12&to=2026-10&${filter}`);
      const previous = await fetchJson<MonthlyResponse>(`/api/customers/monthly?from=${from}&to=${to}&${filter}`);
      const ctx = await fixture(
        html`<filter-context endpoint="/api" loading="eager" from="2025-12" to="2026-10" segment="Education" compare=${mode}
          ><active-vs-total></active-vs-total
        ></filter-context>`,
      );
      const el = await drawn(ctx.querySelector<ActiveVsTotal>('active-vs-total')!);
      const { current: bars, previous: hollow } = columns(el, 'active');
      expect(bars).to.have.length(11);
      expect(hollow.size).to.equal(11);
      const scale = box(bars.at(-1)!).height / current.months.at(-1)!.active;
      previous.months.forEach((m, i) => {
        expect(height(hollow.get(i)!), `${m.month}`).to.be.closeTo(m.active * scale, 1);
        // Beside the current column, on its left, in the same month.
        expect(box(hollow.get(i)!).x).to.be.below(box(bars[i]!).x);
      });
      // The total's comparison: a dotted line with a hollow marker per month, on the same scale.
      const markers = [...root(el).querySelectorAll<SVGCircleElement>('.month-chart .line circle.previous')];
      expect(markers).to.have.length(11);
      const zero = box(bars[0]!).y + box(bars[0]!).height;
      previous.months.forEach((m, i) =>
        expect(zero - Number(markers[i]!.getAttribute('cy')), m.month).to.be.closeTo(m.customers * scale, 1),
      );
      expect(root(el).querySelector('.month-chart .line path.previous')!.getAttribute('d')).to.match(/^M/);
      // The comparison range is all in the data: no note.
      expect(root(el).querySelector('[part="comparison-note"]')).to.equal(null);
      // The legend's entry names the comparison.
      const entry = [...root(el).querySelectorAll('[part="legend-item"]')].at(-1)!;
      expect(entry.textContent!.trim()).to.equal(legend);
      // The tooltip and the month's name: both figures and the change.
      const i = 4;
      await hover(centre(bars[i]!));
      await until(() => monthTooltip(el).includes('April 2026'), 3000, 'tooltip');
      const now = current.months[i]!;
      const then = previous.months[i]!;
      expect(monthTooltip(el)).to.contain(`Active customers: ${n(now.active)} (${previousWords(now.active, then.active)})`);
      expect(monthTooltip(el)).to.contain(`Total customers: ${n(now.customers)} (${previousWords(now.customers, then.customers)})`);
      const name = root(el).querySelector(`[part="month"][data-month="${i}"]`)!.getAttribute('aria-label');
      expect(name).to.equal(
        `April 2026: Active customers ${n(now.active)} (${previousWords(now.active, then.active)}), Total customers ${n(now.customers)} (${previousWords(now.customers, then.customers)})`,
      );
    });
  }

  it('adds-churn-chart, previous-year, filtered: each stack’s comparison, churned below zero; the keyboard names both figures', async () => {
    const filter = 'market=US';
    const current = await fetchJson<MonthlyResponse>(`/api/customers/monthly?from=2025-11&to=2026-10&${filter}`);
    const previous = await fetchJson<MonthlyResponse>(`/api/customers/monthly?from=2024-11&to=2025-10&${filter}`);
    const ctx = await fixture(
      html`<filter-context endpoint="/api" loading="eager" from="2025-11" to="2026-10" market="US"
        ><adds-churn-chart compare="previous-year"></adds-churn-chart
      ></filter-context>`,
    );
    const el = await drawn(ctx.querySelector<AddsChurnChart>('adds-churn-chart')!);
    const added = columns(el, 'new');
    const churned = columns(el, 'churned');
    // Nov 2024 is the data's first month: its adds are not known (no month before), so no mark there.
    expect(added.previous.has(0)).to.equal(false);
    expect(churned.previous.has(0)).to.equal(false);
    expect(added.previous.size).to.equal(11);
    expect(root(el).querySelector('[part="comparison-note"]')!.textContent!.trim()).to.equal(
      'no data for the same months a year earlier before Nov 2024',
    );
    const last = current.months.length - 1;
    const scale = box(added.current[last]!).height / current.months[last]!.new;
    const zero = box(added.current[last]!).y + box(added.current[last]!).height;
    for (let i = 1; i < 12; i++) {
      const m = previous.months[i]!;
      expect(height(added.previous.get(i)!), `new ${m.month}`).to.be.closeTo(m.new * scale, 1);
      if (m.churned > 0) {
        expect(height(churned.previous.get(i)!), `churned ${m.month}`).to.be.closeTo(m.churned * scale, 1);
        expect(box(churned.previous.get(i)!).y, `churned ${m.month} hangs from zero`).to.be.closeTo(zero, 1);
      }
    }
    // Existing customers (a dashed line on its own axis): the comparison's dotted line, 11 markers.
    expect(root(el).querySelectorAll('.month-chart .line circle.previous')).to.have.length(11);
    // By keyboard: from the legend's last entry (the comparison's) to the chart's tab stop, then ← ← to August 2026.
    [...root(el).querySelectorAll<HTMLButtonElement>('[part="legend-item"]')].at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => root(el).activeElement?.getAttribute('data-month') === '9', 3000, 'August focused');
    await until(() => monthTooltip(el).includes('August 2026'), 3000, 'tooltip follows');
    const now = current.months[9]!;
    const then = previous.months[9]!;
    const name = root(el).activeElement!.getAttribute('aria-label')!;
    expect(name).to.contain(`August 2026: New ${n(now.new)} (${previousWords(now.new, then.new)})`);
    expect(name).to.contain(`Churned ${n(now.churned)} (${previousWords(now.churned, then.churned)})`);
    expect(monthTooltip(el)).to.contain(`New: ${n(now.new)} (${previousWords(now.new, then.new)})`);
    // The first month: the comparison has no data, and says so rather than 0.
    const first = root(el).querySelector('[part="month"][data-month="0"]')!.getAttribute('aria-label')!;
    expect(first).to.contain(`New ${n(current.months[0]!.new)} (previous: no data)`);
  });

  it('distribution-trend, previous-period: each member’s hollow stack and “Other” are the comparison range’s customers', async () => {
    const current = await fetchJson<TrendResponse>('/api/customers/trend?by=segment&from=2026-03&to=2026-10');
    const previous = await fetchJson<TrendResponse>('/api/customers/trend?by=segment&from=2025-07&to=2026-02');
    const el = await drawn(
      await fixture<DistributionTrend>(
        html`<distribution-trend
          endpoint="/api"
          dimension="segment"
          top="3"
          from="2026-03"
          to="2026-10"
          compare="previous-period"
        ></distribution-trend>`,
      ),
    );
    const keys = [...root(el).querySelectorAll<SVGGElement>('.month-chart .columns')].map((g) => g.dataset.key!);
    const drawnMembers = keys.filter((k) => current.series.some((s) => s.key === k));
    expect(drawnMembers).to.have.length(3);
    const first = columns(el, drawnMembers[0]!);
    const scale = box(first.current.at(-1)!).height / current.series.find((s) => s.key === drawnMembers[0])!.values.at(-1)!;
    for (const key of keys) {
      const values = drawnMembers.includes(key)
        ? previous.series.find((s) => s.key === key)!.values
        : previous.months.map((_, i) =>
            previous.series.filter((s) => !drawnMembers.includes(s.key)).reduce((sum, s) => sum + s.values[i]!, 0),
          );
      const hollow = columns(el, key).previous;
      values.forEach((v, i) => expect(height(hollow.get(i)!), `${key} ${previous.months[i]}`).to.be.closeTo(v * scale, 1));
    }
  });

  it('a comparison range partly before the data: marks only where the data is, the tooltip and a note say so', async () => {
    // 2025-03..2026-02 against 2024-03..2025-02: the data starts in Nov 2024.
    const previous = await fetchJson<MonthlyResponse>('/api/customers/monthly?from=2024-03&to=2025-02');
    const el = await drawn(
      await fixture<ActiveVsTotal>(
        html`<active-vs-total endpoint="/api" from="2025-03" to="2026-02" compare="previous-period"></active-vs-total>`,
      ),
    );
    const { current: bars, previous: hollow } = columns(el, 'active');
    expect([...hollow.keys()]).to.deep.equal([8, 9, 10, 11]);
    const scale =
      box(bars.at(-1)!).height / (await fetchJson<MonthlyResponse>('/api/customers/monthly?from=2025-03&to=2026-02')).months.at(-1)!.active;
    expect(height(hollow.get(8)!)).to.be.closeTo(previous.months[8]!.active * scale, 1);
    expect(root(el).querySelectorAll('.month-chart .line circle.previous')).to.have.length(4);
    expect(root(el).querySelector('[part="comparison-note"]')!.textContent!.trim()).to.equal(
      'no data for the previous period before Nov 2024',
    );
    await hover(centre(bars[2]!));
    await until(() => monthTooltip(el).includes('May 2025'), 3000, 'tooltip');
    expect(monthTooltip(el)).to.match(/Active customers: [\d,]+ \(previous: no data\)/);
    expect(monthTooltip(el)).to.not.match(/previous: 0\b/);
    // The export: empty cells where the comparison is not known, the range in the comments.
    const csv = el.toCSV();
    expect(csv).to.contain('# Compared with: 2024-03 – 2025-02 (vs previous 12 months – no data for the previous period before Nov 2024)');
    const lines = csv.split('\r\n').filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).to.equal(
      'Month,Active customers,Total customers,Compared month,"Active customers, previous period",Change (Active customers),"Total customers, previous period",Change (Total customers)',
    );
    expect(lines[1]).to.match(/^2025-03,\d+,\d+,2024-03,,,,$/);
    const nov = previous.months[8]!;
    expect(lines[9]).to.match(new RegExp(`^2025-11,\\d+,\\d+,2024-11,${nov.active},-?[\\d.]+,${nov.customers},-?[\\d.]+$`));
  });

  it('the legend’s entry switches the comparison’s marks off and on; “Show as table” keeps its columns', async () => {
    const el = await drawn(
      await fixture<AddsChurnChart>(
        html`<adds-churn-chart endpoint="/api" from="2025-11" to="2026-10" compare="previous-period"></adds-churn-chart>`,
      ),
    );
    const entry = [...root(el).querySelectorAll<HTMLButtonElement>('[part="legend-item"]')].at(-1)!;
    expect(entry.textContent!.trim()).to.equal('Previous 12 months');
    expect(entry.getAttribute('aria-pressed')).to.equal('true');
    entry.click();
    await el.chartComplete;
    expect(root(el).querySelector('.month-chart .previous')).to.equal(null);
    expect(entry.getAttribute('aria-pressed')).to.equal('false');
    // The table: the figures, the compared month, each stack's comparison and change.
    root(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    const headers = [...root(el).querySelectorAll('[part="data-table"] thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal([
      'Month',
      'New',
      'Existing',
      'Churned',
      'Compared month',
      'New, previous period',
      'Change (New)',
      'Existing, previous period',
      'Change (Existing)',
      'Churned, previous period',
      'Change (Churned)',
    ]);
    root(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    [...root(el).querySelectorAll<HTMLButtonElement>('[part="legend-item"]')].at(-1)!.click();
    await until(() => root(el).querySelector('.month-chart .previous'), 3000, 'comparison back');
  });

  it('words and numbers in the page’s language (nl)', async () => {
    const current = await fetchJson<MonthlyResponse>('/api/customers/monthly?from=2025-11&to=2026-10');
    const previous = await fetchJson<MonthlyResponse>('/api/customers/monthly?from=2024-11&to=2025-10');
    const el = await drawn(
      await fixture<ActiveVsTotal>(
        html`<active-vs-total endpoint="/api" from="2025-11" to="2026-10" compare="previous-year" locale="nl"></active-vs-total>`,
      ),
    );
    await until(
      () => [...root(el).querySelectorAll('[part="legend-item"]')].at(-1)?.textContent?.trim() === 'Een jaar eerder',
      5000,
      'Dutch legend',
    );
    const now = current.months[5]!.active;
    const then = previous.months[5]!.active;
    const name = root(el).querySelector('[part="month"][data-month="5"]')!.getAttribute('aria-label')!;
    expect(name).to.contain(`april 2026`);
    expect(name).to.contain(`${n(now, 'nl')} (vorige: ${n(then, 'nl')}, ${signed((now - then) / then, 'nl')})`);
  });

  it('nothing changes without compare: no comparison marks, legend entry or extra request', async () => {
    const el = await drawn(
      await fixture<ActiveVsTotal>(html`<active-vs-total endpoint="/api" from="2025-11" to="2026-10"></active-vs-total>`),
      false,
    );
    expect(root(el).querySelector('.month-chart .previous')).to.equal(null);
    expect([...root(el).querySelectorAll('[part="legend-item"]')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Active customers',
      'Total customers',
    ]);
    expect(requestCount('/dimensions')).to.equal(0);
    expect(el.toCSV()).to.not.contain('Compared');
    // Bars keep their whole slot: centred on the month.
    const { current: bars } = columns(el, 'active');
    const b = box(bars[0]!);
    const month = box(root(el).querySelector<SVGRectElement>('[part="month"][data-month="0"]')!);
    expect(b.x + b.width / 2).to.be.closeTo(month.x + month.width / 2, 0.5);
  });
});
