/**
 * filter-bar inside a real filter-context against the reference endpoint: the options are the
 * endpoint's /dimensions, choices reach every widget (their figures are the endpoint's filtered
 * numbers), chips, Reset, the custom range and its refusals, 320 px, keyboard only, the CSV
 * download of the current query, axe, English and Dutch.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import '../../src/elements/filter-bar/define.js';
import '../../src/elements/filter-context/define.js';
import '../../src/elements/kpi-card/define.js';
import { countryName } from '../../src/core/geo/names.js';
import { monthsBetween } from '../../src/core/month-range.js';
import type { Dimension, DimensionsResponse } from '../../src/data/contract.js';
import { PAGE_FILTERS } from '../../src/elements/filter-bar/filter-options.js';
import type { FilterBar } from '../../src/elements/filter-bar/filter-bar.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import type { DownloadDetail } from '../../src/events/events.js';
import { fetchJson, resetRequests, settledRequestCount, shadowText, until } from '../support/helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const value = (el: Element) => $(el, '[part="value"]')?.textContent ?? null;
const barOf = (ctx: Element) => ctx.querySelector('filter-bar') as FilterBar;

let dims: DimensionsResponse;
const members = (dimension: Dimension) => dims.dimensions[dimension]!;

/** A context with the bar and two tiles; resolves once the bar lists its filters. */
async function dashboard(attrs = '', locale = 'en') {
  const ctx = await fixture<FilterContext>(
    `<filter-context endpoint="/api" locale="${locale}" ${attrs}><filter-bar></filter-bar><kpi-card metric="customers"></kpi-card><kpi-card metric="active"></kpi-card></filter-context>`,
  );
  const bar = barOf(ctx);
  await until(() => $(bar, '[part~="filter"]'), 8000, 'the filter buttons');
  return { ctx, bar, tiles: [...ctx.querySelectorAll('kpi-card')] };
}

async function openFilter(bar: FilterBar, dimension: string): Promise<HTMLElement> {
  if ($(bar, `#toggle-${dimension}`)!.getAttribute('aria-expanded') !== 'true') $(bar, `#toggle-${dimension}`)!.click();
  await bar.updateComplete;
  return $(bar, `#panel-${dimension}`)!;
}

const optionKeys = (panel: Element) => [...panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((c) => c.dataset.key);

/** The customers and active figures of the endpoint's last month for `query`. */
async function expectedFigures(query: string): Promise<string[]> {
  const data = await fetchJson(`/api/customers/monthly?${query}`);
  const last = data.months.at(-1)!;
  return [last.customers, last.active].map((n) => n.toLocaleString('en'));
}

describe('filter-bar', () => {
  before(async () => {
    dims = await fetchJson<DimensionsResponse>('/api/dimensions');
  });
  beforeEach(() => resetRequests());

  it('offers exactly the values of /dimensions for each of the six filters, countries named in the locale', async () => {
    const { bar } = await dashboard();
    expect($$(bar, '[part~="filter"]').map((b) => b.dataset.dimension)).to.deep.equal([...PAGE_FILTERS]);
    for (const dimension of PAGE_FILTERS) {
      const panel = await openFilter(bar, dimension);
      const expected = members(dimension).map((m) => m.key);
      expect(optionKeys(panel), dimension).to.have.members(expected);
      expect(optionKeys(panel)).to.have.length(expected.length);
    }
    const markets = await openFilter(bar, 'market');
    const netherlands = markets.querySelector('input[data-key="NL"]')!.closest('label')!;
    expect(netherlands.textContent!.trim()).to.equal(countryName('NL', 'en'));
    expect(await settledRequestCount('/dimensions')).to.equal(1);
  });

  it('searches a long list, ignoring case and accents, and counts the selected values', async () => {
    const { ctx, bar } = await dashboard('market="NL,DE"');
    const panel = await openFilter(bar, 'market');
    expect(members('market').length).to.be.greaterThan(8);
    const search = panel.querySelector<HTMLInputElement>('[part="search"]')!;
    expect(search.getAttribute('aria-label')).to.equal('Search customer markets');
    search.value = 'NETHER';
    search.dispatchEvent(new Event('input'));
    await bar.updateComplete;
    expect(optionKeys($(bar, '#panel-market')!)).to.deep.equal(['NL']);
    expect(shadowText(bar)).to.contain('2 of 45 selected'.replace('45', String(members('market').length)));
    expect($(bar, '#toggle-market')!.getAttribute('aria-label')).to.equal('Customer markets, 2 selected');
    // Products: five values, no search box.
    expect((await openFilter(bar, 'product')).querySelector('[part="search"]')).to.equal(null);
    expect(ctx.market).to.deep.equal(['NL', 'DE']);
  });

  it("updates every widget in the context with the endpoint's filtered figures; chips remove values", async () => {
    const { ctx, bar, tiles } = await dashboard();
    await until(() => tiles.every(value), 8000, 'tiles');
    const product = members('product')[0]!;
    const market = 'NL';
    const panel = await openFilter(bar, 'product');
    const change = oneEvent(ctx, 'insights-filter-change');
    panel.querySelector<HTMLInputElement>(`input[data-key="${product.key}"]`)!.click();
    expect((await change).detail.filters).to.deep.equal({ product: [product.key] });
    (await openFilter(bar, 'market')).querySelector<HTMLInputElement>(`input[data-key="${market}"]`)!.click();
    await ctx.updateComplete;
    expect(ctx.filters).to.deep.equal({ market: [market], product: [product.key] });

    const filtered = await expectedFigures(`last=12&market=${market}&product=${encodeURIComponent(product.key)}`);
    const unfiltered = await expectedFigures('last=12');
    expect(filtered).to.not.deep.equal(unfiltered);
    await until(() => tiles.map(value).join() === filtered.join(), 8000, 'filtered figures');

    const chips = $$(bar, '[part~="chip"]');
    expect(chips.map((c) => c.getAttribute('aria-label'))).to.deep.equal([
      `Remove Market: ${countryName(market, 'en')}`,
      `Remove Product: ${product.label}`,
    ]);
    chips[0]!.click();
    await until(() => ctx.market.length === 0, 4000, 'market removed');
    expect(ctx.product).to.deep.equal([product.key]);
    await until(() => $$(bar, '[part~="chip"]').length === 1, 4000, 'one chip left');
    $(bar, '[part~="chip"]')!.click();
    await until(() => tiles.map(value).join() === unfiltered.join(), 8000, 'unfiltered figures');
    expect(ctx.filters).to.deep.equal({});
  });

  it('Reset restores the last 12 months and clears every filter, in one change', async () => {
    const { ctx, bar } = await dashboard('range="6" market="NL" segment="Education"');
    expect($(bar, '[part="reset"]')!.hasAttribute('disabled')).to.equal(false);
    const events: CustomEvent[] = [];
    ctx.addEventListener('insights-filter-change', (e) => events.push(e));
    $(bar, '[part="reset"]')!.click();
    await ctx.updateComplete;
    await bar.updateComplete;
    expect(events).to.have.length(1);
    expect(ctx.range).to.equal(12);
    expect(ctx.filters).to.deep.equal({});
    expect($$(bar, '[part~="chip"]')).to.have.length(0);
    expect($(bar, '[part="reset"]')!.hasAttribute('disabled')).to.equal(true);
  });

  it('switches presets (Last 3/6/12/24 months) and reloads the widgets', async () => {
    const { ctx, bar, tiles } = await dashboard();
    const select = $<HTMLSelectElement>(bar, '[part="range-select"]')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Last 3 months',
      'Last 6 months',
      'Last 12 months',
      'Last 24 months',
      'Custom',
    ]);
    select.value = '24';
    select.dispatchEvent(new Event('change'));
    await ctx.updateComplete;
    expect(ctx.range).to.equal(24);
    const expected = await expectedFigures('last=24');
    await until(() => tiles.every((t) => shadowText(t).includes('over 24 months')), 8000, '24 months');
    expect(tiles.map(value)).to.deep.equal(expected);
  });

  it('offers custom months within the data only, refuses from after to with a message, applies a valid range', async () => {
    const { ctx, bar, tiles } = await dashboard();
    const select = $<HTMLSelectElement>(bar, '[part="range-select"]')!;
    select.value = 'custom';
    select.dispatchEvent(new Event('change'));
    await bar.updateComplete;
    const from = $<HTMLSelectElement>(bar, 'select[data-which="from"]')!;
    const to = $<HTMLSelectElement>(bar, 'select[data-which="to"]')!;
    const months = monthsBetween(dims.range!.min, dims.range!.max);
    expect([...from.options].map((o) => o.value)).to.deep.equal(months);
    expect([...to.options].map((o) => o.value)).to.deep.equal(months);
    // Starts from the range in force: the last 12 months of the data.
    expect([from.value, to.value]).to.deep.equal([months.at(-12), months.at(-1)]);

    from.value = months.at(-2)!;
    from.dispatchEvent(new Event('change'));
    to.value = months.at(-5)!;
    to.dispatchEvent(new Event('change'));
    await bar.updateComplete;
    $(bar, '[part="apply"]')!.click();
    await bar.updateComplete;
    expect($(bar, '[part="range-error"]')!.getAttribute('role')).to.equal('alert');
    expect($(bar, '[part="range-error"]')!.textContent).to.equal('The first month must not be after the last month.');
    expect(ctx.from).to.equal('');

    to.value = months.at(-1)!;
    to.dispatchEvent(new Event('change'));
    await bar.updateComplete;
    expect($(bar, '[part="range-error"]')).to.equal(null);
    $(bar, '[part="apply"]')!.click();
    await ctx.updateComplete;
    expect([ctx.from, ctx.to]).to.deep.equal([months.at(-2), months.at(-1)]);
    await until(() => tiles.every((t) => shadowText(t).includes('over 2 months')), 8000, 'custom range');
    expect($<HTMLSelectElement>(bar, '[part="range-select"]')!.value).to.equal('custom');
  });

  it('refuses a custom range from outside the data, naming the months there are', async () => {
    const { ctx, bar } = await dashboard('from="2023-01" to="2023-06"');
    expect($<HTMLSelectElement>(bar, '[part="range-select"]')!.value).to.equal('custom');
    expect($<HTMLSelectElement>(bar, 'select[data-which="from"]')!.value).to.equal('2023-01');
    $(bar, '[part="apply"]')!.click();
    await bar.updateComplete;
    expect($(bar, '[part="range-error"]')!.textContent).to.equal(
      'Choose months from November 2024 to October 2026: there is no data outside them.',
    );
    expect([ctx.from, ctx.to]).to.deep.equal(['2023-01', '2023-06']);
  });

  it('drops filter values the data does not hold, with one warning naming each', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const { ctx, bar } = await dashboard('market="NL,XX"');
      await until(() => ctx.market.length === 1, 4000, 'XX dropped');
      expect(ctx.market).to.deep.equal(['NL']);
      await bar.updateComplete;
      expect($$(bar, '[part~="chip"]').map((c) => c.dataset.key)).to.deep.equal(['NL']);
      expect(warnings.filter((w) => w.includes('"XX"'))).to.deep.equal([
        `<filter-context> market="XX" is not valid: use a member listed by the endpoint's /dimensions. Dropped.`,
      ]);
    } finally {
      console.warn = warn;
    }
  });

  it('writes to its own context across shadow roots', async () => {
    const ctx = await fixture<FilterContext>(html`<filter-context endpoint="/api"><bar-host></bar-host></filter-context>`);
    const bar = ctx.querySelector('bar-host')!.shadowRoot!.querySelector('filter-bar')!;
    await until(() => $(bar, '[part~="filter"]'), 8000, 'nested bar');
    (await openFilter(bar, 'segment')).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await ctx.updateComplete;
    expect(ctx.segment).to.deep.equal([members('segment')[0]!.key]);
  });

  it('says where it belongs when placed outside a filter-context', async () => {
    const bar = await fixture<FilterBar>(html`<filter-bar></filter-bar>`);
    expect(shadowText(bar)).to.contain('Place <filter-bar> inside a <filter-context>');
  });

  it('is operable by keyboard alone: open a filter, tick a value, Escape, remove its chip', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <button id="before">before</button>
        <filter-context endpoint="/api"><filter-bar></filter-bar></filter-context>
      </div>`,
    );
    const ctx = page.querySelector('filter-context')!;
    const bar = barOf(ctx);
    await until(() => $(bar, '[part~="filter"]'), 8000, 'filters');
    const focused = () => bar.shadowRoot!.activeElement as HTMLElement | null;
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('part')).to.equal('range-select');
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('toggle-product');
    await sendKeys({ press: 'Enter' });
    await bar.updateComplete;
    expect(focused()!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await bar.updateComplete;
    expect(focused()!.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await bar.updateComplete;
    await sendKeys({ press: 'Tab' });
    const first = members('product')
      .map((m) => m.label)
      .sort((a, b) => a.localeCompare(b, 'en'))[0];
    expect(focused()!.closest('label')!.textContent!.trim()).to.equal(first);
    await sendKeys({ press: ' ' });
    await ctx.updateComplete;
    expect(ctx.product).to.have.length(1);
    await sendKeys({ press: 'Escape' });
    await bar.updateComplete;
    expect($(bar, '[part="panel"]')).to.equal(null);
    expect(focused()?.id).to.equal('toggle-product');
    for (let i = 0; i < PAGE_FILTERS.length; i++) await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('part')).to.equal('chip');
    await sendKeys({ press: 'Enter' });
    await until(() => ctx.product.length === 0, 4000, 'chip removed');
    await until(() => focused()?.getAttribute('part') === 'range-select', 4000, 'focus kept in the bar');
  });

  describe('at 320 px', () => {
    /** A page of its own, 320 px wide (a frame: WebKitGTK's window cannot be made that narrow). */
    const NARROW_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>320 px</title>
      <script type="module" src="/src/bundle.ts"></script><script src="/node_modules/axe-core/axe.min.js"></script></head><body>
      <filter-context endpoint="/api" market="NL,DE"><filter-bar></filter-bar>
      <kpi-card metric="customers"></kpi-card><kpi-card metric="active"></kpi-card></filter-context></body></html>`;

    it('folds the controls into a "Filters" disclosure and never overflows', async () => {
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="320 px page" width="320" height="800" srcdoc=${NARROW_PAGE}></iframe>`,
      );
      const page = () => frame.contentDocument;
      const shows = (selector: string) => page()?.querySelector('filter-bar')?.shadowRoot?.querySelector(selector);
      await until(() => shows('[part~="filter"]') && shows('[part="toggle"]'), 8000, 'the filter buttons and the disclosure');
      const doc = page()!;
      const bar = doc.querySelector('filter-bar') as FilterBar;
      const toggle = $(bar, '[part="toggle"]')!;
      expect(toggle.textContent!.trim()).to.equal('Filters (2)');
      expect($(bar, '[part="controls"]')!.hidden).to.equal(true);
      toggle.click();
      await bar.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($(bar, '[part="controls"]')!.hidden).to.equal(false);
      await openFilter(bar, 'market');
      const box = bar.getBoundingClientRect();
      expect(box.width).to.be.at.most(320);
      for (const el of $$(bar, '*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0) continue;
        expect(r.right, `${el.localName}.${el.className} ${el.getAttribute('part') ?? ''}`).to.be.at.most(box.right + 0.5);
      }
      expect(doc.documentElement.scrollWidth).to.be.at.most(320);
      // axe of the frame's own document (chai-a11y-axe's runs in this page's).
      const axe = (frame.contentWindow as Window & { axe: { run(el: Element): Promise<{ violations: { id: string }[] }> } }).axe;
      expect((await axe.run(bar)).violations.map((v) => v.id)).to.deep.equal([]);
    });
  });

  describe('download', () => {
    it('streams the export of the current query and hands over the CSV with a file name holding the range', async () => {
      const { ctx, bar } = await dashboard('range="6" market="NL,DE"');
      ctx.headers = { 'X-Insights-Test': 'yes' };
      await ctx.updateComplete;
      const sent: { url: string; headers: Record<string, string> }[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        sent.push({ url: String(input), headers: (init?.headers ?? {}) as Record<string, string> });
        return realFetch(input, init);
      };
      let detail: DownloadDetail;
      try {
        bar.addEventListener('insights-download', (e) => e.preventDefault(), { once: true });
        const received = oneEvent(bar, 'insights-download');
        $(bar, '[part="download"]')!.click();
        detail = (await received).detail;
      } finally {
        window.fetch = realFetch;
      }
      const url = '/api/customers/export?format=csv&last=6&market=DE&market=NL';
      expect(detail.url).to.equal(url);
      expect(sent.map((s) => s.url)).to.deep.equal([url]);
      expect(sent[0]!.headers['X-Insights-Test']).to.equal('yes');
      expect(await settledRequestCount('/customers/export?format=csv&last=6&market=DE&market=NL')).to.equal(1);

      const direct = await (await fetch(url)).text();
      const lines = direct.trimEnd().split('\r\n');
      expect(lines.length).to.be.greaterThan(10);
      expect(await detail.blob.text()).to.equal(direct);
      expect(detail.bytes).to.equal(new TextEncoder().encode(direct).length);
      expect(detail.rows).to.equal(lines.length - 1);
      // Only NL and DE customers, over the last six months of the data.
      const market = lines[0]!.split(',').indexOf('CustomerMarket');
      expect(new Set(lines.slice(1).map((l) => l.split(',')[market]))).to.deep.equal(new Set(['NL', 'DE']));
      const months = monthsBetween(dims.range!.min, dims.range!.max).slice(-6);
      expect(detail.fileName).to.equal(`customers-${months[0]}-${months[5]}.csv`);
      await bar.updateComplete;
      expect(shadowText(bar)).to.contain(`Downloaded ${detail.rows.toLocaleString('en')} rows as ${detail.fileName}.`);
    });

    it('shows progress while streaming and can be cancelled', async () => {
      const ctx = await fixture<FilterContext>(html`<filter-context endpoint="/delay/600/api"><filter-bar></filter-bar></filter-context>`);
      const bar = barOf(ctx);
      await until(() => $(bar, '[part~="filter"]'), 8000, 'filters');
      $(bar, '[part="download"]')!.click();
      await bar.updateComplete;
      expect($(bar, '[part="progress"]')).to.not.equal(null);
      expect($(bar, '[part="download"]')!.textContent!.trim()).to.equal('Cancel download');
      $(bar, '[part="download"]')!.click();
      await until(() => shadowText(bar).includes('Download cancelled.'), 4000, 'cancelled');
      expect($(bar, '[part="download"]')!.textContent!.trim()).to.equal('Download CSV');
    });

    it('says why a download failed, and leaves the rest of the page working', async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <filter-context endpoint="/api" from="2026-13" to="2026-14"><filter-bar></filter-bar></filter-context>
          <filter-context endpoint="/api" range="3"><kpi-card metric="customers"></kpi-card></filter-context>
        </div>`,
      );
      const bar = page.querySelector('filter-bar')!;
      const tile = page.querySelector('kpi-card')!;
      await until(() => $(bar, '[part~="filter"]'), 8000, 'filters');
      let saved = false;
      bar.addEventListener('insights-download', () => (saved = true));
      await bar.download();
      const alert = $(bar, '[part~="download-error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.match(
        /^Couldn't download the data\. The endpoint answered 400: .* is not a calendar month/,
      );
      expect(saved).to.equal(false);
      await until(() => value(tile), 8000, 'the other dashboard');
    });
  });

  describe('languages', () => {
    it('speaks Dutch in a Dutch context, and English again when the context switches', async () => {
      const { ctx, bar } = await dashboard('market="NL"', 'nl');
      // Dutch words load on first use.
      await until(() => shadowText(bar).includes('Periode'), 4000, 'Dutch words');
      expect(shadowText(bar)).to.contain('Laatste 12 maanden');
      expect($$(bar, '[part~="filter"]').map((b) => b.textContent!.trim().split(/\s+/)[0])).to.deep.equal([
        'Producten',
        'Klantmarkten',
        'Toeschrijvingstypen',
        'Partnerlocaties',
        'Verkoopkanalen',
        'Klantsegmenten',
      ]);
      expect($(bar, '[part~="chip"]')!.getAttribute('aria-label')).to.equal('Markt: Nederland verwijderen');
      const panel = await openFilter(bar, 'market');
      expect(panel.querySelector('input[data-key="DE"]')!.closest('label')!.textContent!.trim()).to.equal('Duitsland');
      expect(shadowText(bar)).to.contain(`1 van ${members('market').length} geselecteerd`);
      await expect(bar).to.be.accessible();
      ctx.locale = 'en';
      await ctx.updateComplete;
      await bar.updateComplete;
      expect(shadowText(bar)).to.contain('Date range');
      expect($(bar, '[part~="chip"]')!.getAttribute('aria-label')).to.equal('Remove Market: Netherlands');
    });
  });

  it('passes axe with a filter open and a custom range refused', async () => {
    const { bar } = await dashboard('market="NL" from="2026-08" to="2026-03"');
    await openFilter(bar, 'market');
    $(bar, '[part="apply"]')!.click();
    await bar.updateComplete;
    expect($(bar, '[part="range-error"]')).to.not.equal(null);
    await expect(bar).to.be.accessible();
  });
});

/** A third-party element that puts the bar in its shadow root. */
class BarHost extends LitElement {
  protected override render() {
    return litHtml`<filter-bar></filter-bar>`;
  }
}
customElements.define('bar-host', BarHost);
