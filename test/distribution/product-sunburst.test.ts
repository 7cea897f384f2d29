import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia, restoreMedia } from '../support/media.js';
import '../../src/elements/product-sunburst/define.js';
import '../../src/elements/filter-context/define.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import type { ProductSunburst } from '../../src/elements/product-sunburst/product-sunburst.js';
import type { BreakdownResponse } from '../../src/data/contract.js';
import { fetchJson, hostileMarkupRan, requestCount, resetRequests, settledRequestCount, shadowText, until } from '../support/helpers.js';
import { $, $$, busy, settled, arcs, span, centre, listKeys, focused, sunburst } from './sunburst-helpers.js';

describe('product-sunburst', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  beforeEach(() => resetRequests());
  afterEach(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => restoreMedia());

  it('draws one arc per product and SKU, product angles proportional to customers, in two requests', async () => {
    const [products, skus] = await Promise.all([
      fetchJson<BreakdownResponse>('/api/customers/breakdown?by=product'),
      fetchJson<BreakdownResponse>('/api/customers/breakdown?by=sku'),
    ]);
    resetRequests();
    const el = await sunburst();
    expect(await settledRequestCount('by=product')).to.equal(1);
    expect(await settledRequestCount('by=sku')).to.equal(1);
    const shown = products.rows.filter((r) => r.customers > 0);
    const ringTotal = shown.reduce((s, r) => s + r.customers, 0);
    const inner = arcs(el, 1);
    expect(inner.map((p) => p.getAttribute('data-key'))).to.deep.equal(shown.map((r) => r.key));
    inner.forEach((p, i) => expect(span(p)).to.be.closeTo(shown[i]!.customers / ringTotal, 1e-3));
    expect(arcs(el, 2)).to.have.length(skus.rows.filter((r) => r.customers > 0).length);
    // The SKUs of the largest product sit inside its angle.
    const first = inner[0]!;
    for (const p of arcs(el, 2).slice(0, 1)) {
      expect(Number(p.getAttribute('data-a0'))).to.be.at.least(Number(first.getAttribute('data-a0')) - 1e-3);
      expect(Number(p.getAttribute('data-a1'))).to.be.at.most(Number(first.getAttribute('data-a1')) + 1e-3);
    }
    // Labelled like "Microsoft 365: 412 customers, 38%".
    const top = shown[0]!;
    const pct = Math.round((top.customers / products.total.customers) * 1000) / 10;
    expect(first.getAttribute('aria-label')).to.equal(`${top.label}: ${top.customers.toLocaleString('en')} customers, ${pct}%`);
    expect(centre(el).getAttribute('data-total')).to.equal(String(products.total.customers));
  });

  it('shows the contract total in the centre, not the sum of overlapping rows, and says why', async () => {
    const el = await sunburst('/fixtures/dist-overlap');
    expect(centre(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Customers 100');
    expect(shadowText(el)).to.contain('so the ring can add up to more than the 100 customers in the centre (it adds up to 140)');
    const [m365, azure, pbi] = arcs(el, 1);
    expect(span(m365!)).to.be.closeTo(80 / 140, 1e-3);
    expect(span(azure!)).to.be.closeTo(40 / 140, 1e-3);
    expect(span(pbi!)).to.be.closeTo(20 / 140, 1e-3);
    expect(m365!.getAttribute('aria-label')).to.equal('Microsoft 365: 80 customers, 80%');
    // M365's SKUs add up to 100 > 80: they share its angle 50:30:20. Orphan and empty rows are left out.
    const skus = arcs(el, 2);
    expect(skus.map((p) => p.getAttribute('data-key'))).to.deep.equal([
      'Office 365 E3',
      'Microsoft 365 Business Basic',
      'Office 365 E5',
      'Azure plan',
      'Power BI Pro',
    ]);
    expect(span(skus[0]!)).to.be.closeTo((80 / 140) * 0.5, 1e-3);
    // Power BI Pro's 15 of Power BI's 20 cover three quarters of its angle.
    expect(span(skus[4]!)).to.be.closeTo((20 / 140) * 0.75, 1e-3);
    expect(listKeys(el)).to.deep.equal(['Microsoft 365', 'Microsoft Azure', 'Power BI']);
  });

  it('zooms in on click: SKUs fill the ring, centre and list show the product, and back on the centre', async () => {
    const el = await sunburst('/fixtures/dist-overlap');
    const selected = oneEvent(el, 'insights-select');
    (arcs(el, 1)[0] as unknown as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.deep.equal({ dimension: 'product', key: 'Microsoft 365' });
    await el.updateComplete;
    expect(el.selected).to.equal('Microsoft 365');
    expect(el.getAttribute('selected')).to.equal('Microsoft 365');
    expect(arcs(el, 1)).to.have.length(0);
    const skus = arcs(el, 2);
    expect(skus).to.have.length(3);
    [0.5, 0.3, 0.2].forEach((x, i) => expect(span(skus[i]!)).to.be.closeTo(x, 1e-3));
    expect(skus.reduce((s, p) => s + span(p), 0)).to.be.closeTo(1, 1e-3);
    expect(centre(el).tagName).to.equal('BUTTON');
    expect(centre(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Microsoft 365 80 customers. ← All products');
    expect(listKeys(el)).to.deep.equal(['Office 365 E3', 'Microsoft 365 Business Basic', 'Office 365 E5']);
    const rows = $$(el, '[part="list"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['Office 365 E3 50 62.5%', 'Microsoft 365 Business Basic 30 37.5%', 'Office 365 E5 20 25%']);
    expect(skus[0]!.getAttribute('aria-label')).to.equal('Office 365 E3: 50 customers, 62.5% of Microsoft 365');

    const back = oneEvent(el, 'insights-select');
    centre(el).click();
    expect((await back).detail).to.deep.equal({ dimension: 'product', key: null });
    await el.updateComplete;
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(arcs(el, 1)).to.have.length(3);
  });

  it('is one tab stop; arrows move between arcs, Enter zooms in, Escape zooms out', async () => {
    const el = await sunburst('/fixtures/dist-overlap');
    const stops = () => arcs(el, 1).filter((p) => p.getAttribute('tabindex') === '0');
    expect(stops()).to.have.length(1);
    expect(arcs(el, 1).every((p) => p.getAttribute('role') === 'button')).to.equal(true);
    expect(arcs(el, 2).every((p) => p.getAttribute('aria-hidden') === 'true' && !p.hasAttribute('tabindex'))).to.equal(true);
    // The card header's tools ("Show as table", export) come first; the next stop is this one.
    el.shadowRoot!.querySelector<HTMLElement>('[part="export-button"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('data-key')).to.equal('Microsoft 365');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-key')).to.equal('Microsoft Azure');
    expect(stops().map((p) => p.getAttribute('data-key'))).to.deep.equal(['Microsoft Azure']);
    await sendKeys({ press: 'End' });
    expect(focused(el)?.getAttribute('data-key')).to.equal('Power BI');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)?.getAttribute('data-key')).to.equal('Microsoft 365');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)?.getAttribute('data-key')).to.equal('Power BI');

    const selected = oneEvent(el, 'insights-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.key).to.equal('Power BI');
    await el.updateComplete;
    expect(listKeys(el)).to.deep.equal(['Power BI Pro']);
    expect(focused(el)?.getAttribute('data-key')).to.equal('Power BI Pro');
    // Its one SKU covers 15 of 20: three quarters of the ring, the rest left empty.
    expect(span(arcs(el, 2)[0]!)).to.be.closeTo(0.75, 1e-3);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(focused(el)?.getAttribute('data-key')).to.equal('Power BI');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.selected).to.equal('Power BI');
  });

  it('treats an unknown selected key as no selection', async () => {
    const el = await fixture<ProductSunburst>(
      html`<product-sunburst endpoint="/fixtures/dist-overlap" selected="Nope"></product-sunburst>`,
    );
    await settled(el);
    expect(arcs(el, 1)).to.have.length(3);
    expect(centre(el).tagName).to.equal('DIV');
  });

  it('keeps hostile names as text', async () => {
    const el = await sunburst('/hostile-api');
    expect($$(el, 'img')).to.have.length(0);
    const label = arcs(el, 1)[0]!.getAttribute('aria-label')!;
    expect(label).to.match(/<img src=x onerror=window.__x=1>|R&D <EMEA>|<script>/);
    (arcs(el, 1)[0] as unknown as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(shadowText(el)).to.match(/<img src=x onerror|R&D <EMEA>|<script>/);
    expect($$(el, 'img, script')).to.have.length(0);
    expect(await hostileMarkupRan()).to.equal(false);
  });

  it('shows the empty state, and an error with a Retry that loads again', async () => {
    const empty = await sunburst('/empty-api');
    expect($(empty, '[part="empty"]')!.textContent).to.equal('No customers in this range.');
    const broken = await sunburst('/status/503');
    expect($(broken, '[part="error"]')!.textContent).to.contain('503');
    resetRequests();
    ($(broken, '[part="retry"]') as HTMLButtonElement).click();
    await until(() => requestCount('/status/503') >= 1, 3000, 'the retry request');
  });

  it('passes an accessibility audit, zoomed out and in', async () => {
    const el = await sunburst('/fixtures/dist-overlap');
    await expect(el).to.be.accessible();
    el.selected = 'Microsoft 365';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
  it('keeps the last chart on show, dimmed and busy, while a filter change loads', async () => {
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/delay/400/api"><product-sunburst></product-sunburst></filter-context>`,
    );
    const el = ctx.querySelector<ProductSunburst>('product-sunburst')!;
    await settled(el);
    const before = arcs(el, 1).map((p) => p.getAttribute('d'));
    ctx.filters = { market: ['NL'] };
    await until(() => busy(el), 2000, 'busy');
    expect($(el, '[part="skeleton"]'), 'no skeleton').to.equal(null);
    expect(
      arcs(el, 1).map((p) => p.getAttribute('d')),
      'the last arcs',
    ).to.deep.equal(before);
    await settled(el);
    const nl = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=product&market=NL');
    expect(arcs(el, 1)).to.have.length(nl.rows.length);
    expect(arcs(el, 1).map((p) => p.getAttribute('d'))).to.not.deep.equal(before);
  });

  it('releases the nodes of arcs a new filter state removes (no marker left behind)', async () => {
    const ctx = await fixture<FilterContext>(html`<filter-context endpoint="/api"><product-sunburst></product-sunburst></filter-context>`);
    const el = ctx.querySelector<ProductSunburst>('product-sunburst')!;
    await settled(el);
    const chart = () => $(el, '[part="chart"]')!;
    // Every node under the chart, comments (lit's part markers) included.
    const nodes = () => {
      let n = 0;
      const walker = document.createTreeWalker(chart(), NodeFilter.SHOW_ALL);
      while (walker.nextNode()) n++;
      return n;
    };
    const all = arcs(el, 1).length;
    const first = nodes();
    const one = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=product');
    for (let round = 0; round < 3; round++) {
      ctx.filters = { product: [one.rows[0]!.key] };
      await until(() => !busy(el) && arcs(el, 1).length === 1, 8000, 'one product');
      ctx.filters = {};
      await until(() => !busy(el) && arcs(el, 1).length === all, 8000, 'every product again');
    }
    expect(arcs(el, 1).length).to.be.greaterThan(1);
    expect(nodes(), 'nodes under the chart after three rounds').to.equal(first);
  });
});
