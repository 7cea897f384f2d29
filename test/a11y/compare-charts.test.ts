/**
 * axe on the monthly charts with `compare`: the comparison drawn, with a gap in its data (the note
 * under the legend), a month's tooltip open by keyboard, light and dark, Dutch; then in forced
 * colours, where the comparison's columns stay hollow beside filled ones (shape, not colour).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/active-vs-total/define.js';
import '../../src/elements/adds-churn-chart/define.js';
import '../../src/elements/distribution-trend/define.js';
import '../../src/elements/filter-context/define.js';
import { until } from '../support/helpers.js';
import { emulatesMedia } from '../support/media.js';
import { emulateFeatures, painted } from './support.js';

const AXE = { ignoredRules: ['landmark-unique'] };
const TAGS = ['adds-churn-chart', 'active-vs-total', 'distribution-trend'] as const;

describe('axe: monthly charts with compare', () => {
  afterEach(() => emulateFeatures());

  it('comparison drawn (full and partly before the data), light, dark and Dutch, a tooltip open; forced colours', async () => {
    await emulateFeatures();
    const page = await fixture<HTMLElement>(
      html`<main>
        <h1>Compare</h1>
        <filter-context endpoint="/api" loading="eager" from="2025-11" to="2026-10" compare="previous-year" theme="light">
          ${TAGS.map((tag) => document.createElement(tag))}
        </filter-context>
        <filter-context endpoint="/api" loading="eager" from="2025-03" to="2026-02" compare="previous-period" theme="dark" locale="nl">
          ${TAGS.map((tag) => document.createElement(tag))}
        </filter-context>
      </main>`,
    );
    const charts = [...page.querySelectorAll<HTMLElement & { chartComplete: Promise<void> }>(TAGS.join(','))];
    expect(charts).to.have.length(6);
    for (const el of charts) {
      await until(() => el.shadowRoot!.querySelector('.month-chart rect.previous'), 8000, `${el.localName} comparison`);
      await el.chartComplete;
    }
    // The Dutch charts' comparison starts before the data: the note says so.
    await until(
      () => charts[3]!.shadowRoot!.querySelector('[part="comparison-note"]')?.textContent?.includes('geen gegevens'),
      5000,
      'Dutch note',
    );
    // A month's tooltip open by keyboard (its name carries both figures).
    [...charts[1]!.shadowRoot!.querySelectorAll<HTMLElement>('[part="legend-item"]')].at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    await until(() => charts[1]!.shadowRoot!.querySelector('[part="tooltip"]'), 3000, 'tooltip');
    expect(charts[1]!.shadowRoot!.activeElement!.getAttribute('aria-label')).to.match(/\(previous: [\d,]+/);
    await painted();
    await expect(page).to.be.accessible(AXE);

    // Forced colours: only Chromium can switch them while a test runs (test/support/media.ts).
    if (!emulatesMedia) return;
    await emulateFeatures({ forcedColors: 'active' });
    await painted();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    await expect(page).to.be.accessible(AXE);
    // Hollow beside filled: the comparison's column is painted with the page's background.
    const root = charts[1]!.shadowRoot!;
    const hollow = getComputedStyle(root.querySelector('.month-chart .columns rect.previous')!);
    const filled = getComputedStyle(root.querySelector('.month-chart .columns rect:not(.previous)')!);
    expect(hollow.fill).to.not.equal(filled.fill);
    expect(hollow.stroke).to.not.equal('none');
  });
});
