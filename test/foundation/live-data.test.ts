/**
 * Live data in the kit, against the real live handler (`/live/<key>/…` in test-api.ts): a 503
 * "still loading" is the loading state, then data; `refresh-interval` picks up a new data
 * version with no skeleton or error on the way (every frame watched), fires
 * `insights-data-change`, names it in the filter bar and the CSV; it pauses while hidden.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/filter-bar/define.js';
import '../../src/elements/filter-context/define.js';
import '../../src/elements/kpi-card/define.js';
import type { MonthlyResponse } from '../../src/data/contract.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import { fetchJson, requestCount, resetRequests, RUN_KEY, settledRequestCount, shadowText, until } from '../support/helpers.js';

const value = (el: Element) => el.shadowRoot!.querySelector('[part="value"]')?.textContent ?? null;
/** Switches the live data of `/live/<key>-<run>/…`, this browser's own. */
const setData = (key: string, data: 'loading' | 'a' | 'b') => fetch(`/live-set?key=${key}-${RUN_KEY}&data=${data}`, { cache: 'no-store' });
/** The customers of the last month, as the tile shows them. */
const customers = async (key: string) =>
  (await fetchJson<MonthlyResponse>(`/live/${key}-${RUN_KEY}/customers/monthly?last=6`)).months.at(-1)!.customers.toLocaleString('en');

/**
 * Records whether `elements` show a skeleton or an error: at every frame, and at every change of
 * their shadow DOM (a loaded machine may paint few frames; a skeleton shown between two of them
 * is still seen). `stop()` ends it.
 */
function watchFrames(...elements: Element[]) {
  const seen = { frames: 0, changes: 0, skeleton: 0, error: 0 };
  let running = true;
  const look = () => {
    for (const el of elements) {
      if (el.shadowRoot!.querySelector('[part="skeleton"]')) seen.skeleton++;
      if (el.shadowRoot!.querySelector('[part="error"]')) seen.error++;
    }
  };
  const frame = () => {
    if (!running) return;
    seen.frames++;
    look();
    requestAnimationFrame(frame);
  };
  look(); // what shows now, before any frame or change (a busy WebKit may paint none for a while)
  requestAnimationFrame(frame);
  const observer = new MutationObserver(() => {
    seen.changes++;
    look();
  });
  for (const el of elements) observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
  return {
    seen,
    stop: () => {
      running = false;
      observer.disconnect();
    },
  };
}

describe('live data', () => {
  beforeEach(() => resetRequests());

  it('a 503 "still loading" is the loading state, asked again after Retry-After, then the data', async () => {
    await setData('start', 'loading');
    const errors: Event[] = [];
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/live/start-${RUN_KEY}" range="6" loading="eager">
        <kpi-card metric="customers"></kpi-card
      ></filter-context>`,
    );
    ctx.addEventListener('insights-error', (e) => errors.push(e));
    const tile = ctx.querySelector<KpiCard>('kpi-card')!;
    await until(() => requestCount(`/live/start-${RUN_KEY}/customers/monthly`) > 0, 5000, 'the first request');
    const watch = watchFrames(tile);
    // The server still loads: the kit asks again after Retry-After, showing its loading state meanwhile.
    await until(() => requestCount(`/live/start-${RUN_KEY}/customers/monthly`) > 1, 8000, 'the retry');
    await setData('start', 'a');
    await until(() => value(tile), 8000, 'the data');
    watch.stop();
    expect(value(tile)).to.equal(await customers('start'));
    expect(watch.seen.skeleton, 'the loading state while the server loads').to.be.greaterThan(0);
    expect(watch.seen.error, 'frames with an error').to.equal(0);
    expect(errors).to.have.length(0);
  });

  it('refresh-interval: a new version reloads in place (no skeleton, no error), fires insights-data-change, updates "as of" and the CSV', async () => {
    await setData('fresh', 'a');
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/live/fresh-${RUN_KEY}" range="6" loading="eager" refresh-interval="1">
        <filter-bar></filter-bar><kpi-card metric="customers"></kpi-card
      ></filter-context>`,
    );
    const tile = ctx.querySelector<KpiCard>('kpi-card')!;
    const bar = ctx.querySelector('filter-bar')!;
    const before = await customers('fresh');
    await until(() => value(tile) === before, 8000, 'the first data');
    await until(() => bar.shadowRoot!.querySelector('[part="data-as-of"]'), 8000, 'the as-of line');
    expect(shadowText(bar)).to.contain('Data as of');
    expect(bar.shadowRoot!.querySelector('[part="data-as-of"] time')!.getAttribute('datetime')).to.equal('2026-12-04T06:12:00.000Z');
    const watch = watchFrames(tile, bar);
    const change = oneEvent(ctx, 'insights-data-change');
    await setData('fresh', 'b');
    const event = await change;
    expect(event.detail.version).to.match(/^b-\d+$/);
    expect(Date.parse(event.detail.loadedAt)).to.be.greaterThan(0);
    const after = await customers('fresh');
    expect(after).to.not.equal(before);
    await until(() => value(tile) === after, 8000, 'the new figures');
    // The bar asked /dimensions again: its line names the new load.
    await until(
      () => bar.shadowRoot!.querySelector('[part="data-as-of"] time')!.getAttribute('datetime') === '2026-12-05T06:12:00.000Z',
      8000,
      'the bar reloaded',
    );
    watch.stop();
    // The watch saw the reload happen: the new figures came as DOM changes it looked at (a
    // busy WebKit may paint only a few frames meanwhile).
    expect(watch.seen.changes, 'DOM changes watched during the reload').to.be.greaterThan(0);
    expect(watch.seen.skeleton, 'frames with a skeleton').to.equal(0);
    expect(watch.seen.error, 'frames with an error').to.equal(0);
    expect(tile.toCSV()).to.match(new RegExp(`# Data as of: 2026-12-05T06:12:00.000Z \\(version ${event.detail.version}\\)`));
  });

  // That no check runs while the page is hidden is seen in refresh-controller.test.ts, on a clock
  // the test moves on itself: here, the element end to end, with no fixed waits.
  it('refresh-interval: data changed while the page was hidden reloads when it is shown', async function () {
    this.timeout(30_000);
    await setData('hidden', 'a');
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/live/hidden-${RUN_KEY}" range="6" loading="eager" refresh-interval="1">
        <kpi-card metric="customers"></kpi-card
      ></filter-context>`,
    );
    const tile = ctx.querySelector<KpiCard>('kpi-card')!;
    const before = await customers('hidden');
    await until(() => value(tile) === before, 8000, 'the first data');
    // The first check has learned version a: else, still to come, it could learn b and see no change.
    expect(await settledRequestCount(`/live/hidden-${RUN_KEY}/dimensions`, 1, 8000), 'the first check').to.be.at.least(1);
    await new Promise((resolve) => setTimeout(resolve));
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await setData('hidden', 'b');
    } finally {
      // Back to the prototype's getter.
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(document.visibilityState).to.equal('visible');
    const change = oneEvent(ctx, 'insights-data-change');
    document.dispatchEvent(new Event('visibilitychange'));
    let timer = 0;
    const late = new Promise(
      (_, reject) => (timer = window.setTimeout(() => reject(new Error('no data change within 10 s of being shown')), 10_000)),
    );
    await Promise.race([change, late]).finally(() => clearTimeout(timer));
    const after = await customers('hidden');
    await until(() => value(tile) === after, 8000, 'the new figures');
  });
});
