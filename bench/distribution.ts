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
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup, type OutputChunk } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { sunburstLayout, sunburstView } from '../src/core/sunburst.ts';
import { topMembers } from '../src/core/top-members.ts';

const PRODUCTS = 5;
const SKUS_PER_PRODUCT = 40;
const RUNS = 15;
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const ELEMENTS = {
  'product-sunburst': 'src/elements/product-sunburst/define.ts',
  'distribution-tabs': 'src/elements/distribution-tabs/define.ts',
} as const;

/** The kit's shared runtime, left out to measure an element's own cost. */
const SHARED = (id: string) => /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/|valibot)/.test(id);

/** One ES module for one entry, or for several (through a virtual entry importing each). */
async function bundle(input: string | string[], external = false): Promise<string> {
  const entries = Array.isArray(input) ? input : [input];
  const VIRTUAL = '\0distribution-entry';
  const build = await rollup({
    input: VIRTUAL,
    external: external ? SHARED : undefined,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === VIRTUAL ? VIRTUAL : null),
        load: (id) => (id === VIRTUAL ? entries.map((e) => `import ${JSON.stringify(resolve(e))};`).join('\n') : null),
      },
      nodeResolve({ browser: true }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      terser({ format: { comments: false }, module: true }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  return output
    .filter((o): o is OutputChunk => o.type === 'chunk')
    .map((c) => c.code)
    .join('\n');
}

const gz = (code: string) => gzipSync(code, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
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
  const { default: puppeteer } = await import('puppeteer-core');
  const code = await bundle(Object.values(ELEMENTS));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROME_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.setViewport({ width: 1200, height: 900 });
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = new URL(req.url());
      const json = (body: unknown) => req.respond({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
      if (url.pathname === '/') return req.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><body></body>' });
      if (url.pathname === '/kit.js') return req.respond({ status: 200, contentType: 'text/javascript', body: code });
      if (url.pathname.endsWith('/customers/breakdown')) {
        const by = url.searchParams.get('by') as keyof typeof data;
        return json(data[by] ?? data.segment);
      }
      return req.respond({ status: 404, body: '' });
    });
    // tsx compiles this file with esbuild's keepNames: functions passed to evaluate() call a
    // `__name` helper that only exists in Node.
    await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
    await page.goto('http://bench.local/');
    await page.addScriptTag({ url: '/kit.js', type: 'module' });
    await page.waitForFunction(() => customElements.get('product-sunburst') && customElements.get('distribution-tabs'));

    // Fresh endpoint path per run so the data client's cache never answers; the JSON is served
    // from memory, so the figure is parse + validate + layout + render.
    const runs = await page.evaluate(async (n: number) => {
      const out: { first: number; zoom: number; back: number }[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        const el = document.createElement('product-sunburst') as HTMLElement & { selected: string | null; updateComplete: Promise<unknown> };
        el.setAttribute('endpoint', `/run${i}`);
        document.body.append(el);
        await new Promise<void>((resolve) => {
          const check = () => (el.shadowRoot?.querySelectorAll('path[data-depth]').length === 205 ? resolve() : requestAnimationFrame(check));
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
    console.log(`product-sunburst zoom in (render of 40 SKU arcs, no tween)                   median ${ms(median(runs.map((r) => r.zoom)))}`);
    console.log(`product-sunburst zoom out (205 arcs)                                          median ${ms(median(runs.map((r) => r.back)))}`);
    console.log(`distribution-tabs 40 members → top 8 + Other, first render (bars/donut)      median ${ms(median(tabs))}`);
  } finally {
    await browser.close();
  }
}

export async function bench(): Promise<void> {
  console.log('\n## product-sunburst, distribution-tabs: size (min+gzip)');
  for (const [name, input] of Object.entries(ELEMENTS)) {
    const [whole, own] = await Promise.all([bundle(input), bundle(input, true)]);
    console.log(
      `${name.padEnd(18)} first load ${kb(gz(whole)).padStart(8)}   own (beyond lit, @lit/*, valibot) ${kb(gz(own)).padStart(8)}`,
    );
  }
  const both = await bundle(Object.values(ELEMENTS));
  console.log(`${'both on one page'.padEnd(18)} first load ${kb(gz(both)).padStart(8)} (shared chunks counted once)`);

  console.log(`\n## Render, ${PRODUCTS} products × ${SKUS_PER_PRODUCT} SKUs`);
  const data = sample();
  layoutBench(data);
  await browserBench(data);
}
