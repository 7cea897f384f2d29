/**
 * product-sunburst and distribution-tabs: size and render time.
 *
 *   node --import tsx -e "import('./bench/distribution.ts').then(m=>m.bench())"
 *
 * Sizes: each element's define.ts bundled in-process (rollup + node-resolve + esbuild + terser),
 * min+gzip, both as a first load (with lit, @lit/task, @lit/context, valibot) and as the
 * element's own cost on a page that already has the kit's shared runtime.
 * Render: the pure layout alone in Node, then the real element in headless Chromium
 * (puppeteer-core) over 5 products × 40 SKUs served by request interception (no network), from
 * insertion to 205 arcs on screen, and a zoom in/out (reduced motion, so no tween).
 */
import { bundle, gzipTotal, kb } from './support/bundle.ts';
import { chunkFiles, json, median, withPage } from './support/browser.ts';
import { sunburstLayout, sunburstView } from '../src/core/sunburst.ts';
import { topMembers } from '../src/core/top-n.ts';

const PRODUCTS = 5;
const SKUS_PER_PRODUCT = 40;
const RUNS = 15;

const ELEMENTS = {
  'product-sunburst': 'src/elements/product-sunburst/define.ts',
  'distribution-tabs': 'src/elements/distribution-tabs/define.ts',
} as const;

/** Every element as one file (dynamic imports inlined); `own` leaves the kit's shared runtime
 * (lit, @lit/*, valibot) out. min+gzip bytes. */
async function size(input: string | string[], own = false): Promise<number> {
  return gzipTotal(await bundle(input, { inline: true, external: own }));
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

function figures(customers: number) {
  return { customers, active: customers, added: 0, churned: 0 };
}

/** 5 products × 40 SKUs, deterministic counts. */
function sample() {
  const products = Array.from({ length: PRODUCTS }, (_, p) => ({
    key: `Product ${p + 1}`,
    label: `Product ${p + 1}`,
    ...figures(1000 - p * 150),
  }));
  const skus = products.flatMap((p, i) =>
    Array.from({ length: SKUS_PER_PRODUCT }, (_, s) => ({
      key: `P${i + 1} SKU ${s + 1}`,
      label: `P${i + 1} SKU ${s + 1}`,
      product: p.key,
      ...figures(Math.max(1, Math.round((p.customers / 8) * Math.exp(-s / 10)))),
    })),
  );
  const query = { from: '2025-11', to: '2026-10', filters: {} };
  const total = figures(2500);
  return {
    product: { query, by: 'product', total, rows: products },
    sku: { query, by: 'sku', total, rows: skus },
    segment: { query, by: 'segment', total, rows: skus.slice(0, 40).map(({ product: _p, ...r }) => r) },
  };
}

function layoutBench(data: ReturnType<typeof sample>): void {
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    const tree = sunburstLayout(data.product.rows, data.sku.rows);
    sunburstView(tree, null);
    sunburstView(tree, 'Product 1');
    times.push(performance.now() - t0);
  }
  const top: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    topMembers(data.sku.rows, 8);
    top.push(performance.now() - t0);
  }
  console.log(`sunburst layout + 2 views (Node, 5×40)   median ${ms(median(times))}`);
  console.log(`topMembers of 200 rows (Node)            median ${ms(median(top))}`);
}

async function browserBench(data: ReturnType<typeof sample>): Promise<void> {
  const chunks = await bundle(Object.values(ELEMENTS), { inline: true });
  const setup = {
    files: chunkFiles(chunks),
    route: (url: URL) => {
      if (!url.pathname.endsWith('/customers/breakdown')) return undefined;
      const by = url.searchParams.get('by') as keyof typeof data;
      return json(data[by] ?? data.segment);
    },
    module: `/${chunks.find((c) => c.isEntry)!.fileName}`,
    elements: ['product-sunburst', 'distribution-tabs'],
  };
  await withPage(setup, async (page) => {
    // Fresh endpoint path per run so the data client's cache never answers; the JSON is served
    // from memory, so the figure is parse + validate + layout + render.
    const runs = await page.evaluate(async (n: number) => {
      const out: { first: number; zoom: number; back: number }[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        const el = document.createElement('product-sunburst') as HTMLElement & {
          selected: string | null;
          updateComplete: Promise<unknown>;
        };
        el.setAttribute('endpoint', `/run${i}`);
        document.body.append(el);
        await new Promise<void>((resolve) => {
          const check = () =>
            el.shadowRoot?.querySelectorAll('path[data-depth]').length === 205 ? resolve() : requestAnimationFrame(check);
          check();
        });
        const t1 = performance.now();
        el.selected = 'Product 1';
        await el.updateComplete;
        const t2 = performance.now();
        el.selected = null;
        await el.updateComplete;
        const t3 = performance.now();
        el.remove();
        out.push({ first: t1 - t0, zoom: t2 - t1, back: t3 - t2 });
      }
      return out;
    }, RUNS);
    const tabs = await page.evaluate(async (n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        const el = document.createElement('distribution-tabs');
        el.setAttribute('endpoint', `/tabs${i}`);
        el.setAttribute('variant', i % 2 ? 'donut' : 'bars');
        document.body.append(el);
        await new Promise<void>((resolve) => {
          const check = () => (el.shadowRoot?.querySelector('[part="legend"]') ? resolve() : requestAnimationFrame(check));
          check();
        });
        out.push(performance.now() - t0);
        el.remove();
      }
      return out;
    }, RUNS);
    console.log(
      `product-sunburst 5×40, first render (Chromium, to 205 arcs, incl. 2 requests)   median ${ms(median(runs.map((r) => r.first)))}`,
    );
    console.log(
      `product-sunburst zoom in (render of 40 SKU arcs, no tween)                   median ${ms(median(runs.map((r) => r.zoom)))}`,
    );
    console.log(
      `product-sunburst zoom out (205 arcs)                                          median ${ms(median(runs.map((r) => r.back)))}`,
    );
    console.log(`distribution-tabs 40 members → top 8 + Other, first render (bars/donut)      median ${ms(median(tabs))}`);
  });
}

export async function bench(): Promise<void> {
  console.log('\n## product-sunburst, distribution-tabs: size (min+gzip)');
  for (const [name, input] of Object.entries(ELEMENTS)) {
    const [whole, own] = await Promise.all([size(input), size(input, true)]);
    console.log(`${name.padEnd(18)} first load ${kb(whole).padStart(8)}   own (beyond lit, @lit/*, valibot) ${kb(own).padStart(8)}`);
  }
  const both = await size(Object.values(ELEMENTS));
  console.log(`${'both on one page'.padEnd(18)} first load ${kb(both).padStart(8)} (shared chunks counted once)`);

  console.log(`\n## Render, ${PRODUCTS} products × ${SKUS_PER_PRODUCT} SKUs`);
  const data = sample();
  layoutBench(data);
  await browserBench(data);
}
