/**
 * customer-geo-map: size and time to a drawn map with 200 countries of data.
 *
 *   node --import tsx -e "import('./bench/geo-map.ts').then(m=>m.bench())"
 *
 * Sizes: src/elements/customer-geo-map/define.ts bundled in-process (rollup + node-resolve +
 * json + esbuild + terser) into memory, min+gzip (zlib level 9): the element as a page first
 * loads it (lit, @lit/task, @lit/context, valibot, d3-geo, topojson-client included), and the
 * lazily imported world-atlas chunk on its own.
 * Render: headless Chromium (puppeteer-core), the built element on a page whose endpoint is
 * request interception (no network, no server), test/fixtures/geo-200 (200 countries).
 * Timed from the element's insertion (data request → validate → atlas → projection fit →
 * 176 paths + dots + 200 grid rows) until everything is in the DOM. The first run includes
 * fetching and evaluating the atlas chunk; later runs are warm (atlas cached, fresh data URL).
 * Then updates in place: metric switch, a resize (projection refit), a zoom (reduced motion).
 */
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup, type OutputChunk } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const ENTRY = 'src/elements/customer-geo-map/define.ts';
const FIXTURE = 'test/fixtures/geo-200/customers/breakdown.json';
const RUNS = 10;
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const gz = (code: string) => gzipSync(code, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The element's chunks as rollup writes them (code-split: the atlas is its own chunk). */
async function build(): Promise<OutputChunk[]> {
  const bundle = await rollup({
    input: resolve(ENTRY),
    plugins: [
      nodeResolve({ browser: true }),
      json({ preferConst: true, compact: true }),
      // esnext keeps `with { type: 'json' }` (es2022 would drop it; plugin-json does not mind,
      // but the emitted code should match what the browser build ships).
      esbuild({ target: 'esnext', tsconfig: 'tsconfig.json' }),
      terser({ format: { comments: false }, module: true }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output.filter((o): o is OutputChunk => o.type === 'chunk');
}

interface Timings {
  first: number;
  warm: number[];
  /** From the data response's end (resource timing) to drawn: the element's own work. */
  afterData: number[];
  metric: number[];
  resize: number[];
  zoom: number[];
}

async function browserBench(chunks: OutputChunk[]): Promise<Timings> {
  const { default: puppeteer } = await import('puppeteer-core');
  const data = readFileSync(FIXTURE, 'utf8');
  const entry = chunks.find((c) => c.isEntry)!;
  const files = new Map(chunks.map((c) => [`/${c.fileName}`, c.code]));
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
      if (url.pathname === '/') {
        return req.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><body style="width:1100px;margin:0"></body>' });
      }
      if (files.has(url.pathname)) return req.respond({ status: 200, contentType: 'text/javascript', body: files.get(url.pathname)! });
      if (url.pathname.endsWith('/customers/breakdown')) return req.respond({ status: 200, contentType: 'application/json', body: data });
      return req.respond({ status: 404, body: '' });
    });
    await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
    await page.goto('http://bench.local/');
    await page.addScriptTag({ url: `/${entry.fileName}`, type: 'module' });
    await page.waitForFunction(() => customElements.get('customer-geo-map'));

    return await page.evaluate(async (runs: number) => {
      type GeoEl = HTMLElement & { metric: string; selected: string; updateComplete: Promise<boolean> };
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const until = async (ok: () => unknown) => {
        while (!ok()) await frame();
      };
      const drawn = (el: GeoEl) =>
        (el.shadowRoot?.querySelectorAll('svg path').length ?? 0) >= 176 &&
        el.shadowRoot!.querySelectorAll('tbody tr[data-key]').length === 200;
      const out = { first: 0, warm: [] as number[], afterData: [] as number[], metric: [] as number[], resize: [] as number[], zoom: [] as number[] };
      for (let i = 0; i <= runs; i++) {
        const t0 = performance.now();
        const el = document.createElement('customer-geo-map') as GeoEl;
        el.setAttribute('endpoint', `/run-${i}`); // fresh URL: the client cache never answers
        document.body.append(el);
        await until(() => drawn(el));
        const done = performance.now();
        const t = done - t0;
        const response = performance
          .getEntriesByType('resource')
          .find((e) => e.name.includes(`/run-${i}/customers/breakdown`)) as PerformanceResourceTiming | undefined;
        if (i === 0) out.first = t;
        else {
          out.warm.push(t);
          if (response) out.afterData.push(done - response.responseEnd);
        }

        let t1 = performance.now();
        el.metric = i % 2 ? 'active' : 'added';
        await el.updateComplete;
        out.metric.push(performance.now() - t1);

        const svg = () => el.shadowRoot!.querySelector('svg')!;
        const before = svg().getAttribute('width');
        t1 = performance.now();
        el.style.width = i % 2 ? '700px' : '900px';
        await until(() => svg().getAttribute('width') !== before);
        await el.updateComplete;
        out.resize.push(performance.now() - t1);

        const world = svg().getAttribute('viewBox');
        t1 = performance.now();
        el.selected = 'BR';
        await el.updateComplete;
        await until(() => svg().getAttribute('viewBox') !== world);
        out.zoom.push(performance.now() - t1);
        el.remove();
        await new Promise((r) => setTimeout(r));
      }
      return out;
    }, RUNS);
  } finally {
    await browser.close();
  }
}

export async function bench(): Promise<void> {
  const chunks = await build();
  const isAtlas = (c: OutputChunk) => Object.keys(c.modules).some((m) => m.includes('world-atlas'));
  const element = chunks.filter((c) => !isAtlas(c));
  const atlas = chunks.filter(isAtlas);
  const elementGz = element.reduce((s, c) => s + gz(c.code), 0);
  const atlasGz = atlas.reduce((s, c) => s + gz(c.code), 0);
  const raw = (cs: OutputChunk[]) => cs.reduce((s, c) => s + c.code.length, 0);

  console.log('\n## customer-geo-map: size (min+gzip, zlib -9)');
  console.log(`${'element, first load'.padEnd(34)}${kb(elementGz).padStart(10)}   (${kb(raw(element))} min; lit, task, context, valibot, d3-geo, topojson-client)`);
  console.log(`${'+ world-atlas 110m chunk (lazy)'.padEnd(34)}${kb(atlasGz).padStart(10)}   (${kb(raw(atlas))} min)`);
  console.log(`${'= with the atlas'.padEnd(34)}${kb(elementGz + atlasGz).padStart(10)}`);
  console.log(`(${chunks.length} chunks: ${chunks.map((c) => c.fileName).join(', ')})`);

  console.log(`\n## Time to a drawn map, 200 countries (Chromium, reduced motion, width 1100 px, ${RUNS} warm runs)`);
  const t = await browserBench(chunks);
  console.log(`${'first render (cold atlas import)'.padEnd(34)}${ms(t.first).padStart(10)}`);
  console.log(`${'render, warm median'.padEnd(34)}${ms(median(t.warm)).padStart(10)}   (min ${ms(Math.min(...t.warm))}, max ${ms(Math.max(...t.warm))})`);
  console.log(`${'  of which after the data arrived'.padEnd(34)}${ms(median(t.afterData)).padStart(10)}   (the rest is the intercepted request's round trip)`);
  console.log(`${'metric switch, median'.padEnd(34)}${ms(median(t.metric)).padStart(10)}`);
  console.log(`${'resize (projection refit), median'.padEnd(34)}${ms(median(t.resize)).padStart(10)}`);
  console.log(`${'select → zoomed (no tween), median'.padEnd(34)}${ms(median(t.zoom)).padStart(10)}`);
}
