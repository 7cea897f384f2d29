/**
 * axe-core on the states `compare`, targets and the info popover add: comparison on, no data for
 * the comparison, a target met and one missed, the info popover open; light and dark, then in
 * forced colours. Zero violations.
 */
import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/elements/customer-geo-map/define.js';
import '../../src/elements/distribution-tabs/define.js';
import '../../src/elements/kpi-card/define.js';
import '../../src/elements/product-sunburst/define.js';
import { until } from '../support/helpers.js';
import { emulatesMedia } from '../support/media.js';
import { emulateFeatures, painted } from './support.js';

const AXE = { ignoredRules: ['landmark-unique'] };
// 2025-12..2026-10 compares with whole ranges; 2024-11..2025-04 a year earlier has no data.
const ON = 'endpoint="/api" from="2025-12" to="2026-10" compare="previous-period"';
const NONE = 'endpoint="/api" from="2024-11" to="2025-04" compare="previous-year"';

const CELLS = [
  `<kpi-card metric="customers" ${ON} target="100000"></kpi-card>`,
  `<kpi-card metric="churned" ${ON} target="100000"></kpi-card>`,
  `<kpi-card metric="added" ${NONE}></kpi-card>`,
  `<kpi-card metric="products" ${ON}></kpi-card>`,
  `<customer-geo-map ${ON}></customer-geo-map>`,
  `<customer-geo-map ${NONE}></customer-geo-map>`,
  `<distribution-tabs variant="bars" ${ON}></distribution-tabs>`,
  `<distribution-tabs variant="donut" ${ON}></distribution-tabs>`,
  `<distribution-tabs variant="donut" ${NONE}></distribution-tabs>`,
  `<product-sunburst ${ON}></product-sunburst>`,
];

const settled = (el: Element) =>
  !!el.shadowRoot?.querySelector('[part~="change"], [part~="comparison"]:not(:empty)') && !el.shadowRoot.textContent!.includes('…');

describe('axe: compare, targets and info', () => {
  afterEach(() => emulateFeatures());

  for (const theme of ['light', 'dark']) {
    it(`${theme}: comparison on and without data, targets met and missed, info open; and in forced colours`, async () => {
      await emulateFeatures();
      const cells = CELLS.map((c) => c.replace(/^<([a-z-]+) /, `<$1 heading-level="2" theme="${theme}" loading="eager" `));
      const page = await fixture<HTMLElement>(staticHtml`${unsafeStatic(`<main><h1>Compare</h1>${cells.join('')}</main>`)}`);
      const widgets = [...page.querySelectorAll('kpi-card, customer-geo-map, distribution-tabs, product-sunburst')];
      expect(widgets).to.have.length(CELLS.length);
      for (const el of widgets) await until(() => settled(el), 10000, `${el.localName} comparison`);
      const info = widgets[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="info"]')!;
      info.click();
      expect(widgets[0]!.shadowRoot!.querySelector('[part~="info-popover"]')!.matches(':popover-open')).to.equal(true);
      expect(widgets[0]!.shadowRoot!.querySelector('[part~="target"].missed')).to.not.equal(null);
      expect(widgets[1]!.shadowRoot!.querySelector('[part~="target"].met')).to.not.equal(null);
      await painted();
      await expect(page).to.be.accessible(AXE);
      // Forced colours: only Chromium can switch them while a test runs (test/support/media.ts).
      if (!emulatesMedia) return;
      await emulateFeatures({ forcedColors: 'active' });
      await painted();
      await expect(page).to.be.accessible(AXE);
    });
  }
});
