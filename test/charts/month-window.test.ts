/**
 * One rule for the month window of the slider charts (MonthlyChartElement): the months the
 * slider narrowed to are kept while the answer covers the same months (a filter change, another
 * tab) and reset when the months change (another range).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '../support/media.js';
import '../../src/elements/filter-context/define.js';
import '../../src/elements/adds-churn-chart/define.js';
import '../../src/elements/distribution-trend/define.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import type { MonthlyChartElement } from '../../src/elements/shared/monthly-chart-element.js';
import { until } from '../support/helpers.js';
import { monthAxis } from './chart-helpers.js';

type Chart = MonthlyChartElement<'monthly' | 'trend'>;
const busy = (el: Element) => el.shadowRoot!.querySelector('.wrap[aria-busy="true"]');

async function narrow(el: Chart, start: number, end: number) {
  const first = el.shadowRoot!.querySelector<HTMLInputElement>('[part="zoom-start"]')!;
  const last = el.shadowRoot!.querySelector<HTMLInputElement>('[part="zoom-end"]')!;
  first.value = String(start);
  first.dispatchEvent(new Event('input'));
  last.value = String(end);
  last.dispatchEvent(new Event('input'));
  await el.chartComplete;
}

for (const tag of ['adds-churn-chart', 'distribution-trend']) {
  describe(`${tag}: the month window`, () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));

    it('is kept across a filter change (same months) and reset by another range', async () => {
      const ctx = await fixture<FilterContext>(
        html`<filter-context endpoint="/api" from="2025-11" to="2026-10" loading="eager"></filter-context>`,
      );
      const el = document.createElement(tag) as Chart;
      ctx.append(el);
      await until(() => el.shadowRoot?.querySelector('.month-chart .columns rect'), 8000, 'chart drawn');
      await el.chartComplete;
      await narrow(el, 3, 8);
      expect(monthAxis(el, 'x')).to.deep.equal(['Feb 2026', 'Mar 2026', 'Apr 2026', 'May 2026', 'Jun 2026', 'Jul 2026']);
      const answer = (el as unknown as { resource: { value: unknown } }).resource.value;
      ctx.filters = { market: ['NL'] };
      await until(
        () => (el as unknown as { resource: { value: unknown } }).resource.value !== answer && !busy(el),
        8000,
        'the filtered answer',
      );
      await el.chartComplete;
      expect(monthAxis(el, 'x'), 'kept: the same months').to.deep.equal([
        'Feb 2026',
        'Mar 2026',
        'Apr 2026',
        'May 2026',
        'Jun 2026',
        'Jul 2026',
      ]);
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('[part="zoom-start"]')!.value).to.equal('3');
      ctx.from = '2025-07';
      await until(() => monthAxis(el, 'x')[0] === 'Jul 2025' && !busy(el), 8000, 'the new range');
      await el.chartComplete;
      expect(monthAxis(el, 'x'), 'reset: the whole new range').to.have.length(16);
    });
  });
}
