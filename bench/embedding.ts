/**
 * `npm run bench -- embedding`: the embedding API on the full dashboard (five KPI tiles and the
 * seven widgets in one filter-context) against the real reference server (sample data, a child
 * process on a free port) and the built script-tag bundle, in headless Chromium:
 * - navigation → first `insights-ready`, and → the above-the-fold widgets painted, lazy vs eager;
 * - a filter change → `insights-ready`: time and requests, lazy vs eager.
 * Medians of interleaved runs; every filter state is new to the server's and the client's caches.
 */
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';
import { median } from './support/browser.ts';
import { startReferenceServer } from './support/reference-server.ts';

const RUNS = 5;
const MARKETS = ['US', 'GB', 'DE', 'NL', 'FR', 'CA', 'AU', 'IT', 'ES', 'IN', 'JP', 'SE', 'BR', 'MX', 'PL'];

function page(loading: 'lazy' | 'eager'): string {
  const kpis = ['customers', 'active', 'added', 'churned', 'products'].map((m) => `<kpi-card metric="${m}"></kpi-card>`).join('');
  return `<!doctype html><html lang="en"><head><script type="module" src="/cdn/insights-widgets.js"></script>
  <style>body{margin:0;width:1200px} .tiles{display:grid;grid-template-columns:repeat(5,1fr);gap:8px}</style></head>
  <body><filter-context endpoint="/" loading="${loading}">
    <div class="tiles">${kpis}</div>
    <customer-geo-map></customer-geo-map><adds-churn-chart></adds-churn-chart><active-vs-total></active-vs-total>
    <distribution-tabs></distribution-tabs><product-sunburst></product-sunburst><distribution-trend></distribution-trend>
  </filter-context>
  <script type="module">
    const ctx = document.querySelector('filter-context');
    window.__ready = [];
    ctx.addEventListener('insights-ready', (e) => window.__ready.push({ ...e.detail, at: performance.now() }));
    // When every widget in the first viewport shows its figures.
    const painted = () => [...ctx.querySelectorAll('*')]
      .filter((el) => el.shadowRoot && el.getBoundingClientRect().top < innerHeight)
      .every((el) => el.shadowRoot.querySelector('[part="value"], [part="bars"], [part="table"], .month-chart .series, [part~="arc"]'));
    const watch = () => (painted() ? (window.__aboveFold = performance.now()) : requestAnimationFrame(watch));
    requestAnimationFrame(watch);
  </script></body></html>`;
}

export async function bench(): Promise<void> {
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await startReferenceServer();
  const browser = await puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
  const figures: Record<string, number[]> = {};
  const add = (name: string, value: number) => (figures[name] ??= []).push(value);
  let market = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const loading of ['lazy', 'eager'] as const) {
        const tab = await browser.newPage();
        await tab.setViewport({ width: 1200, height: 900 });
        await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        await tab.setRequestInterception(true);
        let requests = 0;
        if (process.env.BENCH_DEBUG)
          tab.on('console', (m) => console.log('page:', m.text())).on('pageerror', (e) => console.log('page error:', e));
        tab.on('request', (req) => {
          const path = new URL(req.url()).pathname;
          if (path.startsWith('/customers/') || path === '/dimensions') requests++;
          if (path === '/bench.html') return void req.respond({ status: 200, contentType: 'text/html', body: page(loading) });
          void req.continue();
        });
        // tsx compiles with keepNames: functions given to evaluate() call a `__name` helper.
        await tab.evaluateOnNewDocument('globalThis.__name = (f) => f');
        await tab.goto(`${server.url}bench.html`);
        await tab.waitForFunction(() => (window as unknown as { __ready: unknown[] }).__ready.length > 0, { timeout: 60_000 });
        const first = await tab.evaluate(() => (window as unknown as { __ready: { at: number; requests: number }[] }).__ready[0]!);
        add(`nav → first ready, ${loading} (ms)`, first.at);
        add(`nav → first ready, ${loading} (requests)`, first.requests);
        await tab.waitForFunction(() => (window as unknown as { __aboveFold?: number }).__aboveFold, { timeout: 60_000 });
        add(
          `nav → above-the-fold widgets painted, ${loading} (ms)`,
          await tab.evaluate(() => (window as unknown as { __aboveFold: number }).__aboveFold),
        );
        // A filter change nobody has asked for yet.
        const before = requests;
        const changed = await tab.evaluate(
          async (key: string) => {
            const ctx = document.querySelector('filter-context') as HTMLElement & { market: string[] };
            const w = window as unknown as { __ready: { at: number; requests: number }[] };
            const count = w.__ready.length;
            const t0 = performance.now();
            ctx.market = [key];
            while (w.__ready.length === count) await new Promise((r) => setTimeout(r, 5));
            return { ms: w.__ready[count]!.at - t0, requests: w.__ready[count]!.requests };
          },
          MARKETS[market++ % MARKETS.length]!,
        );
        add(`filter change → ready, ${loading} (ms)`, changed.ms);
        add(`filter change → ready, ${loading} (requests counted by the context)`, changed.requests);
        add(`filter change → ready, ${loading} (requests seen on the wire)`, requests - before);
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    server.child.kill();
  }
  for (const [name, values] of Object.entries(figures))
    console.log(`${name}: median ${Math.round(median(values) * 10) / 10} (n=${values.length})`);
}
