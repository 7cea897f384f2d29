/**
 * The endpoints the component tests talk to, mounted in @web/test-runner's dev server: the real
 * reference handler over real DuckDB engines (no mocks of the data path), plus static fixtures
 * for answers a correct server never gives (malformed JSON, contract violations).
 *
 *   /api/…              deterministic sample data (600 customers, 24 months to 2026-10), readable
 *                       from any origin (`Access-Control-Allow-Origin: *`, as the demo)
 *   /no-cors-api/…      the same answers without CORS headers: another origin's page cannot read them
 *   /hostile-api/…      the same shape, with HTML/script in every name a widget shows
 *   /empty-api/…        an engine without data
 *   /formula-api/…      the same shape, every name a widget shows starting like a formula (`=`, `+`, `-`, `@`, tab)
 *   /fixtures/<name>/…  test/fixtures/<name>/<path>.json (or <path>.<by>.json for ?by=)
 *   /status/<code>/…    a problem document with that status
 *   /delay/<ms>/…       any of the above, answered <ms> later (at most 10 s), or at
 *                       `GET /delay-release/<ms>`
 *   /hang/…             never answers (until the client gives up)
 *   /cut/<path>…        the real answer of <path>, cut off half-way (the socket is destroyed)
 *   /garbage/<mb>/…     <mb> MB (at most 64) of random bytes labelled application/json
 *   /not-json/…         an HTML page where JSON is expected
 *   /csp/page.html      test/csp/page.html under a strict Content-Security-Policy header
 *   /auth/<token>/…     /api/…, but 401 unless `Authorization: Bearer <token>` (403 for `Bearer banned`)
 *   /secure-api/…       the sample behind the real sign-in (`--auth demo`): 401 without a valid token,
 *                       403 outside the seed's roles, answers held to the token's scope; its
 *                       `/secure-api/demo/token?role=…&partnerLocation=…` signs tokens that live
 *                       {@link SECURE_TOKEN_SECONDS} s, with no clock tolerance, so tests meet expiry
 *   /live/<key>/…       the live handler (server/http/live-handler.ts) over data switched by
 *                       `GET /live-set?key=…&data=loading|a|b`: `loading` (a new server's first load:
 *                       503 with Retry-After), `a` (the /api sample) or `b` (other figures), each
 *                       switch a new data version, as a reload of the export gives
 *   /fault/<key>/…      broken (the fault named by `GET /fault-set?key=…&fault=…`: a status
 *                       code, hang, cut, garbage, not-json, wrong-shape, empty, no-cors), or healthy
 *                       (`fault=none`, the default): for "Retry recovers" tests
 */
import { randomFillSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { generateSample } from '../../server/data/sample.ts';
import type { RawRow } from '../../server/data/raw-row.ts';
import { createDuckDbEngine } from '../../server/engine/duckdb-engine.ts';
import { randomBytes } from 'node:crypto';
import { createAuthenticator } from '../../server/http/auth.ts';
import { createDemoTokenHandler } from '../../server/http/demo-token.ts';
import { LiveData } from '../../server/data-source/live-data.ts';
import type { InsightsEngine } from '../../server/engine/engine.ts';
import { createInsightsHandler } from '../../server/http/handler.ts';
import { createLiveHandler } from '../../server/http/live-handler.ts';

/** Strings that would run script if a widget ever wrote data through innerHTML. */
export const HOSTILE = {
  img: '<img src=x onerror=window.__x=1>',
  amp: 'R&D <EMEA>',
  script: '"><script>window.__x=2</script>',
};

/** Names a spreadsheet would run as formulas if a CSV export left them live (OWASP CSV injection). */
export const FORMULAS = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tTAB'];

export const SAMPLE_END = '2026-10';

/** Lifetime of `/secure-api` tokens: short enough for a test to wait out. */
export const SECURE_TOKEN_SECONDS = 2;

function hostileRows(): RawRow[] {
  const names = Object.values(HOSTILE);
  // Same input value → same hostile name, so a subscription keeps its product across months.
  const taint = (value: string) => `${names[value.length % names.length]} ${value}`;
  return generateSample({ customers: 80, endMonth: SAMPLE_END, seed: 3 }).map((row) => ({
    ...row,
    customerSegment: taint(row.customerSegment),
    partnerLocationName: taint(row.partnerLocationName),
    partnerAttributionType: taint(row.partnerAttributionType),
    salesChannel: taint(row.salesChannel),
    product: taint(row.product),
    sku: taint(row.sku),
  }));
}

/** The sample with every name a widget shows starting like a formula. */
function formulaRows(): RawRow[] {
  const taint = (value: string) => `${FORMULAS[value.length % FORMULAS.length]} ${value}`;
  return generateSample({ customers: 80, endMonth: SAMPLE_END, seed: 5 }).map((row) => ({
    ...row,
    customerSegment: taint(row.customerSegment),
    partnerLocationName: taint(row.partnerLocationName),
    salesChannel: taint(row.salesChannel),
    product: taint(row.product),
    sku: taint(row.sku),
  }));
}

type Koa = { req: IncomingMessage; res: ServerResponse; url: string; respond: boolean };
type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/** Runs a node handler inside Koa and waits until it has answered. */
function delegate(ctx: Koa, handler: Handler, url: string): Promise<void> {
  ctx.respond = false;
  ctx.req.url = url;
  // Koa presets 404; a plain node server starts at 200, which the handler relies on.
  ctx.res.statusCode = 200;
  return new Promise((resolve) => {
    ctx.res.on('finish', () => resolve());
    ctx.res.on('close', () => resolve());
    handler(ctx.req, ctx.res, () => {
      ctx.res.statusCode = 404;
      ctx.res.end();
    });
  });
}

function sendJson(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function fixture(name: string, path: string, search: URLSearchParams): string | undefined {
  const base = join('test/fixtures', name, path.replace(/^\/+/, ''));
  const by = search.get('by');
  for (const file of [by && `${base}.${by}.json`, `${base}.json`]) {
    if (file && !file.includes('..') && existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

/** Faults switched per key by `GET /fault-set?key=…&fault=…` (none: pass through to `/api`). */
const faults = new Map<string, string>();
/** The requests waiting under /delay/<ms>/, by <ms>: what /delay-release/<ms> answers at once. */
const delayed = new Map<string, Set<() => void>>();

/** `mb` megabytes of random bytes, written in chunks. */
function sendGarbage(res: ServerResponse, mb: number): void {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  const chunk = Buffer.alloc(1 << 20);
  let left = Math.min(Math.max(1, mb), 64);
  const write = () => {
    while (left > 0) {
      randomFillSync(chunk);
      left--;
      if (!res.write(chunk)) return void res.once('drain', write);
    }
    res.end();
  };
  write();
}

/** The sample behind `--auth demo`'s sign-in, with its token route (see `/secure-api` above). */
function secureApi(engine: Parameters<typeof createInsightsHandler>[0]): Handler {
  const secret = randomBytes(32);
  const api = createInsightsHandler(engine, { auth: createAuthenticator({ secret, clockTolerance: 0 }) });
  const tokens = createDemoTokenHandler({ secret, lifetime: SECURE_TOKEN_SECONDS });
  return (req, res, next) => {
    if (!tokens(req, res)) api(req, res, next);
  };
}

/** Live data per key of `/live/<key>/…`, and its handler. */
const lives = new Map<string, { live: LiveData; handler: Handler }>();
let liveVersions = 0;

/** `engine` for one LiveData swap: closing it (when a newer swap replaces it) keeps the shared engine open. */
function lent(engine: InsightsEngine): InsightsEngine {
  return {
    ...engine,
    monthly: (q) => engine.monthly(q),
    breakdown: (q, by) => engine.breakdown(q, by),
    trend: (q, by) => engine.trend(q, by),
    dimensions: () => engine.dimensions(),
    exportCsv: (q, l) => engine.exportCsv(q, l),
    description: engine.description,
    size: engine.size,
    close: async () => {},
  };
}

export async function testApiMiddleware() {
  const sample = await createDuckDbEngine(generateSample({ customers: 600, endMonth: SAMPLE_END, seed: 7 }));
  const other = await createDuckDbEngine(generateSample({ customers: 750, endMonth: SAMPLE_END, seed: 8 }));
  const handlers: Record<string, Handler> = {
    api: createInsightsHandler(sample, { corsOrigins: '*' }),
    'no-cors-api': createInsightsHandler(sample),
    'hostile-api': createInsightsHandler(await createDuckDbEngine(hostileRows())),
    'empty-api': createInsightsHandler(await createDuckDbEngine([])),
    'formula-api': createInsightsHandler(await createDuckDbEngine(formulaRows())),
    'secure-api': secureApi(sample),
  };

  const serve = async (ctx: Koa, url: URL): Promise<boolean> => {
    const [, head, ...rest] = url.pathname.split('/');
    const tail = '/' + rest.join('/');
    if (head === 'fault-set') {
      faults.set(url.searchParams.get('key') ?? '', url.searchParams.get('fault') ?? 'none');
      ctx.respond = false;
      sendJson(ctx.res, 200, '{}');
      return true;
    }
    if (head === 'live-set') {
      const key = url.searchParams.get('key') ?? '';
      const data = url.searchParams.get('data') ?? 'loading';
      let entry = lives.get(key);
      if (!entry || data === 'loading') {
        const live = new LiveData();
        lives.set(key, (entry = { live, handler: createLiveHandler(live, { corsOrigins: '*' }) }));
      }
      if (data !== 'loading') {
        const engine = data === 'b' ? other : sample;
        const now = new Date().toISOString();
        entry.live.swap(lent(engine), {
          version: `${data}-${++liveVersions}`,
          loadedAt: now,
          modifiedAt: data === 'b' ? '2026-12-05T06:12:00.000Z' : '2026-12-04T06:12:00.000Z',
          ...engine.size!,
        });
      }
      ctx.respond = false;
      sendJson(ctx.res, 200, '{}');
      return true;
    }
    if (head === 'live') {
      const [key, ...more] = rest;
      const entry = lives.get(key);
      if (!entry) return false;
      await delegate(ctx, entry.handler, '/' + more.join('/') + url.search);
      return true;
    }
    if (head === 'fault') {
      const [key, ...more] = rest;
      const fault = faults.get(key) ?? 'none';
      const path = '/' + more.join('/') + url.search;
      const to: Record<string, string> = {
        none: `/api${path}`,
        hang: `/hang${path}`,
        cut: `/cut/api${path}`,
        garbage: `/garbage/50${path}`,
        'not-json': `/not-json${path}`,
        'wrong-shape': `/fixtures/wrong-shape${path}`,
        empty: `/empty-api${path}`,
        'no-cors': `/no-cors-api${path}`,
      };
      return serve(ctx, new URL(to[fault] ?? `/status/${fault}${path}`, url));
    }
    if (head === 'auth') {
      const [token, ...more] = rest;
      const given = ctx.req.headers.authorization ?? '';
      if (given !== `Bearer ${token}`) {
        ctx.respond = false;
        const status = given === 'Bearer banned' ? 403 : 401;
        sendJson(
          ctx.res,
          status,
          JSON.stringify({ type: 'about:blank', title: 'No', status, detail: 'Sign in' }),
          'application/problem+json',
        );
        return true;
      }
      return serve(ctx, new URL('/api/' + more.join('/') + url.search, url));
    }
    if (head === 'csp') {
      ctx.respond = false;
      ctx.res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': "default-src 'self'; style-src 'self'; img-src 'self' data:",
      });
      ctx.res.end(readFileSync('test/csp/page.html'));
      return true;
    }
    if (head === 'not-json') {
      ctx.respond = false;
      sendJson(ctx.res, 200, '<html><body>Maintenance</body></html>', 'text/html');
      return true;
    }
    if (head === 'hang') {
      ctx.respond = false;
      await new Promise<void>((resolve) => ctx.req.socket.once('close', () => resolve()));
      return true;
    }
    if (head === 'garbage') {
      const [mb] = rest;
      ctx.respond = false;
      sendGarbage(ctx.res, Number(mb) || 1);
      return true;
    }
    if (head === 'cut') {
      // Ask this server for the real answer, then send half of it and break the connection.
      const port = ctx.req.socket.localPort;
      const answer = Buffer.from(await (await fetch(`http://127.0.0.1:${port}${tail}${url.search}`)).arrayBuffer());
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(answer.length), 'Cache-Control': 'no-store' });
      ctx.res.write(answer.subarray(0, answer.length >> 1), () => ctx.res.destroy());
      await new Promise<void>((resolve) => ctx.res.once('close', () => resolve()));
      return true;
    }
    if (head === 'delay') {
      const [ms, ...more] = rest;
      await new Promise<void>((resolve) => {
        const waiting = delayed.get(ms!) ?? new Set<() => void>();
        delayed.set(ms!, waiting);
        const done = () => {
          clearTimeout(timer);
          waiting.delete(done);
          resolve();
        };
        const timer = setTimeout(done, Math.min(Number(ms) || 0, 10_000));
        waiting.add(done);
      });
      return serve(ctx, new URL('/' + more.join('/') + url.search, url));
    }
    if (head === 'delay-release') {
      // Answers the requests waiting under /delay/<ms>/ now: a page done with them gives the
      // browser's six connections per host back (the next page's requests would queue behind).
      const [ms] = rest;
      for (const done of [...(delayed.get(ms!) ?? [])]) done();
      delayed.delete(ms!);
      ctx.respond = false;
      sendJson(ctx.res, 200, '{}');
      return true;
    }
    if (handlers[head]) {
      await delegate(ctx, handlers[head], tail + url.search);
      return true;
    }
    if (head === 'status') {
      const [code, ...more] = rest;
      ctx.respond = false;
      const status = Number(code) || 500;
      sendJson(
        ctx.res,
        status,
        JSON.stringify({ type: 'about:blank', title: 'Test failure', status, detail: `Fixture status ${status} for /${more.join('/')}` }),
        'application/problem+json',
      );
      return true;
    }
    if (head === 'fixtures') {
      const [name, ...more] = rest;
      const body = fixture(name, more.join('/'), url.searchParams);
      ctx.respond = false;
      if (body === undefined)
        sendJson(ctx.res, 404, JSON.stringify({ type: 'about:blank', title: 'Not found', status: 404, detail: 'No such fixture' }));
      else sendJson(ctx.res, 200, body);
      return true;
    }
    return false;
  };

  return async (ctx: Koa, next: () => Promise<void>) => {
    const url = new URL(ctx.url, 'http://localhost');
    if (!(await serve(ctx, url))) await next();
  };
}
