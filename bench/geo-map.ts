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
import { readFileSync } from 'node:fs';
import { bundle, gzipTotal, kb, type OutputChunk } from './support/bundle.ts';
import { chunkFiles, json, median, withPage } from './support/browser.ts';

const ENTRY = 'src/elements/customer-geo-map/define.ts';
const FIXTURE = 'test/fixtures/geo-200/customers/breakdown.json';
const RUNS = 10;

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The element's chunks as rollup writes them (code-split: the atlas is its own chunk). esnext
 * keeps `with { type: 'json' }` (es2022 would drop it; plugin-json does not mind, but the emitted
 * code should match what the browser build ships). */
const build = () => bundle(ENTRY, { target: 'esnext' });

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
  const data = readFileSync(FIXTURE, 'utf8');
  const setup = {
    files: chunkFiles(chunks),
    route: (url: URL) => (url.pathname.endsWith('/customers/breakdown') ? json(data) : undefined),
    bodyStyle: 'width:1100px;margin:0',
    module: `/${chunks.find((c) => c.isEntry)!.fileName}`,
    elements: ['customer-geo-map'],
  };
  return withPage(setup, (page) =>
    page.evaluate(async (runs: number) => {
      type GeoEl = HTMLElement & { metric: string; selected: string; updateComplete: Promise<boolean> };
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const until = async (ok: () => unknown) => {
        while (!ok()) await frame();
      };
      const drawn = (el: GeoEl) =>
        (el.shadowRoot?.querySelectorAll('svg path').length ?? 0) >= 176 &&
        el.shadowRoot!.querySelectorAll('tbody tr[data-key]').length === 200;
      const out = {
        first: 0,
        warm: [] as number[],
        afterData: [] as number[],
        metric: [] as number[],
        resize: [] as number[],
        zoom: [] as number[],
      };
      for (let i = 0; i <= runs; i++) {
        const t0 = performance.now();
        const el = document.createElement('customer-geo-map') as GeoEl;
        el.setAttribute('endpoint', `/run-${i}`); // fresh URL: the client cache never answers
        document.body.append(el);
        await until(() => drawn(el));
        const done = performance.now();
        const t = done - t0;
        const response = performance.getEntriesByType('resource').find((e) => e.name.includes(`/run-${i}/customers/breakdown`)) as
          PerformanceResourceTiming | undefined;
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
    }, RUNS),
  );
}

export async function bench(): Promise<void> {
  const chunks = await build();
  const isAtlas = (c: OutputChunk) => Object.keys(c.modules).some((m) => m.includes('world-atlas'));
  const element = chunks.filter((c) => !isAtlas(c));
  const atlas = chunks.filter(isAtlas);
  const elementGz = gzipTotal(element);
  const atlasGz = gzipTotal(atlas);
  const raw = (cs: OutputChunk[]) => cs.reduce((s, c) => s + c.code.length, 0);

  console.log('\n## customer-geo-map: size (min+gzip, zlib -9)');
  console.log(
    `${'element, first load'.padEnd(34)}${kb(elementGz).padStart(10)}   (${kb(raw(element))} min; lit, task, context, valibot, d3-geo, topojson-client)`,
  );
  console.log(`${'+ world-atlas 110m chunk (lazy)'.padEnd(34)}${kb(atlasGz).padStart(10)}   (${kb(raw(atlas))} min)`);
  console.log(`${'= with the atlas'.padEnd(34)}${kb(elementGz + atlasGz).padStart(10)}`);
  console.log(`(${chunks.length} chunks: ${chunks.map((c) => c.fileName).join(', ')})`);

  console.log(`\n## Time to a drawn map, 200 countries (Chromium, reduced motion, width 1100 px, ${RUNS} warm runs)`);
  const t = await browserBench(chunks);
  console.log(`${'first render (cold atlas import)'.padEnd(34)}${ms(t.first).padStart(10)}`);
  console.log(
    `${'render, warm median'.padEnd(34)}${ms(median(t.warm)).padStart(10)}   (min ${ms(Math.min(...t.warm))}, max ${ms(Math.max(...t.warm))})`,
  );
  console.log(
    `${'  of which after the data arrived'.padEnd(34)}${ms(median(t.afterData)).padStart(10)}   (the rest is the intercepted request's round trip)`,
  );
  console.log(`${'metric switch, median'.padEnd(34)}${ms(median(t.metric)).padStart(10)}`);
  console.log(`${'resize (projection refit), median'.padEnd(34)}${ms(median(t.resize)).padStart(10)}`);
  console.log(`${'select → zoomed (no tween), median'.padEnd(34)}${ms(median(t.zoom)).padStart(10)}`);
}
