import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import '../../src/elements/filter-context/define.js';
import '../../src/elements/kpi-card/define.js';
import '../../src/elements/distribution-tabs/define.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import { KpiCard as KpiCardClass } from '../../src/elements/kpi-card/kpi-card.js';
import { fetchJson, resetRequests, settledRequestCount, until } from '../support/helpers.js';

const value = (el: Element) => el.shadowRoot!.querySelector('[part="value"]')?.textContent ?? null;

/** A third-party element that nests a tile two shadow roots deep. */
class OuterPanel extends LitElement {
  protected override render() {
    return litHtml`<inner-panel></inner-panel>`;
  }
}
class InnerPanel extends LitElement {
  protected override render() {
    return litHtml`<kpi-card metric="customers"></kpi-card>`;
  }
}
customElements.define('outer-panel', OuterPanel);
customElements.define('inner-panel', InnerPanel);

describe('filter-context', () => {
  beforeEach(() => resetRequests());

  it('reaches a widget across nested shadow roots', async () => {
    const data = await fetchJson('/api/customers/monthly?last=6');
    const ctx = await fixture<FilterContext>(html`<filter-context endpoint="/api" range="6"><outer-panel></outer-panel></filter-context>`);
    const tile = ctx.querySelector('outer-panel')!.shadowRoot!.querySelector('inner-panel')!.shadowRoot!.querySelector('kpi-card')!;
    await until(() => value(tile), 8000, 'nested tile');
    expect(value(tile)).to.equal(data.months.at(-1)!.customers.toLocaleString('en'));
    expect(tile.shadowRoot!.textContent).to.contain('over 6 months');
  });

  it('reaches a widget whose element is defined after the context', async () => {
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/api" range="3"><late-kpi metric="customers"></late-kpi></filter-context>`,
    );
    customElements.define('late-kpi', class extends KpiCardClass {});
    const tile = ctx.querySelector('late-kpi')!;
    await until(() => value(tile), 8000, 'late tile');
    expect(tile.shadowRoot!.textContent).to.contain('over 3 months');
  });

  it('keeps attributes and properties in sync, and emits one typed event per change', async () => {
    const ctx = await fixture<FilterContext>(html`<filter-context endpoint="/api" market="NL, DE"></filter-context>`);
    expect(ctx.market).to.deep.equal(['NL', 'DE']);
    expect(ctx.filters).to.deep.equal({ market: ['NL', 'DE'] });
    const events: CustomEvent[] = [];
    ctx.addEventListener('insights-filter-change', (e) => events.push(e));
    ctx.range = 6;
    ctx.segment = ['Education'];
    ctx.locale = 'nl';
    await ctx.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0].detail).to.deep.include({ last: 6, locale: 'nl', endpoint: '/api' });
    expect(events[0].detail.filters).to.deep.equal({ market: ['NL', 'DE'], segment: ['Education'] });
    expect(ctx.getAttribute('segment')).to.equal('Education');
    expect(ctx.getAttribute('range')).to.equal('6');
    setTimeout(() => ctx.setAttribute('from', '2026-01'));
    const next = await oneEvent(ctx, 'insights-filter-change');
    expect(next.detail.from).to.equal('2026-01');
    expect(ctx.from).to.equal('2026-01');
  });

  it('gives five tiles one /customers/monthly request, and a range change one more', async () => {
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/api">
        ${['customers', 'active', 'added', 'churned', 'products'].map((m) => html`<kpi-card metric=${m}></kpi-card>`)}
      </filter-context>`,
    );
    const tiles = [...ctx.querySelectorAll('kpi-card')];
    await until(() => tiles.every((t) => t.shadowRoot!.querySelector('[part="value"], [part="bars"]')), 8000, 'five tiles');
    expect(await settledRequestCount('/customers/monthly')).to.equal(1);
    ctx.range = 3;
    await until(
      () => tiles.every((t) => t.shadowRoot!.textContent!.includes('over 3 months') || t.metric === 'products'),
      8000,
      'range change',
    );
    expect(await settledRequestCount('/customers/monthly', 2)).to.equal(2);
    expect(await settledRequestCount('last=3')).to.equal(1);
  });

  it('aborts stale requests on fast filter changes: the last state wins', async () => {
    // Watch every request the context's client makes (it takes window.fetch when created).
    const calls: { url: string; signal: AbortSignal }[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input).includes('/delay/300/')) calls.push({ url: String(input), signal: init!.signal! });
      return realFetch(input, init);
    };
    try {
      const ctx = await fixture<FilterContext>(
        html`<filter-context endpoint="/delay/300/api" loading="eager"><kpi-card metric="customers"></kpi-card></filter-context>`,
      );
      const tile = ctx.querySelector('kpi-card') as KpiCard;
      for (const range of [3, 6, 12, 5]) {
        ctx.range = range;
        await ctx.updateComplete;
        await tile.updateComplete;
        await new Promise((r) => setTimeout(r, 20));
      }
      const expected = await fetchJson('/api/customers/monthly?last=5');
      await until(() => value(tile) && tile.shadowRoot!.textContent!.includes('over 5 months'), 8000, 'final state');
      expect(value(tile)).to.equal(expected.months.at(-1)!.customers.toLocaleString('en'));
      // Every superseded request was cancelled, not left to finish; only the last one ran.
      expect(calls.length).to.be.greaterThan(2);
      expect(calls.at(-1)!.url).to.contain('last=5');
      expect(calls.at(-1)!.signal.aborted).to.equal(false);
      expect(calls.slice(0, -1).every((c) => c.signal.aborted)).to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
  });

  it("a filter change sends every widget's request before any widget re-renders", async () => {
    // The client reads `fetch` when the context makes it: record each request, and whether a
    // widget had already re-rendered for the new state (marked busy) when it left.
    const original = window.fetch;
    const sent: { url: string; afterARender: boolean }[] = [];
    let tiles: Element[] = [];
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      sent.push({ url: String(input), afterARender: tiles.some((t) => t.shadowRoot?.querySelector('[aria-busy="true"]')) });
      return original(input, init);
    }) as typeof fetch;
    try {
      const ctx = await fixture<FilterContext>(
        html`<filter-context endpoint="/delay/300/api" range="6" loading="eager">
          <kpi-card metric="customers"></kpi-card><distribution-tabs dimension="segment"></distribution-tabs>
          <distribution-tabs dimension="partnerLocation"></distribution-tabs>
        </filter-context>`,
      );
      tiles = [...ctx.children];
      await until(() => tiles.every((t) => t.shadowRoot?.querySelector('[part="value"], [part="bars"]')), 8000, 'the widgets');
      sent.length = 0;
      ctx.filters = { market: ['NL'] };
      await until(() => tiles.every((t) => t.shadowRoot!.querySelector('[aria-busy="true"]')), 2000, 'every tile busy');
      const widgets = sent.filter((r) => r.url.includes('/customers/'));
      expect(widgets.map((r) => new URL(r.url, location.href).pathname.split('/').pop()).sort(), 'one request per resource').to.deep.equal([
        'breakdown',
        'breakdown',
        'monthly',
      ]);
      expect(widgets.every((r) => r.url.includes('market=NL'))).to.equal(true);
      expect(
        widgets.filter((r) => r.afterARender).map((r) => r.url),
        'sent after a widget re-rendered',
      ).to.deep.equal([]);
      await until(() => tiles.every((t) => t.shadowRoot!.querySelector('[aria-busy="false"]')), 5000, 'the new answers');
    } finally {
      window.fetch = original;
    }
  });

  it('a reload is busy at once and dimmed once it has taken 200 ms, then neither', async () => {
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/delay/800/api" range="6"><kpi-card></kpi-card></filter-context>`,
    );
    const tile = ctx.querySelector('kpi-card')!;
    await until(() => value(tile), 8000, 'the tile');
    const base = tile.shadowRoot!.querySelector('[part="base"]')!;
    const dimmed = () => [...base.children].some((c) => getComputedStyle(c).opacity !== '1');
    expect([tile.matches(':state(slow-load)'), dimmed()]).to.deep.equal([false, false]);
    ctx.range = 3;
    await until(() => base.getAttribute('aria-busy') === 'true', 2000, 'busy');
    await until(() => tile.matches(':state(slow-load)') && dimmed(), 2000, 'dimmed (the slow-load state)');
    await until(() => base.getAttribute('aria-busy') === 'false', 5000, 'the new answer');
    expect([tile.matches(':state(slow-load)'), dimmed()], 'no longer dimmed').to.deep.equal([false, false]);
  });

  it('lets a widget outside any context work from its own attributes', async () => {
    const data = await fetchJson('/api/customers/monthly?from=2026-01&to=2026-06');
    const tile = await fixture<KpiCard>(html`<kpi-card metric="customers" endpoint="/api" from="2026-01" to="2026-06"></kpi-card>`);
    await until(() => value(tile), 8000, 'standalone tile');
    expect(value(tile)).to.equal(data.months.at(-1)!.customers.toLocaleString('en'));
    expect(tile.shadowRoot!.textContent).to.contain('over 6 months');
  });

  it("shows the endpoint's 400 when a range attribute is out of range, and keeps other widgets working", async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <filter-context endpoint="/api" range="99"><kpi-card metric="customers"></kpi-card></filter-context>
        <filter-context endpoint="/api"><kpi-card metric="customers"></kpi-card></filter-context>
      </div>`,
    );
    const [bad, good] = [...page.querySelectorAll('kpi-card')];
    await until(() => bad.shadowRoot!.querySelector('[part="error"]') && value(good), 8000, 'both tiles');
    expect(bad.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('last "99"');
    expect(value(good)).to.not.equal(null);
  });
});
