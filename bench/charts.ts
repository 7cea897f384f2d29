/**
 * adds-churn-chart, active-vs-total, distribution-trend: size and time to a painted chart.
 *
 *   node --import tsx -e "import('./bench/charts.ts').then(m=>m.bench())"
 *
 * Sizes: each element's define.ts bundled in-process (rollup + node-resolve + esbuild +
 * terser) into memory, min+gzip (zlib level 9), two ways: code-split as shipped (the entry the
 * page loads first, plus the lazy `import('apexcharts')` chunk fetched when a chart draws) and
 * with the dynamic import inlined (one file: the element's full cost including ApexCharts).
 * Render: headless Chromium (puppeteer-core), the built element on a page whose endpoint is
 * request interception (no network, no server), 24 months × 8 series. Timed from the element's
 * insertion (data request → parse → validate → ApexCharts create) to `chartComplete` (ApexCharts'
 * render promise + one requestAnimationFrame), reduced motion (no tween). The first run includes
 * evaluating the lazily loaded ApexCharts module; later runs are warm. Then an update in place
 * (zoom to 6 months; tab switch) timed the same way.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup, type OutputChunk } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const MONTHS = 24;
const SERIES = 8;
const RUNS = 12;
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
  'adds-churn-chart': 'src/elements/adds-churn-chart/define.ts',
  'active-vs-total': 'src/elements/active-vs-total/define.ts',
  'distribution-trend': 'src/elements/distribution-trend/define.ts',
} as const;

interface Built {
  /** Chunks by name; `entry` is what the page loads first. */
  entry: string;
  lazy: string[];
}

async function bundle(entries: string[], inline: boolean): Promise<Built> {
  const VIRTUAL = '\0charts-entry';
  const build = await rollup({
    input: VIRTUAL,
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
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: inline });
  await build.close();
  const chunks = output.filter((o): o is OutputChunk => o.type === 'chunk');
  return { entry: chunks.find((c) => c.isEntry)!.code, lazy: chunks.filter((c) => !c.isEntry).map((c) => c.code) };
}

const gz = (code: string) => gzipSync(code, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

function monthList(): string[] {
  return Array.from({ length: MONTHS }, (_, i) => {
    const y = 2024 + Math.floor((i + 10) / 12);
    const m = ((i + 10) % 12) + 1;
    return `${y}-${String(m).padStart(2, '0')}`;
  });
}

/** Deterministic 24-month answers: monthly rows and a trend of 8 members. */
function sample() {
  const months = monthList();
  const query = { from: months[0], to: months[MONTHS - 1], filters: {} };
  let customers = 400;
  const rows = months.map((month, i) => {
    const added = 10 + ((i * 7) % 13);
    const churned = 3 + ((i * 5) % 7);
    const existing = customers - churned;
    customers = existing + added;
    return { month, customers, active: Math.round(customers * 0.75), new: added, existing, churned };
  });
  const monthly = { query, before: { month: '2024-10', customers: 400 }, months: rows, products: [] };
  const trend = (by: string) => ({
    query,
    by,
    months,
    series: Array.from({ length: SERIES }, (_, s) => ({
      key: `${by}-${s + 1}`,
      label: `${by} member ${s + 1}`,
      values: months.map((_, i) => 20 + s * 9 + ((i * (s + 3)) % 11)),
    })),
  });
  return { monthly, trend };
}

interface Timing {
  first: number;
  warm: number;
  update: number;
}

async function browserBench(code: Built): Promise<Record<string, Timing>> {
  const { default: puppeteer } = await import('puppeteer-core');
  const data = sample();
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
    const lazy = new Map(code.lazy.map((c, i) => [`/lazy${i}.js`, c]));
    let entry = code.entry;
    // Rollup names chunks itself; serve them under the names the entry imports.
    const names = [...entry.matchAll(/import\(["']\.\/([^"']+)["']\)/g)].map((m) => m[1]);
    names.forEach((n, i) => (entry = entry.replaceAll(`./${n}`, `/lazy${i}.js`)));
    page.on('request', (req) => {
      const url = new URL(req.url());
      const json = (body: unknown) => req.respond({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
      if (url.pathname === '/') return req.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><body style="width:1100px"></body>' });
      if (url.pathname === '/kit.js') return req.respond({ status: 200, contentType: 'text/javascript', body: entry });
      if (lazy.has(url.pathname)) return req.respond({ status: 200, contentType: 'text/javascript', body: lazy.get(url.pathname)! });
      if (url.pathname.endsWith('/customers/monthly')) return json(data.monthly);
      if (url.pathname.endsWith('/customers/trend')) return json(data.trend(url.searchParams.get('by') ?? 'market'));
      return req.respond({ status: 404, body: '' });
    });
    await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
    await page.goto('http://bench.local/');
    await page.addScriptTag({ url: '/kit.js', type: 'module' });
    await page.waitForFunction(() => customElements.get('distribution-trend') && customElements.get('adds-churn-chart'));

    const out: Record<string, Timing> = {};
    for (const tag of Object.keys(ELEMENTS)) {
      const times = await page.evaluate(
        async (tag: string, n: number) => {
          type ChartEl = HTMLElement & { chartComplete: Promise<void>; dimension?: string };
          const painted = (el: ChartEl) =>
            new Promise<void>((resolve) => {
              const check = () =>
                el.shadowRoot?.querySelector('.apexcharts-series') ? resolve() : requestAnimationFrame(check);
              check();
            }).then(() => el.chartComplete);
          const first: number[] = [];
          const update: number[] = [];
          for (let i = 0; i < n; i++) {
            const t0 = performance.now();
            const el = document.createElement(tag) as ChartEl;
            el.setAttribute('endpoint', `/run-${tag}-${i}`); // fresh URL: the client cache never answers
            document.body.append(el);
            await painted(el);
            first.push(performance.now() - t0);
            const t1 = performance.now();
            if (tag === 'distribution-trend') {
              el.dimension = 'product';
              await el.chartComplete;
              await new Promise<void>((resolve) => {
                const check = () =>
                  el.shadowRoot?.querySelector('caption')?.textContent?.includes('product') &&
                  el.shadowRoot?.querySelector('.wrap[aria-busy="false"]')
                    ? resolve()
                    : requestAnimationFrame(check);
                check();
              });
              await el.chartComplete;
            } else if (tag === 'adds-churn-chart') {
              const start = el.shadowRoot!.querySelector<HTMLInputElement>('[part="zoom-start"]')!;
              start.value = '18';
              start.dispatchEvent(new Event('input'));
              await el.chartComplete;
            } else {
              el.shadowRoot!.querySelector<HTMLButtonElement>('[part="legend-item"]')!.click();
              await el.chartComplete;
            }
            update.push(performance.now() - t1);
            el.remove();
            await new Promise((r) => setTimeout(r));
          }
          return { first, update };
        },
        tag,
        RUNS,
      );
      out[tag] = { first: times.first[0], warm: median(times.first.slice(1)), update: median(times.update) };
    }
    return out;
  } finally {
    await browser.close();
  }
}

export async function bench(): Promise<void> {
  console.log('\n## Chart elements: size (min+gzip, zlib -9)');
  console.log(
    `${'element'.padEnd(20)}${'entry (first load)'.padStart(20)}${'+ lazy ApexCharts'.padStart(20)}${'= split total'.padStart(16)}${'inlined (1 file)'.padStart(20)}`,
  );
  for (const [name, input] of Object.entries(ELEMENTS)) {
    const [split, inline] = await Promise.all([bundle([input], false), bundle([input], true)]);
    const lazy = split.lazy.reduce((a, c) => a + gz(c), 0);
    console.log(
      `${name.padEnd(20)}${kb(gz(split.entry)).padStart(20)}${kb(lazy).padStart(20)}${kb(gz(split.entry) + lazy).padStart(16)}${kb(gz(inline.entry)).padStart(20)}`,
    );
  }
  const all = await bundle(Object.values(ELEMENTS), false); // also the page of the render bench
  const allLazy = all.lazy.reduce((a, c) => a + gz(c), 0);
  console.log(
    `${'all three, one page'.padEnd(20)}${kb(gz(all.entry)).padStart(20)}${kb(allLazy).padStart(20)}${kb(gz(all.entry) + allLazy).padStart(16)}${'—'.padStart(20)}`,
  );
  console.log('(entry includes lit, @lit/task, @lit/context, valibot; lazy = the import(\'apexcharts\') chunk, counted once)');

  console.log(`\n## Time to a painted chart, ${MONTHS} months × ${SERIES} series (Chromium, reduced motion, ${RUNS} runs)`);
  const t = await browserBench(all);
  console.log(`${'element'.padEnd(20)}${'first (cold import)'.padStart(22)}${'warm median'.padStart(14)}${'update median'.padStart(16)}  update is`);
  const what: Record<string, string> = {
    'adds-churn-chart': 'zoom to 6 months',
    'active-vs-total': 'legend hides a series',
    'distribution-trend': 'tab switch (new fetch)',
  };
  for (const [tag, v] of Object.entries(t)) {
    console.log(`${tag.padEnd(20)}${ms(v.first).padStart(22)}${ms(v.warm).padStart(14)}${ms(v.update).padStart(16)}  ${what[tag]}`);
  }
}
