import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/distribution-tabs/define.js';
import '../../src/elements/filter-context/define.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import type { DistributionTabs } from '../../src/elements/distribution-tabs/distribution-tabs.js';
import type { BreakdownResponse } from '../../src/data/contract.js';
import { fetchJson, hostileMarkupRan, requestCount, resetRequests, settledRequestCount, shadowText, until } from '../support/helpers.js';

const TAU = 2 * Math.PI;
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const panel = (el: Element) => $(el, '[part="panel"]')!;
/** Not showing the last answer while a newer one loads. */
const idle = (el: Element) => panel(el).getAttribute('aria-busy') !== 'true';
const settled = (el: Element) =>
  until(
    () => idle(el) && ($(el, '[part="legend"]') || $(el, '[part="error"]') || $(el, '[part="empty"]')),
    8000,
    'distribution-tabs to settle',
  );
/** Settled on `dimension`: the panel says so and its data is on show. */
const settledOn = (el: Element, dimension: string) =>
  until(
    () =>
      panel(el).getAttribute('data-dimension') === dimension &&
      idle(el) &&
      !$(el, '[part="skeleton"]') &&
      ($(el, '[part="legend"]') || $(el, '[part="empty"]')),
    8000,
    `${dimension} to show`,
  );
const barKeys = (el: Element) => $$(el, '.bar-row').map((b) => b.getAttribute('data-key'));
const legend = (el: Element) => $$(el, '[part="legend"] button') as HTMLButtonElement[];
const tab = (el: Element, id: string) => $(el, `[role="tab"][data-tab="${id}"]`) as HTMLButtonElement;
const focused = (el: Element) => el.shadowRoot!.activeElement;
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();

async function tabs(attrs: { endpoint?: string; dimension?: string; variant?: string; top?: string } = {}) {
  const el = await fixture<DistributionTabs>(
    html`<distribution-tabs
      endpoint=${attrs.endpoint ?? '/api'}
      dimension=${attrs.dimension ?? 'partnerLocation'}
      variant=${attrs.variant ?? 'bars'}
      top=${attrs.top ?? '8'}
    ></distribution-tabs>`,
  );
  await settled(el);
  return el;
}

describe('distribution-tabs', () => {
  beforeEach(() => resetRequests());

  it('shows partner locations as bars: count and % of the contract total, widths proportional', async () => {
    const data = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=partnerLocation');
    resetRequests();
    const el = await tabs();
    expect(await settledRequestCount('by=partnerLocation')).to.equal(1);
    const rows = data.rows.filter((r) => r.customers > 0).slice(0, 8);
    const bars = $$(el, '.bar-row');
    expect(bars.slice(0, rows.length).map((b) => b.getAttribute('data-key'))).to.deep.equal(rows.map((r) => r.key));
    const max = rows[0]!.customers;
    bars.slice(0, rows.length).forEach((b, i) => {
      const bar = b.querySelector('[part="bar"]') as HTMLElement;
      const width = parseFloat(bar.style.getPropertyValue('--_width'));
      expect(width).to.be.closeTo((rows[i]!.customers / max) * 100, 0.01);
      // …and drawn at that share of its track (bars have a 2 px minimum).
      const drawn = (bar.getBoundingClientRect().width / bar.parentElement!.getBoundingClientRect().width) * 100;
      expect(drawn).to.be.closeTo(width, 2);
      const pct = Math.round((rows[i]!.customers / data.total.customers) * 1000) / 10;
      expect(text(b.querySelector('.count')!)).to.equal(`${rows[i]!.customers.toLocaleString('en')} customers,`);
      expect(b.querySelector('.pct')!.textContent).to.equal(`${pct}%`);
      expect(text(b)).to.equal(`${rows[i]!.label} ${rows[i]!.customers.toLocaleString('en')} customers, ${pct}%`);
    });
  });

  it('switching tab requests that dimension once and switching back requests nothing', async () => {
    // A URL no earlier test asked for: the shared client caches across tests.
    const el = await tabs({ endpoint: '/delay/0/api' });
    expect(await settledRequestCount('by=partnerLocation')).to.equal(1);
    const changed = oneEvent(el, 'change');
    tab(el, 'segment').click();
    await changed;
    expect(el.dimension).to.equal('segment');
    await settledOn(el, 'segment');
    expect(await settledRequestCount('/customers/breakdown', 2)).to.equal(2);
    expect(await settledRequestCount('by=segment')).to.equal(1);
    const segments = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=segment');
    expect(barKeys(el)).to.deep.equal(
      segments.rows
        .filter((r) => r.customers > 0)
        .slice(0, 8)
        .map((r) => r.key),
    );
    expect(tab(el, 'segment').getAttribute('aria-selected')).to.equal('true');
    expect(panel(el).getAttribute('aria-labelledby')).to.equal('tab-segment');

    resetRequests();
    tab(el, 'partnerLocation').click();
    await settledOn(el, 'partnerLocation');
    expect(requestCount('/customers/breakdown')).to.equal(0);
  });

  it('pairs sales channel with the Azure pricing model through a switch', async () => {
    const el = await tabs({ dimension: 'salesChannel' });
    expect(tab(el, 'salesChannel').getAttribute('aria-selected')).to.equal('true');
    const toPricing = $(el, '[part="switch"] [data-dimension="pricingModel"]') as HTMLButtonElement;
    expect(toPricing.getAttribute('aria-pressed')).to.equal('false');
    toPricing.click();
    await settledOn(el, 'pricingModel');
    expect(await settledRequestCount('by=pricingModel')).to.equal(1);
    expect(tab(el, 'salesChannel').getAttribute('aria-selected')).to.equal('true');
    expect(($(el, '[part="switch"] [data-dimension="pricingModel"]') as HTMLElement).getAttribute('aria-pressed')).to.equal('true');
    const pricing = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=pricingModel');
    expect(barKeys(el)).to.deep.equal(
      pricing.rows
        .filter((r) => r.customers > 0)
        .slice(0, 8)
        .map((r) => r.key),
    );
  });

  it('tabs follow the WAI-ARIA pattern: one tab stop, arrows, Home/End', async () => {
    const el = await tabs();
    expect($$(el, '[role="tab"]').map((t) => t.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1']);
    // The card header's tools ("Show as table", export) come first; the next stop is this one.
    el.shadowRoot!.querySelector<HTMLElement>('[part="export-button"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('data-tab')).to.equal('partnerLocation');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-tab')).to.equal('segment');
    expect(el.dimension).to.equal('segment');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-tab')).to.equal('attributionType');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-tab')).to.equal('partnerLocation');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.dimension).to.equal('partnerLocation');
    expect($$(el, '[role="tab"]').map((t) => t.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1']);
  });

  it('keeps the top N and groups the rest as Other, with a footnote when shares overlap', async () => {
    const el = await tabs({ endpoint: '/fixtures/dist-members', dimension: 'segment', top: '3' });
    expect(barKeys(el)).to.deep.equal(['m00', 'm01', 'm02', '\u0000other']);
    const other = $(el, '.bar-row.other')!;
    // 60+50+40+30+20+10+5+3+2 = 220 of 400 customers.
    expect(text(other.querySelector('.count')!)).to.equal('220 customers,');
    expect(other.querySelector('.pct')!.textContent).to.equal('55%');
    expect(text(other)).to.equal('Other 220 customers, 55%');
    expect(legend(el).map((b) => b.textContent!.trim())).to.deep.equal(['Member 00', 'Member 01', 'Member 02', 'Other']);
    expect(shadowText(el)).to.contain('shares add up to more than 100% of the 400 customers');

    el.top = 0; // out of range: the largest member and Other
    await el.updateComplete;
    expect(barKeys(el)).to.deep.equal(['m00', '\u0000other']);
    el.setAttribute('top', 'lots'); // not a number: the default 8
    await el.updateComplete;
    expect(barKeys(el)).to.have.length(9);
    el.top = 11; // one member left over: shown by name rather than as a group of one
    await el.updateComplete;
    expect(barKeys(el)).to.have.length(12);
    expect(barKeys(el)).to.not.include('\u0000other');
  });

  it('legend toggles members out of and back into the chart', async () => {
    const el = await tabs({ endpoint: '/fixtures/dist-members', dimension: 'segment', top: '3' });
    const [first] = legend(el);
    expect(first!.getAttribute('aria-pressed')).to.equal('true');
    first!.click();
    await el.updateComplete;
    expect(legend(el)[0]!.getAttribute('aria-pressed')).to.equal('false');
    expect(barKeys(el)).to.deep.equal(['m01', 'm02', '\u0000other']);
    // Widths are relative to the largest bar still on show (Other, 220).
    expect(parseFloat(($(el, '.bar-row [part="bar"]') as HTMLElement).style.getPropertyValue('--_width'))).to.be.closeTo(
      (100 / 220) * 100,
      0.01,
    );
    legend(el)[3]!.click(); // Other
    await el.updateComplete;
    expect(barKeys(el)).to.deep.equal(['m01', 'm02']);
    legend(el)[0]!.click();
    await el.updateComplete;
    expect(barKeys(el)).to.deep.equal(['m00', 'm01', 'm02']);
    for (const b of legend(el).slice(0, 3)) b.click();
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Every member is hidden');
  });

  it('draws a donut with slice angles proportional to the visible counts', async () => {
    const el = await tabs({ endpoint: '/fixtures/dist-members', dimension: 'segment', top: '3', variant: 'donut' });
    const slices = $$(el, '[part~="slice"]');
    const spans = slices.map((s) => (Number(s.getAttribute('data-a1')) - Number(s.getAttribute('data-a0'))) / TAU);
    [120, 100, 80, 220].forEach((c, i) => expect(spans[i]).to.be.closeTo(c / 520, 1e-3));
    expect($(el, '.donut-center [data-total]')!.textContent).to.equal('400');
    legend(el)[3]!.click(); // hide Other
    await el.updateComplete;
    const after = $$(el, '[part~="slice"]').map((s) => (Number(s.getAttribute('data-a1')) - Number(s.getAttribute('data-a0'))) / TAU);
    [120, 100, 80].forEach((c, i) => expect(after[i]).to.be.closeTo(c / 300, 1e-3));
    // Slices are one tab stop; arrows move, Enter selects.
    expect($$(el, '[part~="slice"][tabindex="0"]')).to.have.length(1);
    ($(el, '[part~="slice"][tabindex="0"]') as unknown as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-key')).to.equal('m01');
    const selected = oneEvent(el, 'insights-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ dimension: 'segment', key: 'm01' });
  });

  it('emits insights-select for a member, null when clicked again, nothing for Other', async () => {
    const el = await tabs({ endpoint: '/fixtures/dist-members', dimension: 'attributionType', top: '2' });
    const seen: unknown[] = [];
    el.addEventListener('insights-select', (e) => seen.push(e.detail));
    const bar = (key: string) => $(el, `.bar-row[data-key="${key}"]`) as HTMLButtonElement;
    bar('m01').click();
    await el.updateComplete;
    expect(bar('m01').getAttribute('aria-pressed')).to.equal('true');
    bar('m01').click();
    ($(el, '.bar-row.other') as HTMLButtonElement).click();
    expect(seen).to.deep.equal([
      { dimension: 'attributionType', key: 'm01' },
      { dimension: 'attributionType', key: null },
    ]);
  });

  it('falls back for unknown dimension and variant', async () => {
    const el = await tabs({ endpoint: '/fixtures/dist-members', dimension: 'planet', variant: 'pie' });
    expect(el.activeDimension).to.equal('partnerLocation');
    expect(tab(el, 'partnerLocation').getAttribute('aria-selected')).to.equal('true');
    expect($(el, '[part="bars"]')).to.not.equal(null);
    expect(await settledRequestCount('by=partnerLocation')).to.equal(1);
    expect(requestCount('by=planet')).to.equal(0);
  });

  it('keeps hostile names as text', async () => {
    const el = await tabs({ endpoint: '/hostile-api', dimension: 'segment' });
    expect(shadowText(el)).to.match(/<img src=x onerror=window.__x=1>|R&D <EMEA>|<script>/);
    tab(el, 'attributionType').click();
    await settledOn(el, 'attributionType');
    expect(shadowText(el)).to.match(/<img src=x onerror=window.__x=1>|R&D <EMEA>|<script>/);
    expect($$(el, 'img, script')).to.have.length(0);
    expect(await hostileMarkupRan()).to.equal(false);
  });

  it('shows empty and error states; Retry loads again', async () => {
    const empty = await tabs({ endpoint: '/empty-api' });
    expect($(empty, '[part="empty"]')!.textContent).to.equal('No customers in this range.');
    const broken = await tabs({ endpoint: '/status/500' });
    expect($(broken, '[part="error"]')!.textContent).to.contain('500');
    resetRequests();
    ($(broken, '[part="retry"]') as HTMLButtonElement).click();
    await until(() => requestCount('/status/500') >= 1, 3000, 'the retry request');
  });

  it('passes an accessibility audit (bars and donut)', async () => {
    const bars = await tabs({ endpoint: '/fixtures/dist-members', top: '3' });
    await expect(bars).to.be.accessible();
    const donut = await tabs({ endpoint: '/fixtures/dist-members', variant: 'donut' });
    await expect(donut).to.be.accessible();
  });
  it("keeps the bars on show while a filter change loads, but not another tab's members", async () => {
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/delay/400/api">
        <distribution-tabs dimension="partnerLocation" variant="bars" top="8"></distribution-tabs>
      </filter-context>`,
    );
    const el = ctx.querySelector<DistributionTabs>('distribution-tabs')!;
    await settled(el);
    const before = barKeys(el);
    ctx.filters = { market: ['NL'] };
    await until(() => panel(el).getAttribute('aria-busy') === 'true', 2000, 'busy');
    expect($(el, '[part="skeleton"]'), 'no skeleton').to.equal(null);
    expect(barKeys(el), 'the last bars').to.deep.equal(before);
    await settledOn(el, 'partnerLocation');
    const nl = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=partnerLocation&market=NL');
    expect(barKeys(el)[0], 'the largest NL location first').to.equal(nl.rows.slice().sort((a, b) => b.customers - a.customers)[0]!.key);
    tab(el, 'segment').click();
    await until(() => panel(el).getAttribute('data-dimension') === 'segment', 2000, 'segment tab');
    expect($(el, '[part="skeleton"]'), 'another dimension loads with the skeleton').to.exist;
    expect(idle(el)).to.equal(true);
    await settledOn(el, 'segment');
  });
});
