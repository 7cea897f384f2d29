/**
 * `npm run bench -- soak`: a long session on the full dashboard holds steady.
 *
 * The demo page (`demo/index.html`: every widget, the filter bar, URL state, as shipped) on the
 * real reference server (DuckDB, the sample) in headless Chromium, scrolled once to its end so
 * every lazy widget loads. Then a warm-up of filter changes (every filter state of the cycle
 * seen many times: the client's answer cache, Lit's template cache and V8's compiled code are
 * full), a measurement, the soak's filter changes, and a measurement again, both in the same
 * filter state. Each change sets the next filter state of a cycle (none, a market, a product, …:
 * `filterCycle`) through `filter-context.filters`, as the filter bar does, and waits for
 * `insights-ready` and two frames (every widget rendered).
 *
 * A measurement forces a full garbage collection first (`HeapProfiler.collectGarbage`, V8 and
 * Blink's heap together, three times), then reads:
 * - the JS heap in use (`Runtime.getHeapUsage`; `Performance.getMetrics`' `JSHeapUsedSize`);
 * - Blink's live DOM nodes and JS event listeners (`Memory.getDOMCounters`): what grows when
 *   detached nodes are kept alive;
 * - the detached DOM trees that something still holds (`DOM.getDetachedDomNodes`), with the
 *   widget each came from when it says so (BENCH_SOAK_DETAIL lists them).
 *
 * Goal (issue 23): 1,000 changes grow the heap by less than 0.5 MB and leave no detached nodes.
 *
 * Environment:
 * - BENCH_SOAK_CHANGES (default 1000): the soak's filter changes; fewer for a quick run;
 * - BENCH_SOAK_WARMUP (default 500): filter changes before the first measurement. V8 keeps
 *   compiling hot functions for a few hundred changes (compiled code 4.3 MB after 60 changes,
 *   5.3 MB after 600, then flat): a shorter warm-up counts that as growth (the table shows code
 *   apart, so such a run still tells a leak of objects from a JIT at work);
 * - BENCH_SOAK_WITHOUT (tags, comma-separated): widgets taken off the page, to find which one
 *   leaks (e.g. `product-sunburst`);
 * - BENCH_SOAK_DETAIL: list the detached trees still held after the soak;
 * - BENCH_SOAK_SNAPSHOTS (a folder): heap snapshots before and after the soak
 *   (`before.heapsnapshot`, `after.heapsnapshot`) to compare in DevTools' Memory panel;
 * - BENCH_CUSTOMERS (default 10000), BENCH_PORT (default: any free port), BENCH_NO_BUILD
 *   (serve cdn/ as it is; build it with NO_MINIFY=1 to read snapshots).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';
import { sampleChunks } from '../server/data/sample.ts';
import { openEngine } from '../server/engine/open.ts';
import { createInsightsHandler } from '../server/http/handler.ts';
import { withModulePreload } from '../server/http/module-preload.ts';
import { createStaticHandler } from '../server/http/static.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

type Filters = Record<string, string[]>;

/**
 * The filter states set in turn, none first: markets (every widget's figures change) and
 * products (the sunburst's and the trend's members come and go). `products` are the sample's
 * first three, read from `/dimensions`.
 */
const filterCycle = (products: string[]): Filters[] => [
  {},
  { market: ['US'] },
  { product: [products[0]!] },
  { market: ['GB'] },
  { product: [products[1]!, products[2]!] },
  { market: ['DE'], segment: [] },
];
const describeFilters = (f: Filters) =>
  Object.entries(f)
    .filter(([, v]) => v.length)
    .map(([k, v]) => `${k} ${v.join('+')}`)
    .join(', ') || 'none';

/** What one measurement reads, after a forced GC. */
interface Reading {
  /** JS heap in use, bytes (`Runtime.getHeapUsage`). */
  heap: number;
  /** `Performance.getMetrics`' JSHeapUsedSize, bytes. */
  jsHeapUsedSize: number;
  /** Of the JS heap (heap snapshot): compiled code (V8's optimising compilers at work), and the rest. */
  code: number;
  objects: number;
  /** Blink's live DOM nodes (`Memory.getDOMCounters`). */
  nodes: number;
  /** JS event listeners on DOM nodes. */
  listeners: number;
  documents: number;
  /** Detached trees still held (`DOM.getDetachedDomNodes`), and the nodes they keep; Lit's template cache apart. */
  detachedTrees: number;
  detachedNodes: number;
  /** Lit's cached `<template>` elements: one per template literal the page has rendered, never attached by design. */
  litTemplates: number;
  /** One line per detached tree (Lit's templates aside): its root. */
  detached: string[];
  /** Nodes in the page per widget (its light DOM and shadow roots, comments and text included). */
  widgetNodes: Record<string, number>;
}

/** Runs in the page: the nodes each widget holds, shadow roots included, by tag (and index when repeated). */
function countWidgetNodes(): Record<string, number> {
  const count = (root: Node): number => {
    let n = 1;
    if (root instanceof Element && root.shadowRoot) n += count(root.shadowRoot);
    for (let child = root.firstChild; child; child = child.nextSibling) n += count(child);
    return n;
  };
  const isCustom = (el: Element) => el.localName.includes('-');
  const topLevel = (el: Element) => {
    let up = el.parentElement;
    while (up && up.localName !== 'filter-context') up = isCustom(up) ? null : up.parentElement;
    return up !== null;
  };
  const widgets = [...document.querySelectorAll('filter-context *')].filter((el) => isCustom(el) && topLevel(el));
  const counts: Record<string, number> = {};
  widgets.forEach((el, i) => (counts[`${el.localName}#${i}`] = count(el)));
  return counts;
}

/** The demo page, without the widgets named in BENCH_SOAK_WITHOUT. */
function soakPage(without: string[]): string {
  let page = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
  for (const tag of without) {
    const next = page.replace(new RegExp(`\\s*<${tag}\\b[^>]*></${tag}>`, 'g'), '');
    if (next === page) throw new Error(`BENCH_SOAK_WITHOUT: demo/index.html has no <${tag}>`);
    page = next;
  }
  return page;
}

/** Counts a detached tree's nodes (as far as the protocol sent them). */
function countNodes(node: { children?: unknown[] }): number {
  return 1 + (node.children ?? []).reduce<number>((sum, child) => sum + countNodes(child as { children?: unknown[] }), 0);
}

/** A heap snapshot: written to `file`, and its self sizes summed by V8 node type. */
async function heapSnapshot(cdp: CDPSession, file?: string): Promise<Map<string, number>> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const text = chunks.join('');
  if (file) writeFileSync(file, text);
  type Snapshot = { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const { snapshot, nodes } = JSON.parse(text) as Snapshot;
  const width = snapshot.meta.node_fields.length;
  const type = snapshot.meta.node_fields.indexOf('type');
  const size = snapshot.meta.node_fields.indexOf('self_size');
  const sums = new Map<string, number>();
  for (let i = 0; i < nodes.length; i += width) {
    const name = snapshot.meta.node_types[0][nodes[i + type]!]!;
    sums.set(name, (sums.get(name) ?? 0) + nodes[i + size]!);
  }
  return sums;
}

async function measure(cdp: CDPSession, tab: Page, snapshotFile?: string): Promise<Reading> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const dom = await cdp.send('Memory.getDOMCounters');
  const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
  const bytes = await heapSnapshot(cdp, snapshotFile);
  // Blink's own objects (`native`) and the snapshot's bookkeeping are not in V8's heap figure.
  const jsTotal = [...bytes].filter(([t]) => t !== 'native' && t !== 'synthetic').reduce((sum, [, b]) => sum + b, 0);
  const code = bytes.get('code') ?? 0;
  const describe = (n: { nodeName: string; attributes?: string[] }) => {
    const attrs = n.attributes ?? [];
    const attr = (name: string) => {
      const i = attrs.indexOf(name);
      return i >= 0 && i % 2 === 0 ? attrs[i + 1] : undefined;
    };
    const part = attr('part');
    return `${n.nodeName.toLowerCase()}${part ? `[part="${part}"]` : ''}${attr('class') ? `.${attr('class')!.split(/\s+/).join('.')}` : ''}`;
  };
  const isLitTemplate = (n: { nodeName: string; children?: unknown[] }) => n.nodeName === 'TEMPLATE' && !n.children?.length;
  const held = detachedNodes.filter((d) => !isLitTemplate(d.treeNode));
  return {
    heap: usedSize,
    jsHeapUsedSize: metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN,
    code,
    objects: jsTotal - code,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
    detachedTrees: held.length,
    detachedNodes: held.reduce((sum, d) => sum + countNodes(d.treeNode), 0),
    litTemplates: detachedNodes.length - held.length,
    detached: held.map((d) => `${describe(d.treeNode)} (${countNodes(d.treeNode)} nodes, ${d.retainedNodeIds.length} retained)`),
    widgetNodes: await tab.evaluate(countWidgetNodes),
  };
}

/**
 * Runs in the page: `count` filter changes (then more, up to the cycle's first state again when
 * `home`), each awaited until every widget has rendered it. Returns the changes made and the time.
 */
function changeFilters({
  from,
  count,
  states,
  home,
}: {
  from: number;
  count: number;
  states: Record<string, string[]>[];
  home: boolean;
}): Promise<[number, number]> {
  const context = document.querySelector('filter-context') as HTMLElement & { filters: Record<string, string[]> };
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const ready = () =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no insights-ready within 15 s of a filter change')), 15_000);
      context.addEventListener('insights-ready', () => (clearTimeout(timer), resolve()), { once: true });
    });
  return (async () => {
    const start = performance.now();
    let i = from;
    while (i < from + count || (home && i % states.length !== 1)) {
      const settled = ready();
      context.filters = states[i % states.length]!;
      await settled;
      await frame();
      await frame();
      i++;
    }
    return [i - from, performance.now() - start];
  })();
}

export async function bench(): Promise<void> {
  const customers = Number(process.env.BENCH_CUSTOMERS ?? 10000);
  const changes = Math.max(1, Number(process.env.BENCH_SOAK_CHANGES ?? 1000));
  const warmup = Math.max(6, Number(process.env.BENCH_SOAK_WARMUP ?? 500));
  const without = (process.env.BENCH_SOAK_WITHOUT ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const snapshots = process.env.BENCH_SOAK_SNAPSHOTS;
  if (!process.env.BENCH_NO_BUILD) {
    console.log('building the CDN build (rollup)…');
    execFileSync('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  }
  const page = await withModulePreload(ROOT, soakPage(without));
  if (page === undefined) throw new Error('cdn/preload.json is missing: build the CDN build first (npm run build:js)');
  const engine = await openEngine('duckdb', { columns: sampleChunks({ customers }) });
  const api = createInsightsHandler(engine);
  const files = createStaticHandler(ROOT);
  const server: Server = createServer((req, res) =>
    api(req, res, () => {
      if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/soak.html') return void files(req, res);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(page);
    }),
  );
  await new Promise<void>((resolve) => server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  try {
    const dimensions = (await (await fetch(`${base}/dimensions`)).json()) as { dimensions: { product: { key: string }[] } };
    const products = dimensions.dimensions.product.map((p) => p.key);
    if (products.length < 3) throw new Error('the sample has fewer than three products: change filterCycle() in bench/soak.ts');
    const states = filterCycle(products);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    // tsx compiles with esbuild's keepNames: functions sent to the page call a `__name` helper.
    await tab.addInitScript('globalThis.__name = (f) => f');
    await tab.goto(`${base}/soak.html`);
    // Every widget near the viewport once (lazy ones load on approach), then back to the top.
    await tab.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let y = 0; y <= document.documentElement.scrollHeight; y += innerHeight / 2) {
        scrollTo(0, y);
        await frame();
        await frame();
      }
      scrollTo(0, 0);
    });
    await tab.waitForFunction(() => {
      const widgets = [...document.querySelectorAll('filter-context *')].filter((el) => el.localName.includes('-') && el.shadowRoot);
      return widgets.length > 0 && widgets.every((el) => !el.shadowRoot!.querySelector('[part="skeleton"]'));
    });
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    await cdp.send('DOM.enable');
    await cdp.send('DOM.getDocument', { depth: 0 });

    // Both measurements are taken in the cycle's first state (no filter), the soak's last
    // changes bringing the page back to it.
    const [warmed, warmMs] = await tab.evaluate(changeFilters, { from: 1, count: warmup, states, home: true });
    const before = await measure(cdp, tab, snapshots && join(snapshots, 'before.heapsnapshot'));
    const [soaked, soakMs] = await tab.evaluate(changeFilters, { from: 1, count: changes, states, home: true });
    const after = await measure(cdp, tab, snapshots && join(snapshots, 'after.heapsnapshot'));
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
    const signed = (n: number, f: (n: number) => string) => `${n >= 0 ? '+' : '−'}${f(Math.abs(n))}`;
    const count = (n: number) => n.toLocaleString('en');
    console.log(
      `${engine.description}, ${customers.toLocaleString('en')} customers; the demo page${without.length ? ` without ${without.join(', ')}` : ''}, Chromium headless 1280×900; ` +
        `${warmed} warm-up changes (${(warmMs / warmed).toFixed(0)} ms each), then ${soaked} (${(soakMs / soaked).toFixed(0)} ms each); ` +
        `filters cycling: ${states.map(describeFilters).join(' → ')}`,
    );
    console.log('| after a forced GC | after the warm-up | after the soak | growth |');
    console.log('|---|---:|---:|---:|');
    const row = (label: string, key: keyof Omit<Reading, 'detached' | 'widgetNodes'>, f: (n: number) => string) =>
      console.log(`| ${label} | ${f(before[key])} | ${f(after[key])} | ${signed(after[key] - before[key], f)} |`);
    row('JS heap used (`Runtime.getHeapUsage`)', 'heap', mb);
    row('JSHeapUsedSize (`Performance.getMetrics`)', 'jsHeapUsedSize', mb);
    row('… of it compiled code (heap snapshot)', 'code', mb);
    row('… of it everything else: objects, strings, closures (heap snapshot)', 'objects', mb);
    row('DOM nodes (`Memory.getDOMCounters`)', 'nodes', count);
    row('JS event listeners', 'listeners', count);
    row('documents', 'documents', count);
    row('detached trees held (`DOM.getDetachedDomNodes`)', 'detachedTrees', count);
    row('nodes in them', 'detachedNodes', count);
    row("Lit's cached `<template>`s (never attached)", 'litTemplates', count);
    for (const [widget, n] of Object.entries(after.widgetNodes)) {
      const was = before.widgetNodes[widget] ?? 0;
      if (n !== was) console.log(`| … nodes in ${widget.replace(/#\d+$/, '')} | ${count(was)} | ${count(n)} | ${signed(n - was, count)} |`);
    }
    const heapOk = after.heap - before.heap < 0.5e6;
    const objectsOk = after.objects - before.objects < 0.5e6;
    const nodesOk = after.nodes - before.nodes <= 0 && after.detachedNodes - before.detachedNodes <= 0;
    console.log(
      `goal: JS heap growth < 0.50 MB ${heapOk ? 'met' : 'NOT met'} (compiled code aside: ${objectsOk ? 'met' : 'NOT met'}); ` +
        `no DOM node growth and no new detached nodes ${nodesOk ? 'met' : 'NOT met'}`,
    );
    if (process.env.BENCH_SOAK_DETAIL && after.detached.length) {
      const tally = new Map<string, number>();
      for (const d of after.detached) tally.set(d, (tally.get(d) ?? 0) + 1);
      console.log('detached trees still held after the soak:');
      for (const [d, n] of [...tally].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${n}× ${d}`);
    }
    await context.close();
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
    await engine.close();
  }
}
