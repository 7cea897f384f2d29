/** The benches' headless-Chromium harness: puppeteer-core on /usr/bin/chromium (or $CHROME_PATH),
 * one page at http://bench.local/ whose every request is answered from memory by request
 * interception (no network, no server), reduced motion, a 1200×900 viewport. */
import type { Page } from 'puppeteer-core';
import type { OutputChunk } from './bundle.ts';

import { CHROME_ARGS, CHROME_PATH } from '../../scripts/chromium.mjs';

export { CHROME_ARGS };

/** A response served to the page. */
export interface Served {
  body: string;
  /** Content type (default text/javascript). */
  type?: string;
}

/** Answers a request the files map does not hold; undefined is a 404. */
export type Route = (url: URL) => Served | undefined;

export const js = (body: string): Served => ({ body, type: 'text/javascript' });
export const json = (body: unknown): Served => ({
  body: typeof body === 'string' ? body : JSON.stringify(body),
  type: 'application/json',
});

/** Built chunks served under their own file names (so the entry's relative imports resolve). */
export const chunkFiles = (chunks: OutputChunk[]) => new Map(chunks.map((c) => [`/${c.fileName}`, js(c.code)]));

export interface PageSetup {
  /** Served by exact pathname. */
  files?: Map<string, Served>;
  /** Everything else (e.g. the data endpoints); a 404 when absent or when it answers undefined. */
  route?: Route;
  /** `style` of the page's <body>. */
  bodyStyle?: string;
  /** Module script loaded once the page is open (a path the files map serves). */
  module?: string;
  /** Custom elements to wait for after loading the module. */
  elements?: string[];
}

/** Launches Chromium, opens one page as set up, runs `fn` on it and closes the browser. */
export async function withPage<T>(setup: PageSetup, fn: (page: Page) => Promise<T>): Promise<T> {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.setViewport({ width: 1200, height: 900 });
    await page.setRequestInterception(true);
    const html = `<!doctype html><body${setup.bodyStyle ? ` style="${setup.bodyStyle}"` : ''}></body>`;
    page.on('request', (req) => {
      const url = new URL(req.url());
      const served = url.pathname === '/' ? { body: html, type: 'text/html' } : (setup.files?.get(url.pathname) ?? setup.route?.(url));
      if (!served) return req.respond({ status: 404, body: '' });
      return req.respond({ status: 200, contentType: served.type ?? 'text/javascript', body: served.body });
    });
    // tsx compiles the benches with esbuild's keepNames: functions passed to evaluate() call a
    // `__name` helper that only exists in Node.
    await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
    await page.goto('http://bench.local/');
    if (setup.module) await page.addScriptTag({ url: setup.module, type: 'module' });
    if (setup.elements?.length) {
      await page.waitForFunction((tags: string[]) => tags.every((t) => customElements.get(t)), {}, setup.elements);
    }
    return await fn(page);
  } finally {
    await browser.close();
  }
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
