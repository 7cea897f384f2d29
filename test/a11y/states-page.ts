/**
 * Pages for the axe checks (axe-states, and forced-colors.chromium): every widget in every state
 * (loading, loaded, empty, error) in the light and dark theme, and the filter bar.
 */
import { fixture, html } from '@open-wc/testing';
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
import { painted, stateOf, type WidgetState } from './support.js';

/**
 * Where each state comes from: the real endpoint, one without data, a 500, one that answers too
 * late. The late one's address differs from page to page: a browser may hand a later page the
 * answer to an earlier page's request for the same address.
 */
const STATES: Record<WidgetState, () => string> = {
  complete: () => '/api',
  empty: () => '/empty-api',
  error: () => '/status/500/api',
  loading: () => `/delay/${60_000 + (Date.now() % 10_000)}/api`,
};

export const WIDGETS: { tag: string; attributes?: string }[] = [
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
export const AXE = { ignoredRules: ['landmark-unique'] };

/** The last page's loading endpoint (`/delay/<ms>/api`), whose requests still wait. */
let lastLoading: string | undefined;

export async function renderStates(tag: string, attributes = '') {
  // The last page's loading requests answered now: up to ten seconds each, they would hold the
  // browser's six connections to the test server, and this page's answers queue behind them.
  if (lastLoading) await fetch(lastLoading.replace('/delay/', '/delay-release/').replace(/\/api$/, ''));
  const endpoints = Object.fromEntries(Object.entries(STATES).map(([state, endpoint]) => [state, endpoint()]));
  lastLoading = endpoints.loading;
  const cells = THEMES.flatMap((theme) =>
    (Object.keys(STATES) as WidgetState[]).map(
      (state) => `<${tag} ${attributes} endpoint="${endpoints[state]}" theme="${theme}" loading="eager" data-state="${state}"></${tag}>`,
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

/** filter-bar in filter-contexts: loaded light, loaded dark and an error, each in its own context. */
export async function renderFilterBars() {
  const page = await fixture<HTMLElement>(
    html`<main>
      <h1>Filters</h1>
      <filter-context endpoint="/api" theme="light"><filter-bar></filter-bar></filter-context>
      <filter-context endpoint="/api" theme="dark"><filter-bar></filter-bar></filter-context>
      <filter-context endpoint="/status/500/api" theme="dark"><filter-bar></filter-bar></filter-context>
    </main>`,
  );
  const bars = [...page.querySelectorAll('filter-bar')];
  await until(() => bars.every((bar) => bar.shadowRoot?.querySelector('[part~="range"]') || stateOf(bar) === 'error'), 8000, 'filter bars');
  await painted();
  return page;
}
