/**
 * kpi-card with `compare`: every comparison figure of every tile against figures computed from
 * the reference endpoint's own answers for the current and the comparison range, both modes,
 * with filters, and at the edge of the data (the comparison range partly or wholly before it).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/filter-context/define.js';
import '../../src/elements/kpi-card/define.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import type { DimensionsResponse, MonthlyResponse } from '../../src/data/contract.js';
import { fetchJson, requestCount, resetRequests, settledRequestCount, until } from '../support/helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const signed = (ratio: number, locale = 'en') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(ratio);
const METRICS = ['customers', 'active', 'added', 'churned', 'subscriptions'] as const;
const COLUMN = { customers: 'customers', active: 'active', added: 'new', churned: 'churned', subscriptions: 'subscriptions' } as const;
const FLOWS = new Set(['added', 'churned']);

/** The tile's figure by the domain's rules: a stock's last month, a flow's sum. */
function figure(data: MonthlyResponse, metric: (typeof METRICS)[number]): number {
  const values = data.months.map((m) => m[COLUMN[metric]]!);
  return FLOWS.has(metric) ? values.reduce((a, b) => a + b, 0) : values.at(-1)!;
}

const settled = (el: KpiCard) =>
  until(
    () =>
      (part(el, 'value') || part(el, 'bars')) &&
      part(el, 'base')!.getAttribute('aria-busy') !== 'true' &&
      !text(part(el, 'comparison')).endsWith('…'),
    8000,
    'tile and its comparison',
  );

async function dashboard(attrs: string): Promise<{ ctx: FilterContext; tiles: KpiCard[] }> {
  const ctx = await fixture<FilterContext>(html`<filter-context endpoint="/api" loading="eager"></filter-context>`);
  for (const [name, value] of attrs
    .split(' ')
    .filter(Boolean)
    .map((a) => a.split('=')))
    ctx.setAttribute(name!, value!);
  for (const metric of [...METRICS, 'products']) ctx.append(Object.assign(document.createElement('kpi-card'), { metric }));
  const tiles = [...ctx.querySelectorAll<KpiCard>('kpi-card')];
  await Promise.all(tiles.map(settled));
  return { ctx, tiles };
}

describe('kpi-card compare', () => {
  beforeEach(() => resetRequests());

  // An 11-month range, 2025-12..2026-10: the previous period is 2025-01..2025-11, the year before
  // 2024-12..2025-10 (the data starts in 2024-11: the month before each is known, so flows count).
  for (const [mode, from, to, versus] of [
    ['previous-period', '2025-01', '2025-11', 'vs previous 11 months'],
    ['previous-year', '2024-12', '2025-10', 'vs a year earlier'],
  ] as const) {
    it(`${mode}: every tile's change against the reference figures, with filters`, async () => {
      const filter = 'segment=Education';
      const current = await fetchJson(`/api/customers/monthly?from=2025-12&to=2026-10&${filter}`);
      const previous = await fetchJson(`/api/customers/monthly?from=${from}&to=${to}&${filter}`);
      expect(previous.months.length).to.equal(11);
      const { tiles } = await dashboard(`compare=${mode} from=2025-12 to=2026-10 ${filter}`);
      for (const el of tiles.slice(0, METRICS.length)) {
        const metric = el.metric as (typeof METRICS)[number];
        const now = figure(current, metric);
        const before = figure(previous, metric);
        expect(text(part(el, 'value')), metric).to.equal(now.toLocaleString('en'));
        const line = text(part(el, 'comparison'));
        const change = (now - before) / before;
        if (before === 0) expect(line, metric).to.equal(`${versus}: —`);
        else expect(line, metric).to.equal(`${versus}: ${change > 0 ? '▲' : change < 0 ? '▼' : '▶'} ${signed(change)}`);
        const name = part(el, 'base')!.getAttribute('aria-label')!;
        if (before !== 0 && now !== before) {
          const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(Math.abs(change));
          expect(name, metric).to.contain(`${now > before ? 'up' : 'down'} ${pct} ${versus}`);
        }
        // The faint line: one point per month of the comparison range, on the figure's scale.
        expect(part(el, 'sparkline-previous')!.getAttribute('points')!.split(' '), metric).to.have.length(11);
      }
      // Products: each product's change against the comparison range's last month.
      const products = tiles.at(-1)!;
      const before = new Map(previous.products!.map((p) => [p.key, p.customers]));
      const changes = [...products.shadowRoot!.querySelectorAll('[part~="change"]')].map(text);
      expect(text(part(products, 'comparison'))).to.equal(versus);
      expect(part(products, 'base')!.getAttribute('aria-label')).to.contain(`, ${versus}`);
      expect(changes).to.deep.equal(
        current.products!.map((p) => {
          const b = before.get(p.key) ?? 0;
          if (b === 0) return '—';
          const c = (p.customers - b) / b;
          return `${c > 0 ? '▲' : c < 0 ? '▼' : '▶'} ${signed(c)}`;
        }),
      );
    });
  }

  it('flows whose comparison starts with the data’s first month say so (its adds are not known): 12 months from Nov 2025', async () => {
    const { tiles } = await dashboard('compare=previous-period from=2025-11 to=2026-10');
    expect(text(part(tiles[2]!, 'comparison'))).to.equal('no data for the previous period before Nov 2024');
    expect(text(part(tiles[3]!, 'comparison'))).to.equal('no data for the previous period before Nov 2024');
    expect(text(part(tiles[0]!, 'comparison'))).to.match(/^vs previous 12 months: [▲▼▶] /);
  });

  it('previous-period of a 3-month preset: the 3 months before, one request shared by the tiles', async () => {
    const dims = await fetchJson<DimensionsResponse>('/api/dimensions');
    const current = await fetchJson('/api/customers/monthly?last=3');
    expect(current.query.to).to.equal(dims.range!.max);
    const shift = (month: string, n: number) => {
      const [y, m] = month.split('-').map(Number);
      const i = y! * 12 + m! - 1 + n;
      return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    };
    const range = `from=${shift(current.query.from, -3)}&to=${shift(current.query.from, -1)}`;
    const previous = await fetchJson(`/api/customers/monthly?${range}`);
    expect(previous.months).to.have.length(3);
    resetRequests();
    const { tiles } = await dashboard('compare=previous-period range=3');
    const now = current.months.at(-1)!.customers;
    const before = previous.months.at(-1)!.customers;
    expect(text(part(tiles[0]!, 'comparison'))).to.equal(
      `vs previous 3 months: ${now > before ? '▲' : '▼'} ${signed((now - before) / before)}`,
    );
    // One request per distinct URL: the six tiles share the comparison's, and /dimensions once.
    expect(await settledRequestCount(range)).to.equal(1);
    expect(await settledRequestCount('/dimensions')).to.equal(1);
  });

  it('at the edge of the data: stocks compare their last month, flows say which months are missing, never 0', async () => {
    const dims = await fetchJson<DimensionsResponse>('/api/dimensions');
    expect(dims.range!.min).to.equal('2024-11');
    // 2025-03..2026-02 against 2024-03..2025-02: the data starts in Nov 2024.
    const previous = await fetchJson('/api/customers/monthly?from=2024-03&to=2025-02');
    const current = await fetchJson('/api/customers/monthly?from=2025-03&to=2026-02');
    const { tiles } = await dashboard('compare=previous-period from=2025-03 to=2026-02');
    for (const el of tiles.slice(0, METRICS.length)) {
      const metric = el.metric as (typeof METRICS)[number];
      const line = text(part(el, 'comparison'));
      if (FLOWS.has(metric)) {
        expect(line, metric).to.equal('no data for the previous period before Nov 2024');
        expect(part(el, 'base')!.getAttribute('aria-label'), metric).to.contain('no data for the previous period before Nov 2024');
        expect(part(el, 'sparkline-previous'), metric).to.equal(null);
      } else {
        const now = figure(current, metric);
        const before = figure(previous, metric);
        expect(line, metric).to.contain(signed((now - before) / before));
        // Only the months with data are drawn: Nov 2024 – Feb 2025.
        expect(part(el, 'sparkline-previous')!.getAttribute('points')!.split(' '), metric).to.have.length(4);
      }
    }
  });

  it('toCSV() carries each month’s counterpart and figure (empty before the data), the comments the comparison range', async () => {
    const previous = await fetchJson('/api/customers/monthly?from=2024-03&to=2025-02');
    const { tiles } = await dashboard('compare=previous-period from=2025-03 to=2026-02');
    const csv = tiles[0]!.toCSV();
    expect(csv).to.contain('# Compared with: 2024-03 – 2025-02 (vs previous 12 months)');
    const lines = csv.split('\r\n').filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).to.equal('Month,Customers,Compared month,"Customers, previous period"');
    expect(lines[1]).to.match(/^2025-03,\d+,2024-03,$/);
    expect(lines[9]).to.equal(`2025-11,${lines[9]!.split(',')[1]},2024-11,${previous.months[8]!.customers}`);
    const added = tiles[2]!.toCSV();
    expect(added).to.contain(
      '# Compared with: 2024-03 – 2025-02 (vs previous 12 months — no data for the previous period before Nov 2024)',
    );
  });

  it('says so when the comparison range lies wholly before the data, without asking for it', async () => {
    const { tiles } = await dashboard('compare=previous-year from=2024-11 to=2025-04');
    for (const el of tiles.slice(0, METRICS.length)) {
      expect(text(part(el, 'comparison'))).to.equal('no data for the same months a year earlier before Nov 2024');
    }
    expect(text(part(tiles.at(-1)!, 'comparison'))).to.equal('no data for the same months a year earlier before Nov 2024');
    expect(tiles.at(-1)!.shadowRoot!.querySelector('[part~="change"]')).to.equal(null);
    expect(requestCount('from=2023-11')).to.equal(0);
  });

  it('nothing changes without compare: no comparison line, no extra request; a widget’s own compare wins, `none` switches it off', async () => {
    const { ctx, tiles } = await dashboard('');
    for (const el of tiles) expect(part(el, 'comparison')).to.equal(null);
    expect(requestCount('/dimensions')).to.equal(0);
    expect(await settledRequestCount('/customers/monthly')).to.equal(1);
    tiles[0]!.compare = 'previous-year';
    await settled(tiles[0]!);
    await until(() => text(part(tiles[0]!, 'comparison')).includes('%'), 5000, 'own comparison');
    expect(text(part(tiles[0]!, 'comparison'))).to.match(/^vs a year earlier: /);
    expect(part(tiles[1]!, 'comparison')).to.equal(null);
    ctx.compare = 'previous-period';
    tiles[1]!.compare = 'none';
    await until(() => text(part(tiles[4]!, 'comparison')).includes('%'), 5000, 'context comparison');
    expect(text(part(tiles[0]!, 'comparison'))).to.match(/^vs a year earlier: /);
    expect(text(part(tiles[4]!, 'comparison'))).to.match(/^vs previous 12 months: /);
    expect(part(tiles[1]!, 'comparison')).to.equal(null);
  });

  it('an invalid compare falls back (to none) with one warning naming the allowed values', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<KpiCard>(html`<kpi-card endpoint="/api" compare="last-year"></kpi-card>`);
      await settled(el);
      expect(part(el, 'comparison')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('compare="last-year"'))).to.have.length(1);
    expect(warnings[0]).to.contain('previous-period, previous-year, none');
  });

  it('words and numbers in the page’s language (nl)', async () => {
    const current = await fetchJson('/api/customers/monthly?from=2025-11&to=2026-10');
    const previous = await fetchJson('/api/customers/monthly?from=2024-11&to=2025-10');
    const { tiles } = await dashboard('compare=previous-period from=2025-11 to=2026-10 locale=nl');
    await until(() => text(part(tiles[0]!, 'comparison')).startsWith('t.o.v.'), 5000, 'Dutch words');
    const now = current.months.at(-1)!.customers;
    const before = previous.months.at(-1)!.customers;
    expect(text(part(tiles[0]!, 'comparison'))).to.contain(`t.o.v. vorige 12 maanden: `);
    expect(text(part(tiles[0]!, 'comparison'))).to.contain(signed((now - before) / before, 'nl'));
  });
});
