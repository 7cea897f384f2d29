/**
 * adds-churn-chart, active-vs-total, distribution-trend: size and time to a painted chart.
 *
 *   node --import tsx -e "import('./bench/charts.ts').then(m=>m.bench())"
 *
 * Sizes: each element's define.ts bundled in-process (rollup + node-resolve + esbuild +
 * terser) into memory, min+gzip (zlib level 9), two ways: code-split as shipped (the entry the
 * page loads first, plus its lazy chunks: the image export, the languages' words) and with the
 * dynamic imports inlined (one file: the element's full cost).
 * Render: headless Chromium (puppeteer-core), the built element on a page whose endpoint is
 * request interception (no network, no server), 24 months × 8 series. Timed from the element's
 * insertion (data request → parse → validate → draw with the kit's SVG month chart) to
 * `chartComplete` (drawn + one requestAnimationFrame), reduced motion (no tween). The first run
 * is cold (module evaluation, first layout); later runs are warm. Then an update in place (zoom
 * to 6 months; legend; tab switch) timed the same way.
 */
import { bundle, gzipTotal, kb, type OutputChunk } from './support/bundle.ts';
import { chunkFiles, json, median, withPage } from './support/browser.ts';

const MONTHS = 24;
const SERIES = 8;
const RUNS = 12;

const ELEMENTS = {
  'adds-churn-chart': 'src/elements/adds-churn-chart/define.ts',
  'active-vs-total': 'src/elements/active-vs-total/define.ts',
  'distribution-trend': 'src/elements/distribution-trend/define.ts',
} as const;

/** min+gzip of the entry (what the page loads first) and of the rest (the lazy chunks). */
function sizes(chunks: OutputChunk[]): { entry: number; lazy: number } {
  return { entry: gzipTotal(chunks.filter((c) => c.isEntry)), lazy: gzipTotal(chunks.filter((c) => !c.isEntry)) };
}

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

async function browserBench(chunks: OutputChunk[]): Promise<Record<string, Timing>> {
  const data = sample();
  const entry = chunks.find((c) => c.isEntry)!;
  const setup = {
    files: chunkFiles(chunks),
    route: (url: URL) => {
      if (url.pathname.endsWith('/customers/monthly')) return json(data.monthly);
      if (url.pathname.endsWith('/customers/trend')) return json(data.trend(url.searchParams.get('by') ?? 'market'));
      return undefined;
    },
    bodyStyle: 'width:1100px',
    module: `/${entry.fileName}`,
    elements: ['distribution-trend', 'adds-churn-chart'],
  };
  return withPage(setup, async (page) => {
    const out: Record<string, Timing> = {};
    for (const tag of Object.keys(ELEMENTS)) {
      const times = await page.evaluate(
        async (tag: string, n: number) => {
          type ChartEl = HTMLElement & { chartComplete: Promise<void>; dimension?: string };
          const painted = (el: ChartEl) =>
            new Promise<void>((resolve) => {
              const check = () => (el.shadowRoot?.querySelector('.month-chart .series') ? resolve() : requestAnimationFrame(check));
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
  });
}

export async function bench(): Promise<void> {
  console.log('\n## Chart elements: size (min+gzip, zlib -9)');
  console.log(
    `${'element'.padEnd(20)}${'entry (first load)'.padStart(20)}${'+ lazy chunks'.padStart(20)}${'= split total'.padStart(16)}${'inlined (1 file)'.padStart(20)}`,
  );
  for (const [name, input] of Object.entries(ELEMENTS)) {
    const [split, inline] = await Promise.all([bundle(input), bundle(input, { inline: true })]);
    const { entry, lazy } = sizes(split);
    console.log(
      `${name.padEnd(20)}${kb(entry).padStart(20)}${kb(lazy).padStart(20)}${kb(entry + lazy).padStart(16)}${kb(sizes(inline).entry).padStart(20)}`,
    );
  }
  const all = await bundle(Object.values(ELEMENTS)); // also the page of the render bench
  const { entry, lazy } = sizes(all);
  console.log(
    `${'all three, one page'.padEnd(20)}${kb(entry).padStart(20)}${kb(lazy).padStart(20)}${kb(entry + lazy).padStart(16)}${'—'.padStart(20)}`,
  );
  console.log('(entry includes lit, @lit/task, @lit/context, valibot; lazy = chunks loaded by import(), counted once)');

  console.log(`\n## Time to a painted chart, ${MONTHS} months × ${SERIES} series (Chromium, reduced motion, ${RUNS} runs)`);
  const t = await browserBench(all);
  console.log(
    `${'element'.padEnd(20)}${'first (cold import)'.padStart(22)}${'warm median'.padStart(14)}${'update median'.padStart(16)}  update is`,
  );
  const what: Record<string, string> = {
    'adds-churn-chart': 'zoom to 6 months',
    'active-vs-total': 'legend hides a series',
    'distribution-trend': 'tab switch (new fetch)',
  };
  for (const [tag, v] of Object.entries(t)) {
    console.log(`${tag.padEnd(20)}${ms(v.first).padStart(22)}${ms(v.warm).padStart(14)}${ms(v.update).padStart(16)}  ${what[tag]}`);
  }
}
