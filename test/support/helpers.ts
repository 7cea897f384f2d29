/** Helpers shared by the component tests. */
import type { MonthlyResponse } from '../../src/data/contract.js';

/** The seven widgets of the dashboard, in its order: the tests that render every one. */
export const WIDGET_TAGS = [
  'kpi-card',
  'customer-geo-map',
  'adds-churn-chart',
  'active-vs-total',
  'distribution-tabs',
  'product-sunburst',
  'distribution-trend',
] as const;

/**
 * This browser's run, for keys of server state a test sets (`/live-set`, `/fault-set`): the
 * three browsers run a file at once against one test server.
 */
export const RUN_KEY = Math.random().toString(36).slice(2, 8);

/** When the last {@link resetRequests} ran: requests started before it are not counted. */
let countedSince = 0;

/** How many requests this page has made to URLs containing `part` (real resource timing). */
export function requestCount(part: string): number {
  return performance.getEntriesByType('resource').filter((e) => e.startTime >= countedSince && e.name.includes(part)).length;
}

/** The request count once at least `atLeast` requests to `part` are on record. A resource timing
 * entry is queued a moment after its body was read, so an answer can be on screen before its
 * entry exists: wait for it, then count (a second request would still be counted). */
export async function settledRequestCount(part: string, atLeast = 1, timeout = 3000): Promise<number> {
  await until(() => requestCount(part) >= atLeast, timeout, `a request to ${part} on record`).catch(() => undefined);
  return requestCount(part);
}

/** Forget earlier requests so a test counts only its own; a request started before, whose entry
 * is queued only after this call, is not counted either. */
export function resetRequests(): void {
  countedSince = performance.now() - 1; // a millisecond of slack for browsers' coarsened clocks
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(10_000);
}

/** The reference endpoint's own answer, fetched directly, to compare a widget's figures with. */
export async function fetchJson<T = MonthlyResponse>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<T>;
}

/** Resolves once `predicate` holds, polling (timers, not frames: a background page gets no
 * frames); fails after `timeout` ms. */
export async function until(predicate: () => unknown, timeout = 5000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 16));
  }
}

/** Text of an element's shadow root with white space folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const HOSTILE_IMG = '<img src=x onerror=window.__x=1>';

/**
 * Whether markup from data ran: an `<img src=x onerror=window.__x=1>` rendered as HTML before
 * this call fires its `onerror` only once its request for `x` has failed, later than any
 * synchronous check. So a probe image asks for the same URL and this waits for the probe's
 * failure (which comes no sooner than the earlier request's) and a task more, for the injected
 * handler's event; then reads `window.__x` (and clears it for the next check).
 */
export async function hostileMarkupRan(): Promise<boolean> {
  const probe = new Image();
  await new Promise<void>((resolve) => {
    probe.onerror = probe.onload = () => resolve();
    probe.src = 'x';
  });
  await new Promise((r) => setTimeout(r));
  const ran = (window as { __x?: unknown }).__x !== undefined;
  delete (window as { __x?: unknown }).__x;
  return ran;
}

/**
 * Resolves once the page has been idle: every `requestIdleCallback` queued before this call has
 * run (they run in order), and so has whatever work it started synchronously. For checks that
 * nothing more happens after a state settled (deferred address writes, member checks).
 */
export function idle(): Promise<void> {
  // WebKit has no requestIdleCallback: the kit then defers by a 50 ms timer, which fires before
  // a 50 ms timer set after it.
  if (typeof requestIdleCallback !== 'function') return new Promise((resolve) => setTimeout(() => setTimeout(resolve), 50));
  return new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve)));
}

/**
 * Resolves once Chromium has computed whether `el` intersects the viewport (an observer's first
 * report, which every observer of the page gets in the same update): a lazy widget has then
 * decided whether to load.
 */
export function intersectionKnown(el: Element): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      setTimeout(resolve);
    });
    observer.observe(el);
  });
}
