/**
 * `npm run bench -- browser`: the kit against a Highcharts Dashboards page (the peer,
 * `bench/peer/`, built here from npm dev dependencies, never shipped) on the same reference
 * server, in headless Chromium.
 *
 * Three pages, measured interleaved:
 * - `kit`: the demo (`demo/index.html`, its `<head>` and styles as shipped) with the four widget
 *   kinds the peer also shows: four KPI tiles (figure, % change, sparkline), adds/churn columns,
 *   active vs total, and the distribution by partner location; no filter bar, no map (so none
 *   of the lazy chunks is preloaded);
 * - `full`: the full dashboard, the demo as shipped: the filter bar, six KPI tiles, the map,
 *   both monthly charts, the distribution, the sunburst and the distribution trend, the atlas
 *   preloaded;
 * - `peer`: four KPI tiles, adds/churn, active vs total and the distribution, from the same
 *   endpoint.
 * Both kit pages get `loading="eager"` on their `filter-context`: the peer draws every component
 * at once, and the demo's default (lazy) would load the widgets more than a viewport below the
 * fold (on the full page: the distribution, the sunburst, the trend) only when scrolled to.
 *
 * The server is the real one (`server/`, DuckDB, the sample, a random port), serving the pages,
 * the CDN build and the API with its compression and caching. Runs alternate between the pages
 * (each first, middle and last in turn), each in a fresh browser context (empty HTTP cache, like
 * a first visit); one round of each first warms the server's answer cache, so all read warm
 * answers. Ratios are printed against the peer (and the full page against a baseline).
 *
 * Figures, per page, median of the runs:
 * - navigation → painted: from navigation start to the first animation frame at whose start
 *   every widget's figures and series are in the DOM (a KPI's figure and sparkline, the products
 *   tile's bars; a chart's columns and lines, the kit's `.month-chart .series` rects and paths
 *   (a baseline's `.apexcharts-series path`) or Highcharts' `.highcharts-series path`; the
 *   distribution's bars; the map's coloured countries and its table; the sunburst's arcs; the
 *   filter bar's filter buttons), as the page is painted in that frame;
 * - filter change → updated: from setting the market filter (the kit: `filter-context.filters`;
 *   the peer: its `peerFilter()`, which fetches and updates every component) to the first frame
 *   in which every widget shows something other than it did before (loading skeletons do not
 *   count), once the page had been still for 300 ms. The first change of a visit and the later
 *   ones are reported apart: the first runs code paths for the first time.
 *
 * Environment:
 * - BENCH_CUSTOMERS (default 10000), BENCH_RUNS (visits per page, default 12);
 * - BENCH_CHANGES (filter changes per visit, default 1, up to 8: US, GB, DE, … in turn, each
 *   after the page was still; the median is over all of them, so more changes mean less noise);
 * - BENCH_PAGES (which pages, comma-separated; default `kit,full,peer`);
 * - BENCH_BASELINE (a built checkout of another commit: its full dashboard, measured as one more
 *   page, with its own build's module preloads: before/after in the same run);
 * - BENCH_BREAKDOWN (where each page's time to paint goes, medians: its script requests and bytes,
 *   when its last script and its last data answer arrived, and the main thread's totals of task,
 *   script, compile, style and layout time from `Performance.getMetrics`);
 * - BENCH_DETAIL (print each run: how long the task that set the filter ran (`settingTask`: until
 *   a timer queued right after it fires), when each widget changed, the API requests' start → end);
 * - BENCH_NO_BUILD (serve cdn/ as it is; build it with NO_MINIFY=1 to read profiles);
 * - BENCH_PROFILE=kit|full|peer (print that page's main-thread tasks during the filter changes and
 *   the functions with the most time; with BENCH_PROFILE_TASKS=1, those per task of ≥ 10 ms;
 *   BENCH_PROFILE_CALLERS=<function> adds who calls that function; BENCH_PROFILE_TRACE_ONLY=1
 *   prints the tasks only, without the JS profiler, whose start recompiles the page's code and
 *   makes the first task look far longer than it is);
 * - BENCH_PROFILE_LOAD=kit|full|peer (the functions with the most time from navigation to the
 *   paint, in that page's last visit; the profiler slows the page it watches, so read its
 *   shares, not its figures; with BENCH_PROFILE_LOAD_TRACE=1, each visit's main-thread tasks instead);
 * - BENCH_SHOTS (a folder: each page's screenshot after its filter change, to check both show
 *   what they should).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';
import { sampleChunks } from '../server/data/sample.ts';
import { openEngine } from '../server/engine/open.ts';
import { createInsightsHandler } from '../server/http/handler.ts';
import { createStaticHandler } from '../server/http/static.ts';
import { median } from './support/browser.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** BENCH_BASELINE: a built checkout of another commit, measured as a third page (before/after). */
const BASELINE = process.env.BENCH_BASELINE;

/** What the page probe reads of one widget: a host, and parts inside it that must all be there. */
interface WidgetProbe {
  host: string;
  /** In the host's shadow root (the kit) or its light DOM (the peer). */
  shadow: boolean;
  /**
   * Selectors whose text (or `d` attribute for paths) make up the widget's fingerprint; each
   * must match something, but one starting with `?` (optional) may match nothing.
   */
  parts: string[];
}

const KPI_METRICS = ['customers', 'active', 'added', 'churned'];
const MONTH_CHART_MARKS = '.month-chart .series rect, .month-chart .series path, .apexcharts-series path';

const KIT: WidgetProbe[] = [
  ...KPI_METRICS.map((m) => ({ host: `kpi-card[metric="${m}"]`, shadow: true, parts: ['[part="value"]', '[part="sparkline"] polyline'] })),
  // The kit's own SVG charts: their columns and lines (a baseline's ApexCharts series too).
  { host: 'adds-churn-chart', shadow: true, parts: [MONTH_CHART_MARKS] },
  { host: 'active-vs-total', shadow: true, parts: [MONTH_CHART_MARKS] },
  { host: 'distribution-tabs', shadow: true, parts: ['[part="bars"]'] },
];

/**
 * The full dashboard: every widget of the demo. A KPI tile's figure and sparkline (the products
 * tile: its bars), the map's coloured countries and its table, the charts' marks, the sunburst's
 * arcs, and the filter bar's filter buttons and applied chips (which change with a filter).
 */
const FULL: WidgetProbe[] = [
  // The chips name the markets filtered to: the buttons' counts stay "1" from one market to the next.
  { host: 'filter-bar', shadow: true, parts: ['[part~="filter"]', '?[part~="chip"]'] },
  ...[...KPI_METRICS, 'subscriptions'].map((m) => ({
    host: `kpi-card[metric="${m}"]`,
    shadow: true,
    parts: ['[part="value"]', '[part="sparkline"] polyline'],
  })),
  { host: 'kpi-card[metric="products"]', shadow: true, parts: ['[part="bars"]'] },
  { host: 'customer-geo-map', shadow: true, parts: ['[part="map"] path[class]:not(.none)', '[part="table"]'] },
  { host: 'adds-churn-chart', shadow: true, parts: [MONTH_CHART_MARKS] },
  { host: 'active-vs-total', shadow: true, parts: [MONTH_CHART_MARKS] },
  { host: 'distribution-tabs', shadow: true, parts: ['[part="bars"]'] },
  { host: 'product-sunburst', shadow: true, parts: ['[part~="arc"]'] },
  { host: 'distribution-trend', shadow: true, parts: [MONTH_CHART_MARKS] },
];

const PEER: WidgetProbe[] = [
  ...['customers', 'active', 'new', 'churned'].map((m) => ({
    host: `#kpi-${m}`,
    shadow: false,
    parts: ['.highcharts-dashboards-component-kpi-value', '.highcharts-series path'],
  })),
  ...['adds-churn', 'active-vs-total', 'distribution'].map((id) => ({ host: `#${id}`, shadow: false, parts: ['.highcharts-series path'] })),
];

/**
 * Runs in the page before its scripts: `__bench.fingerprints()` (one string per widget, null
 * while it shows no data), `__bench.painted` (the frame every widget first had data) and
 * `__bench.changed(before)` (settles at the first frame every widget differs from `before`).
 */
function probe(widgets: WidgetProbe[]): void {
  const content = (el: Element) =>
    el.localName === 'rect'
      ? ['x', 'y', 'width', 'height'].map((a) => el.getAttribute(a)).join(',')
      : el.localName === 'path' || el.localName === 'polyline'
        ? (el.getAttribute('d') ?? el.getAttribute('points') ?? '')
        : (el.textContent ?? '').trim();
  const fingerprint = (w: WidgetProbe): string | null => {
    const host = document.querySelector(w.host);
    const root = w.shadow ? host?.shadowRoot : host;
    if (!root) return null;
    let out = '';
    for (const part of w.parts) {
      const optional = part.startsWith('?');
      const found = [...root.querySelectorAll(optional ? part.slice(1) : part)].map(content).filter((s) => s.length > 0);
      if (found.length === 0 && !optional) return null;
      out += found.join('|') + '#';
    }
    return out;
  };
  const fingerprints = () => widgets.map(fingerprint);
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const bench = {
    fingerprints,
    painted: (async () => {
      for (;;) {
        const now = await frame();
        const found = fingerprints();
        if (found.every((f) => f !== null)) return now;
        // A widget that never draws (a lazy one left below the viewport, a changed part name).
        if (now > 30_000)
          throw new Error(
            `never painted: ${widgets
              .filter((_, i) => found[i] === null)
              .map((w) => w.host)
              .join(', ')}`,
          );
      }
    })(),
    /** Resolves once nothing changed for `ms` (animations over). */
    async still(ms: number): Promise<void> {
      let last = JSON.stringify(fingerprints());
      let since = performance.now();
      for (;;) {
        const now = await frame();
        const current = JSON.stringify(fingerprints());
        if (current !== last) [last, since] = [current, now];
        else if (now - since >= ms) return;
      }
    },
    /** When each widget first changed, in ms after `start` (kept in `lastChanges`). */
    lastChanges: [] as number[],
    /** When the last filter change began (page time). */
    lastStart: 0,
    async changed(before: (string | null)[], start: number): Promise<number> {
      bench.lastStart = start;
      const at: (number | undefined)[] = before.map(() => undefined);
      for (;;) {
        const now = await frame();
        const current = fingerprints();
        current.forEach((f, i) => (at[i] ??= f !== null && f !== before[i] ? now - start : undefined));
        if (at.every((t) => t !== undefined)) {
          bench.lastChanges = at as number[];
          return now - start;
        }
        if (now - start > 20_000)
          throw new Error(
            `never changed: ${widgets
              .filter((_, i) => at[i] === undefined)
              .map((w) => w.host)
              .join(', ')}`,
          );
      }
    },
  };
  (globalThis as unknown as { __bench: typeof bench }).__bench = bench;
}

/**
 * The demo page with the four widget kinds, no filter bar, eager loading; no map, so none of
 * the lazy chunks is preloaded.
 */
function kitPage(demo: string): string {
  const kpis = KPI_METRICS.map((m) => `<kpi-card metric="${m}" heading-level="3"></kpi-card>`).join('\n          ');
  const widgets = `<div class="stack">
        <div class="grid-2"><adds-churn-chart></adds-churn-chart><active-vs-total></active-vs-total></div>
        <distribution-tabs></distribution-tabs>
      </div>`;
  const page = demo
    .replace(/<filter-bar><\/filter-bar>\s*/, '')
    .replace(/(<kpi-card [^>]*><\/kpi-card>\s*)+/, `${kpis}\n        `)
    .replace(/<!-- widgets:start -->[\s\S]*<!-- widgets:end -->/, widgets)
    .replace('<filter-context id="dashboard"', '<filter-context id="dashboard" loading="eager"')
    .replace(/<!-- modulepreload: [^>]*-->/, '<!-- modulepreload: -->');
  if (page.match(/<kpi-card /g)?.length !== KPI_METRICS.length || !page.includes('loading="eager"') || page.includes('<filter-bar>')) {
    throw new Error('demo/index.html changed shape: update kitPage() in bench/browser.ts');
  }
  return page;
}

/**
 * The full dashboard: `demo/index.html` as shipped (every widget, the filter bar, the map, its
 * module preloads), served from `cdn`, with `loading="eager"` on its `filter-context`. The demo
 * keeps the default, lazy: at 1200×900 the distribution, the sunburst and the trend start
 * 1,700–2,300 px down, beyond the one viewport of look-ahead, and would load only when
 * scrolled to; the peer draws every component at once. This tree's page keeps its marker (the
 * server fills it in, as for the demo); a baseline's gets its own build's links here (the
 * server knows only this tree's build).
 */
function fullPage(demo: string, cdn = '/cdn', cdnDir?: string): string {
  let page = demo
    .replace('<filter-context id="dashboard"', '<filter-context id="dashboard" loading="eager"')
    .replace('src="/cdn/insights-widgets.js"', `src="${cdn}/insights-widgets.js"`);
  if (cdnDir) {
    const marker = /<!--\s*modulepreload:([^>]*?)-->/.exec(page);
    const manifest = JSON.parse(readFileSync(join(cdnDir, 'preload.json'), 'utf8')) as { entry: string[]; lazy: Record<string, string[]> };
    const names = marker?.[1]!.trim().split(/\s+/).filter(Boolean) ?? [];
    const chunks = new Set([...manifest.entry, ...names.flatMap((name) => manifest.lazy[name] ?? [])]);
    page = page.replace(marker?.[0] ?? '', [...chunks].map((c) => `<link rel="modulepreload" href="${cdn}/${c}" />`).join('\n    '));
  }
  for (const w of FULL) {
    if (!page.includes(`<${w.host.replace(/\[metric="(\w+)"\]/, ' metric="$1"')}`))
      throw new Error(`demo/index.html has no ${w.host}: update FULL in bench/browser.ts`);
  }
  if (!page.includes('loading="eager"')) throw new Error('demo/index.html changed shape: update fullPage() in bench/browser.ts');
  return page;
}

/** A folder served like the repository: `demo/` holds the pages, `cdn/` is the kit's build. */
async function pagesRoot(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'insights-bench-browser-'));
  mkdirSync(join(dir, 'demo', 'peer'), { recursive: true });
  symlinkSync(join(ROOT, 'cdn'), join(dir, 'cdn'));
  const demo = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
  // The pages' own stylesheet (/demo/demo.css): the demo's grid, so widgets are as wide as shipped.
  symlinkSync(join(ROOT, 'demo', 'demo.css'), join(dir, 'demo', 'demo.css'));
  writeFileSync(join(dir, 'demo', 'kit.html'), kitPage(demo));
  writeFileSync(join(dir, 'demo', 'full.html'), fullPage(demo));
  if (BASELINE) {
    // Another checkout, built: its full dashboard and cdn/ under demo/baseline/.
    mkdirSync(join(dir, 'demo', 'baseline'));
    symlinkSync(join(BASELINE, 'cdn'), join(dir, 'demo', 'baseline', 'cdn'));
    symlinkSync(join(BASELINE, 'demo', 'demo.css'), join(dir, 'demo', 'baseline', 'demo.css'));
    const page = fullPage(readFileSync(join(BASELINE, 'demo/index.html'), 'utf8'), '/demo/baseline/cdn', join(BASELINE, 'cdn')).replace(
      'href="/demo/demo.css"',
      'href="/demo/baseline/demo.css"',
    );
    writeFileSync(join(dir, 'demo', 'baseline', 'index.html'), page);
  }
  // The peer as a partner would build it: esbuild, minified ESM with code splitting; the page
  // preloads the entry's chunks (static and dynamic imports), as the kit's demo page does.
  const { build } = await import('esbuild');
  const peerDir = join(dir, 'demo', 'peer');
  const { metafile } = await build({
    entryPoints: [join(ROOT, 'bench/peer/peer.ts')],
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2022',
    outdir: peerDir,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  // Every chunk the entry reaches (metafile paths are relative to the working directory).
  const reached = new Set<string>();
  const reach = (path: string) => {
    for (const i of metafile.outputs[path]?.imports ?? []) {
      if (i.external || reached.has(i.path)) continue;
      reached.add(i.path);
      reach(i.path);
    }
  };
  reach(Object.keys(metafile.outputs).find((path) => metafile.outputs[path]!.entryPoint?.endsWith('peer/peer.ts'))!);
  const preloads = [...reached].map((path) => `<link rel="modulepreload" href="${relative(peerDir, resolve(path))}" />`);
  const html = readFileSync(join(ROOT, 'bench/peer/peer.html'), 'utf8');
  if (!html.includes('<!-- modulepreload -->')) throw new Error('bench/peer/peer.html lost its <!-- modulepreload --> marker');
  writeFileSync(join(peerDir, 'index.html'), html.replace('<!-- modulepreload -->', preloads.join('\n    ')));
  copyFileSync(join(ROOT, 'node_modules/@highcharts/dashboards/css/dashboards.css'), join(dir, 'demo', 'peer', 'dashboards.css'));
  return dir;
}

/** BENCH_PROFILE=kit|full|peer: the main thread's tasks of ≥ 1 ms during the filter change. */
function printTrace(buffer: Buffer): [number, number][] {
  type Ev = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: Record<string, unknown> } };
  const events = (JSON.parse(buffer.toString()) as { traceEvents: Ev[] }).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
  const tasks = events.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && (e.dur ?? 0) >= 1000);
  const first = Math.min(...tasks.map((e) => e.ts));
  const top = tasks.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  for (const task of top) {
    const inside = tasks
      .filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur!)
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 8)
      .map((e) => `${e.name}${e.args?.data?.functionName ? ` ${String(e.args.data.functionName)}` : ''} ${(e.dur! / 1000).toFixed(1)}`);
    console.log(`  +${((task.ts - first) / 1000).toFixed(0)} ms ${(task.dur! / 1000).toFixed(1)} ms: ${inside.join(', ')}`);
  }
  return top.filter((t) => t.dur! >= 10_000).map((t) => [t.ts, t.ts + t.dur!]);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/** BENCH_PROFILE: the functions with the most inclusive time during the filter change. */
function printProfile(
  profile: { nodes: ProfileNode[]; startTime: number; samples?: number[]; timeDeltas?: number[] },
  window?: [number, number],
): void {
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples?.forEach((id, i) => {
    at += profile.timeDeltas?.[i] ?? 0;
    if (window && (at < window[0] || at > window[1])) return;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  const walk = (node: ProfileNode, onStack: Set<string>): number => {
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    let sum = self.get(node.id) ?? 0;
    const inner = new Set(onStack).add(key);
    for (const child of node.children ?? []) sum += walk(byId.get(child)!, inner);
    if (!onStack.has(key)) total.set(key, (total.get(key) ?? 0) + sum);
    return sum;
  };
  walk(profile.nodes[0]!, new Set());
  console.log(
    [...total]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([k, v]) => `  ${v.toFixed(1)} ms ${k}`)
      .join('\n'),
  );
  // Self time by function: where the time is spent, not who called it.
  const selfByKey = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    selfByKey.set(key, (selfByKey.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  // BENCH_PROFILE_CALLERS=getBBox: who calls that function, four frames up, by time.
  const callee = process.env.BENCH_PROFILE_CALLERS;
  if (callee) {
    const parent = new Map<number, ProfileNode>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
    const chains = new Map<string, number>();
    for (const node of profile.nodes) {
      if (node.callFrame.functionName !== callee || !self.get(node.id)) continue;
      const names: string[] = [];
      for (let up = parent.get(node.id); up && names.length < 4; up = parent.get(up.id)) {
        names.push(`${up.callFrame.functionName || '(anon)'}:${up.callFrame.lineNumber}:${up.callFrame.columnNumber}`);
      }
      const chain = names.join(' < ');
      chains.set(chain, (chains.get(chain) ?? 0) + self.get(node.id)!);
    }
    console.log(`  callers of ${callee}:`);
    console.log(
      [...chains]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([k, v]) => `    ${v.toFixed(1)} ms ${k}`)
        .join('\n'),
    );
  }
  console.log('  self:');
  console.log(
    [...selfByKey]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([k, v]) => `    ${v.toFixed(1)} ms ${k}`)
      .join('\n'),
  );
}

interface PageRun {
  painted: number;
  /** One figure per filter change of the visit. */
  updated: number[];
  /** BENCH_BREAKDOWN: where the time to paint went (ms, bytes, counts). */
  breakdown?: Record<string, number>;
}

/** BENCH_BREAKDOWN: Chromium's main-thread totals up to the paint (`Performance.getMetrics`, in ms). */
const BREAKDOWN_METRICS = [
  'TaskDuration',
  'ScriptDuration',
  'V8CompileDuration',
  'RecalcStyleDuration',
  'LayoutDuration',
  'RecalcStyleCount',
  'LayoutCount',
];

/** Runs in the page at its paint: its requests, from Resource Timing. */
function requestFigures(): Record<string, number> {
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const scripts = entries.filter((e) => e.initiatorType === 'script' || e.initiatorType === 'link' || /\.js(\?|$)/.test(e.name));
  const data = entries.filter((e) => /\/customers\/|\/dimensions|\/batch\?/.test(e.name));
  const last = (list: PerformanceResourceTiming[]) => Math.max(0, ...list.map((e) => e.responseEnd));
  return {
    'script requests': scripts.length,
    'script KB (compressed)': scripts.reduce((sum, e) => sum + e.transferSize, 0) / 1024,
    'script KB (raw)': scripts.reduce((sum, e) => sum + e.decodedBodySize, 0) / 1024,
    'last script loaded at': last(scripts),
    'data requests': data.length,
    'first data request at': Math.min(...data.map((e) => e.startTime)),
    'last data answer at': last(data),
  };
}

/** The markets set in turn by the filter changes of one visit (BENCH_CHANGES of them). */
const CHANGE_MARKETS = ['US', 'GB', 'DE', 'NL', 'FR', 'CA', 'AU', 'ES'];

export async function bench(): Promise<void> {
  const customers = Number(process.env.BENCH_CUSTOMERS ?? 10000);
  const runs = Number(process.env.BENCH_RUNS ?? 12);
  const changes = Math.min(CHANGE_MARKETS.length, Math.max(1, Number(process.env.BENCH_CHANGES ?? 1)));
  if (!process.env.BENCH_NO_BUILD) {
    console.log('building the CDN build (rollup)…');
    execFileSync('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  }
  const root = await pagesRoot();
  const engine = await openEngine('duckdb', { columns: sampleChunks({ customers }) });
  const api = createInsightsHandler(engine);
  const files = createStaticHandler(root);
  const server: Server = createServer((req, res) => api(req, res, () => void files(req, res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  const setFilter = (market: string) => {
    (document.querySelector('filter-context') as unknown as { filters: object }).filters = { market: [market] };
  };
  const pages = {
    kit: { url: `${base}/demo/kit.html`, widgets: KIT, filter: setFilter, label: 'kit, four widget kinds (cdn build)' },
    full: { url: `${base}/demo/full.html`, widgets: FULL, filter: setFilter, label: 'kit, full dashboard (cdn build)' },
    peer: {
      url: `${base}/demo/peer/`,
      widgets: PEER,
      filter: (market: string) => {
        void (window as unknown as { peerFilter: (p: object) => Promise<void> }).peerFilter({ market });
      },
      label: 'Highcharts Dashboards peer, four widget kinds',
    },
    baseline: { url: `${base}/demo/baseline/`, widgets: FULL, filter: setFilter, label: `kit baseline, full dashboard (${BASELINE})` },
  };
  type Name = keyof typeof pages;
  const page = (name: Name) => pages[name];
  // BENCH_PAGES=full,peer: fewer pages per round while working on one.
  const names = (process.env.BENCH_PAGES?.split(',') ?? ['kit', 'full', 'peer']).filter((n): n is Name => n in pages && n !== 'baseline');
  if (BASELINE) names.push('baseline');

  let lastLoadProfile: Parameters<typeof printProfile>[0] | undefined;
  const once = async (name: Name): Promise<PageRun> => {
    const { url, widgets, filter } = page(name);
    const context = await browser.newContext({
      viewport: { width: 1200, height: 900 },
      reducedMotion: process.env.BENCH_REDUCED_MOTION ? 'reduce' : 'no-preference',
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // tsx compiles with esbuild's keepNames: functions sent to the page call a `__name` helper.
      await page.addInitScript('globalThis.__name = (f) => f');
      await page.addInitScript(probe, widgets);
      const metrics = process.env.BENCH_BREAKDOWN ? await context.newCDPSession(page) : undefined;
      await metrics?.send('Performance.enable');
      // BENCH_PROFILE_LOAD=full: the JS profile from navigation to the paint (the first visit's
      // profile includes the profiler's recompiles, so it is printed for the last visit only).
      const loadProfile = process.env.BENCH_PROFILE_LOAD === name ? await context.newCDPSession(page) : undefined;
      // BENCH_PROFILE_LOAD_TRACE=1: the main thread's tasks of that page's load instead (no profiler).
      const loadTrace = loadProfile && process.env.BENCH_PROFILE_LOAD_TRACE;
      if (loadTrace) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      else if (loadProfile) {
        await loadProfile.send('Profiler.enable');
        await loadProfile.send('Profiler.setSamplingInterval', { interval: 100 });
        await loadProfile.send('Profiler.start');
      }
      await page.goto(url);
      type Bench = {
        painted: Promise<number>;
        still(ms: number): Promise<void>;
        fingerprints(): (string | null)[];
        changed(b: (string | null)[], t: number): Promise<number>;
      };
      const painted = await page.evaluate(() => (globalThis as unknown as { __bench: Bench }).__bench.painted);
      if (loadTrace) printTrace(await browser.stopTracing());
      else if (loadProfile) {
        const { profile } = await loadProfile.send('Profiler.stop');
        lastLoadProfile = profile;
      }
      let breakdown: Record<string, number> | undefined;
      if (metrics) {
        const { metrics: list } = await metrics.send('Performance.getMetrics');
        breakdown = { 'painted at': painted, ...(await page.evaluate(requestFigures)) };
        for (const name of BREAKDOWN_METRICS) {
          const m = list.find((x) => x.name === name);
          if (m) breakdown[name] = name.endsWith('Count') ? m.value : m.value * 1000;
        }
      }
      await page.evaluate(() => (globalThis as unknown as { __bench: Bench }).__bench.still(300));
      const tracing = process.env.BENCH_PROFILE === name;
      if (tracing)
        await browser.startTracing(page, {
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.compile'],
        });
      const cdp = tracing && !process.env.BENCH_PROFILE_TRACE_ONLY ? await context.newCDPSession(page) : undefined;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      const updates: number[] = [];
      for (const market of CHANGE_MARKETS.slice(0, changes)) {
        if (updates.length) await page.evaluate(() => (globalThis as unknown as { __bench: Bench }).__bench.still(300));
        updates.push(
          (await page.evaluate(`(() => {
          const b = globalThis.__bench;
          const before = b.fingerprints();
          const start = performance.now();
          (${filter.toString()})(${JSON.stringify(market)});
          setTimeout(() => { globalThis.__settingTask = performance.now() - start; });
          return b.changed(before, start);
        })()`)) as number,
        );
      }
      const windows = tracing ? printTrace(await browser.stopTracing()) : [];
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        if (process.env.BENCH_PROFILE_TASKS)
          for (const w of windows) {
            console.log(`  task of ${((w[1] - w[0]) / 1000).toFixed(0)} ms:`);
            printProfile(profile, w);
          }
        else printProfile(profile);
      }
      if (process.env.BENCH_DETAIL) {
        const detail = await page.evaluate(() => ({
          start: Math.round((globalThis as unknown as { __bench: { lastStart: number } }).__bench.lastStart),
          settingTask: Math.round((globalThis as unknown as { __settingTask: number }).__settingTask),
          widgets: (globalThis as unknown as { __bench: { lastChanges: number[] } }).__bench.lastChanges.map(Math.round),
          requests: performance
            .getEntriesByType('resource')
            .filter((e) => /\/(customers|dimensions|batch)|\.js$/.test(e.name))
            .map((e) => {
              const r = e as PerformanceResourceTiming;
              return `${new URL(r.name).pathname.split('/').pop()} ${Math.round(r.startTime)}→${Math.round(r.responseEnd)}`;
            }),
        }));
        console.log(name, Math.round(painted), updates.map(Math.round).join(' '), JSON.stringify(detail));
      }
      if (process.env.BENCH_SHOTS) await page.screenshot({ path: join(process.env.BENCH_SHOTS, `${name}.png`), fullPage: true });
      if (errors.length) throw new Error(`${name}: ${errors.join('; ')}`);
      return { painted, updated: updates, breakdown };
    } finally {
      await context.close();
    }
  };

  try {
    // Warm the server's answer cache (both pages ask the same answers) and Chromium itself.
    for (const name of names) await once(name);
    const results = Object.fromEntries(names.map((name) => [name, [] as PageRun[]])) as Record<Name, PageRun[]>;
    for (let i = 0; i < runs; i++) {
      // Each page first, middle and last in turn.
      const order = names.map((_, j) => names[(i + j) % names.length]!);
      for (const name of order) results[name].push(await once(name));
    }
    // The first change of a visit runs code paths for the first time (JIT, first requests of a
    // kind); later ones are what a user exploring filters sees. Both are reported.
    const figures = {
      painted: (name: Name) => median(results[name].map((r) => r.painted)),
      first: (name: Name) => median(results[name].map((r) => r.updated[0]!)),
      later: (name: Name) => median(results[name].flatMap((r) => r.updated.slice(1))),
    };
    const columns = (changes > 1 ? ['painted', 'first', 'later'] : ['painted', 'first']) as (keyof typeof figures)[];
    const ms = (v: number) => `${v.toFixed(0)} ms`;
    const row = (label: string, name: Name) => `| ${label} | ${columns.map((c) => ms(figures[c](name))).join(' | ')} |`;
    console.log(
      `${engine.description}, ${customers.toLocaleString('en')} customers, ${runs} interleaved runs each of ${changes} filter change(s), Chromium headless 1200×900`,
    );
    console.log(
      `| page | navigation → painted (median) | first filter change → updated (median) |${changes > 1 ? ' later filter changes → updated (median) |' : ''}`,
    );
    console.log(`|---|${columns.map(() => '---:').join('|')}|`);
    for (const name of names) console.log(row(pages[name].label, name));
    const ratio = (a: Name, b: Name) =>
      `| ${a} / ${b} | ${columns.map((c) => `${(figures[c](a) / figures[c](b)).toFixed(2)}×`).join(' | ')} |`;
    for (const name of names) if (name !== 'peer' && names.includes('peer')) console.log(ratio(name, 'peer'));
    if (names.includes('baseline') && names.includes('full')) console.log(ratio('full', 'baseline'));
    if (process.env.BENCH_BREAKDOWN) {
      // Read just after the paint: a figure may include a few ms past it.
      console.log(
        '\nwhere the time to paint goes (BENCH_BREAKDOWN; medians; ms unless named; main-thread totals from Performance.getMetrics):',
      );
      console.log(`| | ${names.join(' | ')} |`);
      console.log(`|---|${names.map(() => '---:').join('|')}|`);
      for (const key of Object.keys(results[names[0]!][0]?.breakdown ?? {})) {
        const cells = names.map((n) => median(results[n].map((r) => r.breakdown?.[key] ?? NaN)).toFixed(0));
        console.log(`| ${key} | ${cells.join(' | ')} |`);
      }
    }
    if (lastLoadProfile) {
      console.log(`\nthe last ${process.env.BENCH_PROFILE_LOAD} visit's JS profile, navigation → painted (BENCH_PROFILE_LOAD):`);
      printProfile(lastLoadProfile);
    }
    console.log(
      `all runs (ms): ${JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.map((r) => [Math.round(r.painted), ...r.updated.map(Math.round)])])))}`,
    );
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
    await engine.close();
    rmSync(root, { recursive: true, force: true });
  }
}
