/**
 * `npm run bench -- export`: the cost of export.
 * - Time to produce each widget's CSV (`toCSV()`), SVG and PNG (`toImage()`) on the full
 *   dashboard (five KPI tiles and the seven widgets in one filter-context, dark theme) against
 *   the real reference server and the built script-tag bundle (`npm run build:js` first), in
 *   headless Chromium at devicePixelRatio 2. Medians; the first image includes loading the
 *   lazy image chunk (reported apart).
 * - Bytes export adds to each element entry (min+gzip, first load): this tree against the
 *   branch point with `main` (`git merge-base HEAD main`, its `src/` extracted to `.bench/`),
 *   and the lazy image chunk.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';
import { median } from './support/browser.ts';
import { entrySize, kb } from './support/bundle.ts';
import { startReferenceServer } from './support/reference-server.ts';

const RUNS = 7;

const PAGE = `<!doctype html><html lang="en"><head><script type="module" src="/cdn/insights-widgets.js"></script>
<style>:root{color-scheme:dark;background:#111418} body{margin:0;width:1200px} .tiles{display:grid;grid-template-columns:repeat(5,1fr);gap:8px}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:8px}</style></head>
<body><filter-context endpoint="/" loading="eager">
  <div class="tiles">${['customers', 'active', 'added', 'churned', 'products'].map((m) => `<kpi-card metric="${m}"></kpi-card>`).join('')}</div>
  <customer-geo-map></customer-geo-map>
  <div class="pair"><adds-churn-chart></adds-churn-chart><active-vs-total></active-vs-total></div>
  <div class="pair"><distribution-tabs></distribution-tabs><product-sunburst></product-sunburst></div>
  <distribution-trend></distribution-trend>
</filter-context></body></html>`;

interface Timing {
  name: string;
  csv: number[];
  svg: number[];
  png: number[];
  csvBytes: number;
  svgBytes: number;
  pngBytes: number;
  pngSize: string;
}

async function timings(): Promise<{ rows: Timing[]; firstImage: number }> {
  if (!existsSync('cdn/insights-widgets.js')) throw new Error('bench export: run `npm run build:js` first (it serves cdn/).');
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await startReferenceServer();
  const browser = await puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1200, height: 900, deviceScaleFactor: 2 });
    await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await tab.setRequestInterception(true);
    tab.on('request', (req) => {
      if (new URL(req.url()).pathname === '/bench.html') return void req.respond({ status: 200, contentType: 'text/html', body: PAGE });
      void req.continue();
    });
    // tsx compiles with keepNames: functions given to evaluate() call a `__name` helper.
    await tab.evaluateOnNewDocument('globalThis.__name = (f) => f');
    await tab.goto(`${server.url}bench.html`);
    return await tab.evaluate(async (runs: number) => {
      type W = HTMLElement & { toCSV(): string; toImage(t: 'png' | 'svg'): Promise<Blob>; chartComplete?: Promise<void> };
      const widgets = [...document.querySelectorAll('filter-context *')].filter((e): e is W => 'toCSV' in e);
      const hasData = (w: W) => {
        try {
          return w.toCSV().length > 0;
        } catch {
          return false;
        }
      };
      while (!widgets.every(hasData)) await new Promise((r) => setTimeout(r, 50));
      for (const w of widgets) await w.chartComplete;
      const time = async (f: () => unknown) => {
        const t0 = performance.now();
        await f();
        return performance.now() - t0;
      };
      const firstImage = await time(() => widgets[0]!.toImage('svg'));
      const rows = [];
      for (const w of widgets) {
        const name = w.getAttribute('metric') ? `${w.localName}[${w.getAttribute('metric')}]` : w.localName;
        const row = {
          name,
          csv: [] as number[],
          svg: [] as number[],
          png: [] as number[],
          csvBytes: w.toCSV().length,
          svgBytes: 0,
          pngBytes: 0,
          pngSize: '',
        };
        for (let i = 0; i < runs; i++) {
          row.csv.push(await time(() => w.toCSV()));
          row.svg.push(await time(async () => (row.svgBytes = (await w.toImage('svg')).size)));
          row.png.push(
            await time(async () => {
              const png = await w.toImage('png');
              row.pngBytes = png.size;
              const bitmap = await createImageBitmap(png);
              row.pngSize = `${bitmap.width}×${bitmap.height}`;
            }),
          );
        }
        rows.push(row);
      }
      return { rows, firstImage };
    }, RUNS);
  } finally {
    await browser.close();
    server.child.kill();
  }
}

/** Each element entry's first load and lazy image chunk, in `root` (a tree of the kit's sources). */
async function entrySizes(root: string): Promise<Map<string, { first: number; image: number }>> {
  const sizes = new Map<string, { first: number; image: number }>();
  const tags = readdirSync(`${root}/src/elements`).filter((d) => existsSync(`${root}/src/elements/${d}/define.ts`));
  for (const tag of tags) {
    const size = await entrySize(`${root}/src/elements/${tag}/define.ts`);
    sizes.set(tag, { first: size.firstLoad, image: size.lazy['export-image'] ?? 0 });
  }
  return sizes;
}

export async function bench(): Promise<void> {
  const { rows, firstImage } = await timings();
  const ms = (xs: number[]) => `${median(xs).toFixed(1)} ms`.padStart(9);
  console.log(`\n## Export on the full dashboard (1200 px, dark, devicePixelRatio 2; medians of ${RUNS})`);
  console.log(`first toImage() of the page (loads the image chunk): ${firstImage.toFixed(0)} ms`);
  console.log(
    `${'widget'.padEnd(26)} ${'toCSV'.padStart(9)} ${'CSV'.padStart(8)} ${'SVG'.padStart(9)} ${'SVG size'.padStart(9)} ${'PNG'.padStart(9)} ${'PNG size'.padStart(9)}  PNG px`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(26)} ${ms(r.csv)} ${kb(r.csvBytes).padStart(8)} ${ms(r.svg)} ${kb(r.svgBytes).padStart(9)} ${ms(r.png)} ${kb(r.pngBytes).padStart(9)}  ${r.pngSize}`,
    );
  }

  const base = execSync('git merge-base HEAD main').toString().trim();
  const before = '.bench/export-before';
  rmSync(before, { recursive: true, force: true });
  mkdirSync(before, { recursive: true });
  execSync(`git archive ${base} src | tar -x -C ${before}`);
  try {
    const [old, now] = [await entrySizes(before), await entrySizes('.')];
    console.log(`\n## Bytes export adds per element entry (min+gzip first load; before = ${base.slice(0, 8)}, the branch point with main)`);
    for (const [tag, size] of now) {
      const was = old.get(tag)?.first ?? 0;
      const lazy = size.image ? `   lazy export-image ${kb(size.image)}` : '';
      console.log(`${tag.padEnd(20)} ${kb(was).padStart(9)} → ${kb(size.first).padStart(9)}  (+${kb(size.first - was)})${lazy}`);
    }
  } finally {
    rmSync(before, { recursive: true, force: true });
  }
}
