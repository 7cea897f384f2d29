/**
 * The demo dashboard's widgets, written once for the pages that show them: index.html (all of
 * them), brand.html (the same in a partner's brand) and secure.html (signed in: four tiles and
 * two charts). Plain markup, the tags a partner's page writes in its own HTML: the widgets need
 * no script of the page's (filters, cross-filtering, the URL are attributes of `filter-context`).
 *
 * The page's outline: its h1, a hidden h2 over the tiles (their titles at 3), every other
 * widget's title at 2.
 */

/** The KPI tiles, in order. */
export const TILES = ['customers', 'active', 'added', 'churned', 'subscriptions', 'products'];

/** The widgets below the tiles, a row each: one widget full width, two side by side. */
export const ROWS = [
  ['customer-geo-map'],
  ['adds-churn-chart', 'active-vs-total'],
  ['distribution-tabs', 'product-sunburst'],
  ['distribution-trend'],
];

/** secure.html's: the first four tiles and two charts. */
export const SIGNED_IN = { tiles: TILES.slice(0, 4), rows: [['adds-churn-chart', 'distribution-tabs']] };

const widget = (tag) => `<${tag} heading-level="2"></${tag}>`;
const row = (tags) => (tags.length > 1 ? `<div class="grid-2">${tags.map(widget).join('')}</div>` : widget(tags[0]));

/** The filter bar, the tiles and the rows of widgets, as markup. */
export function dashboardMarkup({ tiles = TILES, rows = ROWS } = {}) {
  return `<filter-bar></filter-bar>
    <section aria-labelledby="summary-title" class="kpis">
      <h2 id="summary-title" class="sr-only">Summary</h2>
      ${tiles.map((metric) => `<kpi-card metric="${metric}" heading-level="3"></kpi-card>`).join('')}
    </section>
    <div class="stack">${rows.map(row).join('')}</div>`;
}

/** Puts the dashboard into `main` (the page's `<main>` inside its `filter-context`). */
export function showDashboard(main, options) {
  main.insertAdjacentHTML('beforeend', dashboardMarkup(options));
}
