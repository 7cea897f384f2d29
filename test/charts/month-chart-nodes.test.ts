// A long session must not grow the page: every filter state that takes a chart's series away
// and brings them back leaves its shadow DOM as it was (the soak bench found distribution-trend
// growing by four nodes a change: lit-html's `repeat()` leaves a comment behind for each item it
// removes, lit/lit#5298).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/distribution-trend/define.js';
import '../../src/elements/filter-context/define.js';
import type { DistributionTrend } from '../../src/elements/distribution-trend/distribution-trend.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import type { DimensionsResponse } from '../../src/data/contract.js';
import { fetchJson, until } from '../support/helpers.js';
import { emulateMedia } from './chart-helpers.js';

/** Every node of `root`, shadow roots, comments and text included. */
function countNodes(root: Node): number {
  let n = 1;
  if (root instanceof Element && root.shadowRoot) n += countNodes(root.shadowRoot);
  for (let child = root.firstChild; child; child = child.nextSibling) n += countNodes(child);
  return n;
}

describe('month chart: a steady DOM', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  it('distribution-trend holds the same nodes after its stacks leave and come back', async () => {
    const { dimensions } = await fetchJson<DimensionsResponse>('/api/dimensions');
    const product = dimensions.product![0]!.key;
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/api" from="2025-11" to="2026-10" loading="eager">
        <distribution-trend dimension="product"></distribution-trend
      ></filter-context>`,
    );
    const trend = ctx.querySelector<DistributionTrend>('distribution-trend')!;
    const stacks = () => trend.shadowRoot!.querySelectorAll('.month-chart .series.columns').length;
    const settle = async (filters: Record<string, string[]>, series: (n: number) => boolean) => {
      ctx.filters = filters;
      await until(() => trend.shadowRoot!.querySelector('.wrap[aria-busy="false"]') && series(stacks()), 8000, JSON.stringify(filters));
      await trend.chartComplete;
    };
    await settle({}, (n) => n > 2);
    const all = stacks();
    const counts: number[] = [];
    for (let round = 0; round < 3; round++) {
      await settle({ product: [product] }, (n) => n === 1);
      await settle({}, (n) => n === all);
      counts.push(countNodes(trend));
    }
    expect(counts[1], `nodes after each round: ${counts.join(', ')}`).to.equal(counts[0]);
    expect(counts[2], `nodes after each round: ${counts.join(', ')}`).to.equal(counts[0]);
  });
});
