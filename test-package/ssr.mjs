// Renders every element's shell with @lit-labs/ssr from the packed package, as a Node server
// (Next.js, Astro, Eleventy) would; prints { tag: html } as JSON for consumer.test.mjs.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

export const TAGS = [
  'filter-context',
  'filter-bar',
  'kpi-card',
  'customer-geo-map',
  'distribution-tabs',
  'product-sunburst',
  // Not rendered on the server: active-vs-total, adds-churn-chart and distribution-trend.
  // MonthlyChartElement.willUpdate (src/elements/shared/monthly-chart-element.ts,
  // `this.style.setProperty('--_chart-height', …)`) writes the host's inline style, which a
  // server-side element does not have (`this.style` is undefined under @lit-labs/ssr). They
  // import fine in Node; they render in the browser only.
];

const out = {};
for (const tag of TAGS) {
  await import(`insights-widgets/${tag}`);
  const t = unsafeStatic(tag);
  // English: the other shipped languages are lazy modules, so a first server render in `nl`
  // still shows English words (they arrive for the next render).
  out[tag] = await collectResult(render(html`<${t} endpoint="/insights"></${t}>`));
}
process.stdout.write(JSON.stringify(out));
