/**
 * The embedding API of filter-context, with no page script of the host's own: cross-filtering,
 * state in the URL, sign-in, status events, lazy loading, snapshots, nesting, direct data.
 * Against the real reference endpoint.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/bundle.js';
import type { FilterContext, InsightsSnapshot } from '../../src/elements/filter-context/filter-context.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { CustomerGeoMap } from '../../src/elements/customer-geo-map/customer-geo-map.js';
import type { BreakdownResponse, MonthlyResponse } from '../../src/data/contract.js';
import { emit } from '../../src/events/events.js';
import {
  fetchJson,
  idle,
  intersectionKnown,
  requestCount,
  resetRequests,
  settledRequestCount,
  until,
  WIDGET_TAGS,
} from '../support/helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const value = (kpi: Element) => $(kpi, '[part="value"]')?.textContent ?? '';
const en = (n: number) => n.toLocaleString('en');
const lastCustomers = (data: MonthlyResponse) => data.months.at(-1)!.customers;

describe('embedding: cross-filtering', () => {
  it('a country on the map filters every other widget; the map still shows every country; again or Escape removes it', async () => {
    const [all, us] = await Promise.all([
      fetchJson('/api/customers/monthly?last=12'),
      fetchJson('/api/customers/monthly?last=12&market=US'),
    ]);
    const countries = (await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=market&last=12')).rows.length;
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/api" cross-filter loading="eager">
        <kpi-card></kpi-card><customer-geo-map></customer-geo-map>
      </filter-context>`,
    );
    const kpi = ctx.querySelector<KpiCard>('kpi-card')!;
    const map = ctx.querySelector<CustomerGeoMap>('customer-geo-map')!;
    await until(() => value(kpi) === en(lastCustomers(all)) && $(map, '[part="table"]'), 8000, 'first load');
    map.select('US');
    await until(() => value(kpi) === en(lastCustomers(us)), 8000, 'the tile filtered to US');
    expect(ctx.market).to.deep.equal(['US']);
    const rows = () => map.shadowRoot!.querySelectorAll('tr[data-key]').length;
    await map.updateComplete;
    expect(rows()).to.equal(countries);
    map.select('US'); // again: removed
    await until(() => value(kpi) === en(lastCustomers(all)), 8000, 'back to all markets');
    expect(ctx.market).to.deep.equal([]);
    map.select('US');
    await until(() => ctx.market.length === 1, 4000, 'selected again');
    kpi.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await until(() => ctx.market.length === 0, 4000, 'Escape removes it');
  });

  it('a product in the sunburst and a month in a chart filter the others', async () => {
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/api" cross-filter loading="eager">
        <kpi-card metric="added"></kpi-card><product-sunburst></product-sunburst><adds-churn-chart></adds-churn-chart>
      </filter-context>`,
    );
    const kpi = ctx.querySelector('kpi-card')!;
    await until(() => value(kpi), 8000, 'first load');
    const products = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=product&last=12');
    const product = products.rows[0]!.key;
    emit(ctx.querySelector('product-sunburst')!, 'insights-select', { dimension: 'product', key: product });
    const filtered = await fetchJson(`/api/customers/monthly?last=12&product=${encodeURIComponent(product)}`);
    await until(() => value(kpi) === en(filtered.months.reduce((s, m) => s + m.new, 0)), 8000, 'tile filtered to the product');
    const month = filtered.months[3]!.month;
    emit(ctx.querySelector('adds-churn-chart')!, 'insights-select', { dimension: 'month', key: month });
    await until(() => ctx.from === month && ctx.to === month, 4000, 'range narrowed to the month');
    // One selection at a time: the month replaced the product.
    expect(ctx.product).to.deep.equal([]);
  });
});

describe('embedding: state in the URL', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('mirrors changes as history entries under its prefix; Back undoes; a reload restores; two prefixes stay apart', async () => {
    history.replaceState(null, '', `${location.pathname}?host=1`);
    const page = await fixture(
      html`<div>
        <filter-context endpoint="/api" url-state="left" id="left"></filter-context>
        <filter-context endpoint="/api" url-state="right" id="right"></filter-context>
      </div>`,
    );
    const left = page.querySelector<FilterContext>('#left')!;
    const right = page.querySelector<FilterContext>('#right')!;
    left.market = ['NL'];
    await left.updateComplete;
    // Written once the page is idle, after the widgets' update.
    await until(() => new URLSearchParams(location.search).get('left.market') === 'NL', 2000, 'left in the address');
    right.range = 6;
    await right.updateComplete;
    await until(() => new URLSearchParams(location.search).get('right.range') === '6', 2000, 'right in the address');
    const params = new URLSearchParams(location.search);
    expect(params.get('host')).to.equal('1');
    expect(params.get('left.market')).to.equal('NL');
    expect(params.get('right.range')).to.equal('6');
    expect(params.has('left.range')).to.equal(false);
    history.back();
    await until(() => right.range === 12, 4000, 'Back undoes the last change');
    expect(left.market).to.deep.equal(['NL']);
    // A "reload": a new context reads the address.
    const again = await fixture<FilterContext>(html`<filter-context endpoint="/api" url-state="left"></filter-context>`);
    expect(again.market).to.deep.equal(['NL']);
  });

  it('drops an unknown member or a malformed value from the URL with a console warning', async () => {
    history.replaceState(null, '', `${location.pathname}?insights.market=NL,ZZ&insights.range=abc`);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const ctx = await fixture<FilterContext>(html`<filter-context endpoint="/api" url-state></filter-context>`);
      await until(() => ctx.market.length === 1, 5000, 'ZZ dropped');
      expect(ctx.market).to.deep.equal(['NL']);
      expect(ctx.range).to.equal(12);
      expect(warnings.some((w) => w.includes('market="ZZ"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('insights.range=abc'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });
});

describe('embedding: sign-in', () => {
  beforeEach(() => resetRequests());

  it('a 401 makes one provider call for the whole dashboard, then every widget shows data', async () => {
    const calls: string[] = [];
    const ctx = document.createElement('filter-context') as FilterContext;
    ctx.endpoint = '/auth/fresh';
    ctx.loading = 'eager';
    ctx.authProvider = async ({ reason }) => {
      calls.push(reason);
      return { Authorization: `Bearer ${reason === 'initial' ? 'expired' : 'fresh'}` };
    };
    ctx.innerHTML =
      '<kpi-card></kpi-card><kpi-card metric="products"></kpi-card><adds-churn-chart></adds-churn-chart><distribution-tabs></distribution-tabs><customer-geo-map></customer-geo-map>';
    await fixture(html`<div>${ctx}</div>`);
    const kpi = ctx.querySelector('kpi-card')!;
    await until(() => value(kpi) && $(ctx.querySelector('distribution-tabs')!, '[part="bars"]'), 10_000, 'data after sign-in');
    expect(calls).to.deep.equal(['initial', 'unauthorized']);
  });

  it('always 401: error states that say so, an auth event, and no loop', async () => {
    const events: string[] = [];
    const ctx = document.createElement('filter-context') as FilterContext;
    ctx.endpoint = '/auth/never';
    ctx.loading = 'eager';
    let calls = 0;
    ctx.authProvider = async () => (calls++, { Authorization: 'Bearer wrong' });
    ctx.addEventListener('insights-error', (e) => e.target === ctx && events.push(e.detail.kind));
    ctx.innerHTML = '<kpi-card></kpi-card><distribution-tabs></distribution-tabs>';
    // Every widget settled (its error shown): no sign-in or event is still to come.
    const settled = oneEvent(ctx, 'insights-ready');
    await fixture(html`<div>${ctx}</div>`);
    const widgets = [...ctx.children];
    await settled;
    await until(() => widgets.every((w) => $(w, '[part="error"]')), 8000, 'error states');
    for (const w of widgets) expect($(w, '[part="error"]')!.textContent).to.contain('Not signed in');
    expect(events).to.deep.equal(['auth']);
    expect(calls).to.equal(2);
    expect(requestCount('/auth/never/')).to.be.at.most(4);
  });

  it('filter-bar downloads through the same sign-in', async () => {
    const ctx = document.createElement('filter-context') as FilterContext;
    ctx.endpoint = '/auth/fresh';
    ctx.authProvider = async () => ({ Authorization: 'Bearer fresh' });
    ctx.innerHTML = '<filter-bar></filter-bar>';
    await fixture(html`<div>${ctx}</div>`);
    const bar = ctx.querySelector('filter-bar') as HTMLElement & { download(): Promise<void> };
    const saved = new Promise<{ rows: number }>((resolve) =>
      ctx.addEventListener('insights-download', (e) => {
        e.preventDefault();
        resolve(e.detail);
      }),
    );
    await bar.download();
    expect((await saved).rows).to.be.greaterThan(100);
  });

  it('a 403 says the account is not allowed', async () => {
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/auth/x" loading="eager"><kpi-card></kpi-card></filter-context>`,
    );
    ctx.headers = { Authorization: 'Bearer banned' };
    const kpi = ctx.querySelector('kpi-card')!;
    await until(() => $(kpi, '[part="error"]')?.textContent?.includes('does not allow'), 8000, 'not allowed');
  });
});

describe('embedding: status events and lazy loading', () => {
  beforeEach(() => resetRequests());

  it('insights-ready fires once per state, with the requests it took', async () => {
    const ready: { ms: number; requests: number }[] = [];
    const ctx = document.createElement('filter-context') as FilterContext;
    ctx.endpoint = '/api';
    ctx.loading = 'eager';
    ctx.range = 7;
    ctx.addEventListener('insights-ready', (e) => ready.push(e.detail));
    const loads: string[] = [];
    ctx.addEventListener('insights-load', (e) => loads.push(e.detail.resource));
    ctx.innerHTML =
      '<kpi-card></kpi-card><kpi-card metric="added"></kpi-card><active-vs-total></active-vs-total><distribution-tabs></distribution-tabs>';
    await fixture(html`<div>${ctx}</div>`);
    await until(() => ready.length === 1, 10_000, 'ready');
    expect(ready[0]!.requests).to.equal(2); // monthly once for three widgets, breakdown once
    expect(loads.filter((r) => r === 'monthly')).to.have.length(3);
    ctx.range = 5;
    await until(() => ready.length === 2, 10_000, 'ready again');
    await idle(); // the context's deferred work (address, member check) done: no third one comes
    expect(ready).to.have.length(2);
  });

  it("an eager dashboard's requests leave before its widgets first render, each once", async () => {
    const realFetch = window.fetch;
    const asked: { path: string; rendered: number }[] = [];
    const tags = ['kpi-card', 'active-vs-total', 'distribution-tabs', 'product-sunburst'];
    const ctx = document.createElement('filter-context') as FilterContext;
    Object.assign(ctx, { endpoint: '/api', loading: 'eager', range: 4 });
    ctx.innerHTML = tags.map((t) => `<${t}></${t}>`).join('');
    const widgets = [...ctx.children] as (Element & { hasUpdated: boolean })[];
    // The client takes `fetch` when the context is made: wrapped before, to see when each request leaves.
    window.fetch = (input, init) => {
      asked.push({ path: new URL(String(input), location.href).pathname, rendered: widgets.filter((w) => w.hasUpdated).length });
      return realFetch.call(window, input, init);
    };
    try {
      await fixture(html`<div>${ctx}</div>`);
      await until(() => widgets.every((w) => !w.shadowRoot!.querySelector('[part="skeleton"]')), 10_000, 'every widget drawn');
    } finally {
      window.fetch = realFetch;
    }
    // monthly (two widgets), breakdown by partner location, by product, by SKU: each once.
    expect(asked.map((a) => a.path).sort()).to.deep.equal([
      '/api/customers/breakdown',
      '/api/customers/breakdown',
      '/api/customers/breakdown',
      '/api/customers/monthly',
    ]);
    expect(asked.map((a) => a.rendered)).to.deep.equal([0, 0, 0, 0]);
  });

  it('a widget far below the fold asks nothing until it is scrolled near; loading="eager" asks at once', async () => {
    const page = await fixture(
      html`<div>
        <filter-context endpoint="/api" range="9"><kpi-card metric="churned" loading="eager"></kpi-card></filter-context>
        <div style="height: 4000px"></div>
        <filter-context endpoint="/api" range="8"><kpi-card metric="churned"></kpi-card></filter-context>
      </div>`,
    );
    const [eager, lazy] = [...page.querySelectorAll('kpi-card')];
    await until(() => value(eager!), 5000, 'the eager tile');
    await intersectionKnown(lazy!); // the lazy tile has been found far from the viewport
    expect(requestCount('last=8')).to.equal(0);
    expect($(lazy!, '[part="skeleton"]')).to.exist;
    lazy!.scrollIntoView();
    await until(() => value(lazy!), 8000, 'the lazy tile after scrolling');
    expect(await settledRequestCount('last=8')).to.equal(1);
    window.scrollTo(0, 0);
  });
});

describe('embedding: snapshots, direct data, nesting', () => {
  it('a snapshot of the dashboard renders the same with the network blocked', async () => {
    const tags = WIDGET_TAGS;
    const live = await fixture<FilterContext>(
      html`<filter-context endpoint="/api" range="6" market="US,GB">${tags.map((t) => document.createElement(t))}</filter-context>`,
    );
    const snapshot: InsightsSnapshot = JSON.parse(JSON.stringify(await live.captureSnapshot()));
    expect(Object.keys(snapshot.responses).length).to.be.at.least(6);
    const text = (ctx: Element) =>
      [...ctx.children].map((w) => (w.shadowRoot!.querySelector('[part="base"]') as HTMLElement)?.innerText ?? '');
    // The data is in; the charts paint a frame later (their width is measured first).
    const drawn = (ctx: Element) => Promise.all([...ctx.children].map((w) => (w as { chartComplete?: Promise<void> }).chartComplete));
    await drawn(live);
    const before = text(live);
    const fetchReal = window.fetch;
    let asked = 0;
    window.fetch = () => (asked++, Promise.reject(new TypeError('network blocked')));
    try {
      const copy = document.createElement('filter-context') as FilterContext;
      copy.snapshot = snapshot;
      copy.loading = 'eager';
      for (const t of tags) copy.append(document.createElement(t));
      await fixture(html`<div>${copy}</div>`);
      await until(
        () =>
          [...copy.children].every(
            (w) => w.shadowRoot?.querySelector('[part="base"]') && !w.shadowRoot.querySelector('[part~="skeleton"]'),
          ),
        10_000,
        'the copy',
      );
      await drawn(copy);
      await idle(); // deferred work (the member check) done: it asked nothing either
      expect(text(copy)).to.deep.equal(before);
      expect(asked).to.equal(0);
    } finally {
      window.fetch = fetchReal;
    }
  });

  it('a widget given its answer directly needs no endpoint', async () => {
    const data = await fetchJson('/api/customers/monthly?last=4');
    const kpi = await fixture<KpiCard>(html`<kpi-card metric="active" .data=${data}></kpi-card>`);
    await until(() => value(kpi), 4000, 'the tile');
    expect(value(kpi)).to.equal(en(data.months.at(-1)!.active));
  });

  it('an inner context inherits endpoint and filters and narrows them; siblings stay apart', async () => {
    const nl = await fetchJson('/api/customers/monthly?last=12&market=NL');
    const page = await fixture(
      html`<div>
        <filter-context endpoint="/api" market="NL" loading="eager" id="outer">
          <kpi-card id="a"></kpi-card>
          <filter-context range="6" id="inner"><kpi-card id="b"></kpi-card></filter-context>
        </filter-context>
        <filter-context endpoint="/api" loading="eager"><kpi-card id="c"></kpi-card></filter-context>
      </div>`,
    );
    const six = await fetchJson('/api/customers/monthly?last=6&market=NL');
    const all = await fetchJson('/api/customers/monthly?last=12');
    const [a, b, c] = ['#a', '#b', '#c'].map((id) => page.querySelector(id)!);
    await until(() => value(a) && value(b) && value(c), 8000, 'three tiles');
    expect(value(a)).to.equal(en(lastCustomers(nl)));
    expect(value(b)).to.equal(en(lastCustomers(six)));
    expect(shadowDelta(b)).to.contain('over 6 months');
    expect(value(c)).to.equal(en(lastCustomers(all)));
  });
});

function shadowDelta(el: Element): string {
  return $(el, '[part="delta"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
}
