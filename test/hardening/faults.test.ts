/**
 * Every fault an endpoint can have, against every widget at once: each widget ends in a
 * readable error with Retry (never a skeleton forever, never a half-drawn chart), a sibling
 * dashboard on a healthy endpoint keeps working, and Retry recovers once the fault is gone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bundle.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import { RUN_KEY, until, WIDGET_TAGS } from '../support/helpers.js';

/** What each widget shows once it has data. */
const DATA: Record<(typeof WIDGET_TAGS)[number], string> = {
  'kpi-card': '[part="value"]',
  'customer-geo-map': '[part="table"]',
  'adds-churn-chart': '[part="chart"]',
  'active-vs-total': '[part="chart"]',
  'distribution-tabs': '[part="bars"]',
  'product-sunburst': '[part~="arc"]',
  'distribution-trend': '[part="chart"]',
};

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
/** The test server under another name: another origin, whose answers the browser reads only with CORS. */
const OTHER_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const setFault = (key: string, fault: string) => fetch(`/fault-set?key=${key}&fault=${fault}`);

let keys = 0;

async function dashboards(fault: string) {
  const key = `${RUN_KEY}-k${++keys}`;
  await setFault(key, fault);
  // A 1 s timeout makes the hung endpoint quick to test; 50 MB of garbage (× 7 widgets) needs
  // longer to arrive, a minute on a loaded machine.
  const timeout = fault === 'garbage' ? 60 : 1;
  // Missing CORS headers only matter to a page of another origin.
  const endpoint = `${fault === 'no-cors' ? OTHER_ORIGIN : ''}/fault/${key}`;
  const page = await fixture(
    html`<div>
      <filter-context endpoint=${endpoint} timeout=${timeout} loading="eager" id="faulty">
        ${WIDGET_TAGS.map((tag) => document.createElement(tag))}
      </filter-context>
      <filter-context endpoint="/api" loading="eager" id="healthy"><kpi-card metric="customers"></kpi-card></filter-context>
    </div>`,
  );
  const faulty = page.querySelector<FilterContext>('#faulty')!;
  const widgets = WIDGET_TAGS.map((tag) => faulty.querySelector(tag)!);
  return { key, page, widgets, sibling: page.querySelector('#healthy kpi-card')! };
}

/** Waits until every widget shows an error (or, with `state`, that state). */
async function settled(widgets: Element[], state = 'error') {
  await until(() => widgets.every((w) => $(w, `[part="${state}"]`)), 75_000, `every widget to show ${state}`);
}

const CASES: [fault: string, words: RegExp][] = [
  ['500', /The endpoint answered 500: Fixture status 500/],
  ['404', /The endpoint answered 404/],
  ['401', /The endpoint answered 401/],
  ['hang', /The endpoint did not answer in 1 s/],
  ['not-json', /not JSON/],
  ['garbage', /not JSON/],
  ['wrong-shape', /does not match the data contract \(/],
  ['cut', /Could not reach the data endpoint/],
  ['no-cors', /Could not reach the data endpoint/],
];

describe('hardening: endpoint faults × every widget', () => {
  for (const [fault, words] of CASES) {
    it(`${fault}: a readable error with Retry in every widget, the sibling unharmed, Retry recovers`, async function () {
      this.timeout(150_000);
      const { key, widgets, sibling } = await dashboards(fault);
      await settled(widgets);
      for (const w of widgets) {
        const error = $(w, '[part="error"]')!;
        expect(error.getAttribute('role'), w.localName).to.equal('alert');
        expect(error.textContent, w.localName).to.match(words);
        expect($(w, '[part="skeleton"]'), w.localName).to.equal(null);
        expect($(w, 'svg.month-chart'), w.localName).to.equal(null);
      }
      await until(() => $(sibling, '[part="value"]'), 8000, 'the sibling dashboard');
      // The fault is mended: Retry in each widget loads its data.
      await setFault(key, 'none');
      for (const w of widgets) ($(w, '[part="retry"]') as HTMLButtonElement).click();
      const recovered = (w: Element) => $(w, DATA[w.localName as keyof typeof DATA]) && !$(w, '[part="error"]');
      await until(
        () => widgets.every(recovered),
        30_000,
        `every widget to recover (${widgets.filter((w) => !recovered(w)).map((w) => w.localName)})`,
      ).catch((error) => {
        throw new Error(
          `${error.message}: not recovered: ${widgets
            .filter((w) => !recovered(w))
            .map((w) => w.localName)
            .join(', ')}`,
        );
      });
    });
  }

  it('empty: every widget says the range holds no customers', async () => {
    const { widgets } = await dashboards('empty');
    await settled(widgets, 'empty');
    for (const w of widgets) expect($(w, '[part="empty"]')!.textContent, w.localName).to.contain('No customers');
  });

  it('a Retry while the fault holds fails again, quickly, with the same words', async () => {
    const { widgets } = await dashboards('503');
    await settled(widgets);
    const kpi = widgets[0]!;
    ($(kpi, '[part="retry"]') as HTMLButtonElement).click();
    await until(() => $(kpi, '[part="skeleton"]') || $(kpi, '[part="error"]'), 2000, 'retry started');
    await until(() => $(kpi, '[part="error"]'), 2000, 'retry failed again');
    expect($(kpi, '[part="error"]')!.textContent).to.contain('503');
  });
});

describe('hardening: lenient reader', () => {
  it('an endpoint without monthly.products: only the products tile says what is missing', async () => {
    const page = await fixture(
      html`<filter-context endpoint="/fixtures/no-products">
        <kpi-card metric="customers"></kpi-card><kpi-card metric="products"></kpi-card>
      </filter-context>`,
    );
    const [customers, products] = [...page.querySelectorAll('kpi-card')];
    await until(() => $(products!, '[part="error"]') && $(customers!, '[part="value"]'), 8000, 'both tiles');
    expect($(customers!, '[part="value"]')!.textContent).to.equal('12');
    expect($(products!, '[part="error"]')!.textContent).to.contain('has no "products", which this widget needs');
  });
});
