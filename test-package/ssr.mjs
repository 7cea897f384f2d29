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
  'active-vs-total',
  'adds-churn-chart',
  'distribution-trend',
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
