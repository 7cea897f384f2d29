import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/filter-context/define.js';
import '../../src/elements/kpi-card/define.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import { fetchJson, hostileMarkupRan, requestCount, resetRequests, shadowText, until, HOSTILE_IMG } from '../support/helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const loaded = (el: KpiCard) =>
  until(
    () =>
      part(el, 'base')?.getAttribute('aria-busy') !== 'true' &&
      (part(el, 'value') || part(el, 'bars') || part(el, 'error') || part(el, 'empty')),
    8000,
    'kpi-card to settle',
  );

async function card(metric: string, endpoint = '/api', extra = '') {
  const el = await fixture<KpiCard>(html`<kpi-card metric=${metric} endpoint=${endpoint} .from=${extra}></kpi-card>`);
  await loaded(el);
  return el;
}

describe('kpi-card', () => {
  beforeEach(() => resetRequests());

  it('shows the current customers, the % change over the range and a sparkline with one point per month', async () => {
    const data = await fetchJson('/api/customers/monthly');
    const el = await card('customers');
    const first = data.months[0].customers;
    const last = data.months.at(-1)!.customers;
    expect(part(el, 'value')!.textContent).to.equal(last.toLocaleString('en'));
    const change = (last - first) / first;
    const shown = part(el, 'delta')!.textContent!.replace(/\s+/g, ' ');
    expect(shown).to.contain(
      `${change > 0 ? '+' : '-'}${Math.abs(change * 100)
        .toFixed(1)
        .replace(/\.0$/, '')}%`,
    );
    expect(shown).to.contain(`over ${data.months.length} months`);
    const points = part(el, 'sparkline')!.querySelector('polyline')!.getAttribute('points')!.split(' ');
    expect(points).to.have.length(data.months.length);
    // The highest month is drawn highest (smallest y).
    const ys = points.map((p) => Number(p.split(',')[1]));
    const values = data.months.map((m) => m.customers);
    expect(ys.indexOf(Math.min(...ys))).to.equal(values.indexOf(Math.max(...values)));
    const label = part(el, 'base')!.getAttribute('aria-label')!;
    expect(label).to.match(new RegExp(`^Customers: ${last.toLocaleString('en')}, (up|down) [\\d.]+% over 12 months$`));
  });

  it('sums added and churned over the range and shows churn % of the starting customers', async () => {
    const data = await fetchJson('/api/customers/monthly');
    const added = data.months.reduce((s, m) => s + m.new, 0);
    const churned = data.months.reduce((s, m) => s + m.churned, 0);
    const [addedCard, churnedCard] = await Promise.all([card('added'), card('churned')]);
    expect(part(addedCard, 'value')!.textContent).to.equal(added.toLocaleString('en'));
    expect(shadowText(addedCard)).to.contain(`Net ${(added - churned).toLocaleString('en')}`);
    expect(part(churnedCard, 'value')!.textContent).to.equal(churned.toLocaleString('en'));
    const rate = ((churned / data.before.customers) * 100).toFixed(1).replace(/\.0$/, '');
    expect(part(churnedCard, 'churn-rate')!.textContent!.replace(/\s+/g, ' ')).to.equal(`Churn ${rate}%`);
  });

  it('draws one bar per product, widest for the most customers', async () => {
    const data = await fetchJson('/api/customers/monthly');
    const el = await card('products');
    const items = [...part(el, 'bars')!.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.name')!.textContent)).to.deep.equal(data.products!.map((p) => p.label));
    // Drawn widths, as a share of the track (the bar's width comes from CSS, no inline style).
    const widths = items.map((li) => {
      const bar = li.querySelector('.bar') as HTMLElement;
      return (bar.getBoundingClientRect().width / li.getBoundingClientRect().width) * 100;
    });
    data.products!.forEach((p, i) => expect(widths[i]).to.be.closeTo((p.customers / data.products![0].customers) * 100, 1));
  });

  it('shows the subscriptions in the last month with their % change, or says the endpoint lacks them', async () => {
    const data = await fetchJson('/api/customers/monthly');
    const el = await card('subscriptions');
    const series = data.months.map((m) => m.subscriptions!);
    expect(part(el, 'label')!.textContent).to.equal('Subscriptions');
    expect(part(el, 'value')!.textContent).to.equal(series.at(-1)!.toLocaleString('en'));
    expect(series.at(-1)).to.be.greaterThan(data.months.at(-1)!.customers - 1);
    const points = part(el, 'sparkline')!.querySelector('polyline')!.getAttribute('points')!.split(' ');
    expect(points).to.have.length(series.length);
    const older = await card('subscriptions', '/fixtures/first-month-zero');
    expect(part(older, 'error')!.textContent).to.contain('has no "months.subscriptions"');
  });

  it('formats numbers in the context locale (nl)', async () => {
    const data = await fetchJson('/api/customers/monthly');
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/api" locale="nl"><kpi-card metric="added"></kpi-card></filter-context>`,
    );
    const el = ctx.querySelector('kpi-card')!;
    await loaded(el);
    const added = data.months.reduce((s, m) => s + m.new, 0);
    expect(part(el, 'value')!.textContent).to.equal(new Intl.NumberFormat('nl').format(added));
    if (added >= 1000) expect(part(el, 'value')!.textContent).to.contain('.');
  });

  it('shows "—" when the first month is 0 (no % change to speak of)', async () => {
    const el = await card('customers', '/fixtures/first-month-zero');
    expect(part(el, 'value')!.textContent).to.equal('5');
    const delta = part(el, 'delta')!;
    expect(delta.textContent!.replace(/\s+/g, ' ').trim()).to.equal('— over 3 months');
    expect(delta.querySelector('.up, .down, .flat')).to.equal(null);
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Customers: 5, change over 3 months not defined');
    const churned = await card('churned', '/fixtures/first-month-zero');
    expect(part(churned, 'churn-rate')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Churn —');
  });

  it('shows an empty state when the range holds no customers', async () => {
    const el = await card('customers', '/empty-api');
    expect(part(el, 'empty')!.textContent).to.contain('No customers in this range');
  });

  it('shows a skeleton while loading, then the figure', async () => {
    const el = await fixture<KpiCard>(html`<kpi-card metric="active" endpoint="/delay/400/api"></kpi-card>`);
    expect(part(el, 'skeleton')).to.exist;
    expect(part(el, 'skeleton')!.getAttribute('role')).to.equal('status');
    await until(() => part(el, 'value'), 5000, 'value');
    expect(part(el, 'skeleton')).to.equal(null);
  });

  it('keeps the last figure on show, dimmed and busy, while a filter change loads; Retry after an error shows the skeleton', async () => {
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/delay/1500/api" from="2025-11" to="2026-10">
        <kpi-card metric="customers"></kpi-card>
      </filter-context>`,
    );
    const el = ctx.querySelector<KpiCard>('kpi-card')!;
    await until(() => part(el, 'value'), 5000, 'first figure');
    const before = part(el, 'value')!.textContent;
    const base = part(el, 'base')!;
    expect(base.getAttribute('aria-busy')).to.equal('false');
    // 1.5 s answers: the dimming (after 200 ms, then a 0.2 s fade) must finish well before the answer.
    ctx.filters = { market: ['NL'] };
    await until(() => part(el, 'base')?.getAttribute('aria-busy') === 'true', 2000, 'busy');
    expect(part(el, 'skeleton'), 'no skeleton in its place').to.equal(null);
    expect(part(el, 'value')!.textContent, 'the last figure').to.equal(before);
    await until(() => getComputedStyle(part(el, 'value')!).opacity === '0.6', 1000, 'dimmed');
    expect(getComputedStyle(part(el, 'label')!).opacity, 'the title stays as it is').to.equal('1');
    await until(() => part(el, 'base')?.getAttribute('aria-busy') === 'false', 5000, 'the new answer');
    const expected = await fetchJson<{ months: { customers: number }[] }>('/api/customers/monthly?from=2025-11&to=2026-10&market=NL');
    expect(part(el, 'value')!.textContent).to.equal(expected.months.at(-1)!.customers.toLocaleString('en'));
    expect(part(el, 'value')!.textContent).to.not.equal(before);
    // After an error, a Retry is a fresh start: the skeleton, not the answer from before the error.
    ctx.endpoint = '/status/503';
    await until(() => part(el, 'error'), 5000, 'error');
    ctx.endpoint = '/delay/1500/api';
    ctx.filters = { market: ['DE'] }; // not in the client's cache
    await until(() => part(el, 'skeleton') || part(el, 'value'), 5000, 'reload');
    expect(part(el, 'skeleton'), 'loading again after the error').to.exist;
  });

  it('shows the problem detail of an HTTP error, and Retry asks again', async () => {
    const el = await card('customers', '/status/503');
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('503');
    expect(error.textContent).to.contain('Fixture status 503');
    const before = requestCount('/status/503/');
    (part(el, 'retry') as HTMLButtonElement).click();
    await until(() => requestCount('/status/503/') > before, 5000, 'retry request');
    await loaded(el);
    expect(part(el, 'error')).to.exist;
  });

  it('turns a response that breaks the contract into an error naming where, injecting nothing', async () => {
    const el = await card('customers', '/fixtures/invalid-monthly');
    expect(part(el, 'error')!.textContent).to.contain('months.1.customers');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(await hostileMarkupRan()).to.equal(false);
    const notJson = await card('customers', '/fixtures/not-json');
    expect(part(notJson, 'error')!.textContent).to.contain('not JSON');
  });

  it('reports an unreachable endpoint as a network error', async () => {
    const el = await card('customers', 'http://127.0.0.1:9');
    expect(part(el, 'error')!.textContent).to.contain('Could not reach the data endpoint');
  });

  it('falls back to customers for an unknown metric and warns once, naming the allowed values', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await card('revenue');
      const data = await fetchJson('/api/customers/monthly');
      expect(el.activeMetric).to.equal('customers');
      expect(part(el, 'label')!.textContent).to.equal('Customers');
      expect(part(el, 'value')!.textContent).to.equal(data.months.at(-1)!.customers.toLocaleString('en'));
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('metric="revenue"');
      expect(warnings[0]).to.contain('customers, active, added, churned, subscriptions, products');
    } finally {
      console.warn = warn;
    }
  });

  it('passes axe with data, while loading and in the error state', async () => {
    await expect(await card('customers')).to.be.accessible();
    await expect(await card('products')).to.be.accessible();
    await expect(await fixture(html`<kpi-card metric="active" endpoint="/delay/400/api"></kpi-card>`)).to.be.accessible();
    await expect(await card('customers', '/status/503')).to.be.accessible();
  });

  it('survives being moved: reconnected, it shows the same figure without asking again', async () => {
    const el = await card('customers');
    const value = part(el, 'value')!.textContent;
    resetRequests();
    const parent = el.parentElement!;
    for (let i = 0; i < 3; i++) {
      el.remove();
      parent.append(el);
      await el.updateComplete;
    }
    await loaded(el);
    expect(part(el, 'value')!.textContent).to.equal(value);
    expect(el.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(requestCount('/api/customers/monthly'), 'no request after the first answer').to.equal(0);
  });

  it('keeps hostile product names as text', async () => {
    const el = await card('products', '/hostile-api');
    const names = [...part(el, 'bars')!.querySelectorAll('.name')].map((n) => n.textContent);
    expect(names.some((n) => n!.includes(HOSTILE_IMG))).to.equal(true);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(await hostileMarkupRan()).to.equal(false);
  });
});
