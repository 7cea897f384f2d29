/**
 * Stories of `compare` (previous-period, previous-year): the endpoint of the default dataset,
 * which also answers a comparison range. The fixtures hold one answer per resource, for the
 * range 2025-11 – 2026-10; asked for another range, the handler gives that answer relabelled to
 * the range's months, each figure × 0.9: a stand-in for the endpoint's figures, so a story shows
 * the comparison's marks (the tests check them against the real reference endpoint).
 */
import { HttpResponse, type HttpHandler } from 'msw';
import { addMonths } from '../../src/core/month-range.js';
import { DATASETS } from './fixtures.js';
import { answer, resourceHandlers } from './msw.js';
import type { Story } from './stories.js';
import { waitForState } from './dom.js';
import { expect, waitFor } from 'storybook/test';

/** Every number × 0.9 (rounded), months relabelled from `from`. */
function shifted(body: unknown, from: string, to: string): unknown {
  const copy = structuredClone(body) as {
    query: { from: string; to: string };
    months: unknown[];
    before?: { month: string; customers: number };
  };
  const scale = (row: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(row)) if (typeof value === 'number') row[key] = Math.round(value * 0.9);
  };
  copy.query = { ...copy.query, from, to };
  copy.months = copy.months.map((m, i) => {
    if (typeof m === 'string') return addMonths(from, i);
    const row = { ...(m as Record<string, unknown>), month: addMonths(from, i) };
    scale(row);
    return row;
  });
  if (copy.before) copy.before = { month: addMonths(from, -1), customers: Math.round(copy.before.customers * 0.9) };
  const series = (copy as { series?: { values: number[] }[] }).series;
  series?.forEach((s) => (s.values = s.values.map((v) => Math.round(v * 0.9))));
  return copy;
}

/**
 * The default dataset under `base`, answering any range (see above); `/dimensions` says the data
 * starts at `firstMonth` (a comparison range before it has no data).
 */
export function compareHandlers(base: string, firstMonth = '2023-11'): HttpHandler[] {
  const dataset = DATASETS.default;
  return resourceHandlers(base, (resource, request) => {
    const body = answer(dataset, resource, request) as Record<string, unknown>;
    if (resource === 'dimensions') return HttpResponse.json({ ...body, range: { ...(body.range as object), min: firstMonth } });
    const params = new URL(request.url).searchParams;
    const from = params.get('from');
    const to = params.get('to');
    const own = (body.query as { from: string }).from;
    return HttpResponse.json((from && to && from !== own ? shifted(body, from, to) : body) as Record<string, unknown>);
  });
}

/** A story's args and handlers for `compare`: `missing` when the endpoint's data starts with the current range. */
export function compareStory(
  tag: string,
  mode: 'previous-period' | 'previous-year',
  options: { missing?: boolean; locale?: string; dark?: boolean; args?: Record<string, unknown>; then?: Story['play'] } = {},
): Story {
  const base = `/mock/compare-${tag}-${mode}${options.missing ? '-missing' : ''}`;
  return {
    args: { endpoint: base, compare: mode, ...(options.locale ? { locale: options.locale } : {}), ...options.args },
    globals: options.dark ? { theme: 'dark' } : {},
    parameters: { msw: { handlers: { compare: compareHandlers(base, options.missing ? '2025-11' : undefined) } } },
    play: async (context) => {
      const [el] = await waitForState(context.canvasElement, 'complete');
      const root = el!.shadowRoot!;
      if (options.missing) await waitFor(() => expect(root.querySelector('[part="comparison-note"]')).not.toBeNull());
      else await waitFor(() => expect(root.querySelector('.month-chart .previous')).not.toBeNull());
      await options.then?.(context);
    },
  };
}
