/** Helpers shared by the component tests. */
import type { MonthlyResponse } from '../../src/data/contract.js';

/** How many requests this page has made to URLs containing `part` (real resource timing). */
export function requestCount(part: string): number {
  return performance.getEntriesByType('resource').filter((e) => e.name.includes(part)).length;
}

/** Forget earlier requests so a test counts only its own. */
export function resetRequests(): void {
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
