/**
 * axe-core on every widget in every state (loading, loaded, empty, error), in the light and dark
 * theme (the `theme` attribute) and in forced colours: zero violations. One page per element:
 * its eight instances (4 states × 2 themes) are checked together, then again in forced colours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/elements/active-vs-total/define.js';
import '../../src/elements/adds-churn-chart/define.js';
import '../../src/elements/customer-geo-map/define.js';
import '../../src/elements/distribution-tabs/define.js';
import '../../src/elements/distribution-trend/define.js';
import '../../src/elements/filter-bar/define.js';
import '../../src/elements/filter-context/define.js';
import '../../src/elements/kpi-card/define.js';
import '../../src/elements/product-sunburst/define.js';
import { until } from '../support/helpers.js';
import { emulateFeatures, painted, stateOf, type WidgetState } from './support.js';

/** Where each state comes from: the real endpoint, one without data, a 500, one that answers too late. */
const STATES: Record<WidgetState, string> = {
  complete: '/api',
  empty: '/empty-api',
  error: '/status/500/api',
  loading: '/delay/60000/api',
};

const WIDGETS: { tag: string; attributes?: string }[] = [
  { tag: 'kpi-card', attributes: 'metric="churned"' },
  { tag: 'kpi-card', attributes: 'metric="products"' },
  { tag: 'customer-geo-map' },
  { tag: 'adds-churn-chart' },
  { tag: 'active-vs-total' },
  { tag: 'distribution-tabs' },
  { tag: 'product-sunburst' },
  { tag: 'distribution-trend' },
];

const THEMES = ['light', 'dark'] as const;

/**
 * The same widget eight times names several regions alike on purpose (a loading, an empty and
 * an error card are all named by the title): `landmark-unique` is for pages, and the demo page
 * test (demo.test.ts) keeps it.
 */
const AXE = { ignoredRules: ['landmark-unique'] };

async function renderStates(tag: string, attributes = '') {
  const cells = THEMES.flatMap((theme) =>
    (Object.keys(STATES) as WidgetState[]).map(
      (state) => `<${tag} ${attributes} endpoint="${STATES[state]}" theme="${theme}" loading="eager" data-state="${state}"></${tag}>`,
    ),
  );
  // A page of its own: a main landmark, a heading, the widgets under it at level 2.
  const markup = `<main><h1>${tag}</h1>${cells.join('').replaceAll(`<${tag} `, `<${tag} heading-level="2" `)}</main>`;
  const page = await fixture<HTMLElement>(staticHtml`${unsafeStatic(markup)}`);
  const widgets = [...page.querySelectorAll<HTMLElement>(tag)];
  for (const el of widgets) {
    const want = el.dataset.state as WidgetState;
    await until(() => stateOf(el) === want, 8000, `${tag} ${want}: now ${stateOf(el)}`);
    await (el as HTMLElement & { chartComplete?: Promise<void> }).chartComplete;
  }
  await painted();
  return page;
}

describe('axe: every widget × state × theme × forced colours', () => {
  afterEach(() => emulateFeatures());

  for (const { tag, attributes } of WIDGETS) {
    it(`${tag}${attributes ? ` ${attributes}` : ''}: loading, loaded, empty, error; light and dark; forced colours`, async () => {
      await emulateFeatures();
      const page = await renderStates(tag, attributes);
      await expect(page).to.be.accessible(AXE);
      await emulateFeatures({ forcedColors: 'active' });
      await painted();
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      await expect(page).to.be.accessible(AXE);
    });
  }

  it('filter-bar in a filter-context: loaded and error, light and dark, forced colours', async () => {
    await emulateFeatures();
    const page = await fixture<HTMLElement>(html`<main>
      <h1>Filters</h1>
      <filter-context endpoint="/api" theme="light"><filter-bar></filter-bar></filter-context>
      <filter-context endpoint="/api" theme="dark"><filter-bar></filter-bar></filter-context>
      <filter-context endpoint="/status/500/api" theme="dark"><filter-bar></filter-bar></filter-context>
    </main>`);
    const bars = [...page.querySelectorAll('filter-bar')];
    await until(() => bars.every((bar) => bar.shadowRoot?.querySelector('[part~="range"]') || stateOf(bar) === 'error'), 8000, 'filter bars');
    await painted();
    await expect(page).to.be.accessible(AXE);
    await emulateFeatures({ forcedColors: 'active' });
    await painted();
    await expect(page).to.be.accessible(AXE);
  });
});
