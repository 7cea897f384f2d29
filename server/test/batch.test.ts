/**
 * `GET /batch`: each part is what its resource answers alone (status, ETag, body), in order;
 * refused parts beside answered ones; whole-batch refusals; validators, compression, metrics;
 * an engine failure and the first load as parts; sign-in, scopes and the access log.
 */
import assert from 'node:assert/strict';
import { createServer, request, type Server } from 'node:http';
import { syncBuiltinESMExports } from 'node:module';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import { BATCH_MAX_PARTS, type BatchResponse, type Problem, type ResourceName } from '../../src/data/contract.ts';
import { LiveData } from '../data-source/live-data.ts';
import type { InsightsEngine } from '../engine/engine.ts';
import type { AccessEntry } from '../http/audit.ts';
import { createAuthenticator } from '../http/auth.ts';
import { createInsightsHandler } from '../http/handler.ts';
import { startServer } from '../main.ts';
import { EDGE_ROWS } from './fixtures.ts';
import { assertValid, serve, until } from './helpers.ts';
import { AUDIENCE, ISSUER, testKeys, type TestKeys } from './tokens.ts';

const query = (parts: readonly string[]) => parts.map((r) => `r=${encodeURIComponent(r)}`).join('&');
const IDENTITY = { 'accept-encoding': 'identity' };

/** The four JSON resources, one request each, with parameters that make them differ from their defaults. */
const FOUR = [
  '/customers/monthly?from=2025-01&to=2025-06',
  '/customers/breakdown?by=market&last=3',
  '/customers/trend?by=product&market=NL&market=DE',
  '/dimensions',
];
const NAMES: ResourceName[] = ['monthly', 'breakdown', 'trend', 'dimensions'];

/** Status, identity ETag and JSON body of `path` requested alone. */
async function alone(base: string, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers: { ...IDENTITY, ...headers } });
  return { status: res.status, etag: res.headers.get('etag'), body: await res.json() };
}

/** A GET without automatic decompression. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

/** Counts the compressors made while `run` runs (the handler's `compress` makes one per body). */
async function countCompressions(run: () => Promise<void>): Promise<number> {
  let made = 0;
  const names = ['createGzip', 'createBrotliCompress'] as const;
  const originals = names.map((name) => Object.getOwnPropertyDescriptor(zlib, name)!);
  // zlib's exports are read-only but configurable; syncBuiltinESMExports() hands the handler's
  // named imports these counting wrappers.
  for (const [i, name] of names.entries()) {
    const make = originals[i]!.value as (...args: unknown[]) => unknown;
    Object.defineProperty(zlib, name, { ...originals[i], value: (...args: unknown[]) => (made++, make(...args)) });
  }
  syncBuiltinESMExports();
  try {
    await run();
  } finally {
    for (const [i, name] of names.entries()) Object.defineProperty(zlib, name, originals[i]!);
    syncBuiltinESMExports();
  }
  return made;
}

describe('batch', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => (server = await serve(EDGE_ROWS)));
  after(() => server.close());

  const batch = (parts: readonly string[], headers: Record<string, string> = {}) =>
    fetch(`${server.base}/batch?${query(parts)}`, { headers: { ...IDENTITY, ...headers } });
  async function answers(parts: readonly string[], headers: Record<string, string> = {}) {
    const res = await batch(parts, headers);
    const body = (await res.json()) as BatchResponse;
    assert.equal(res.status, 200, JSON.stringify(body));
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
    assertValid('batch', body);
    assert.equal(body.answers.length, parts.length);
    return { res, answers: body.answers };
  }

  test('each part is its resource alone: status 200, the same ETag, the same body', async () => {
    const { res, answers: parts } = await answers(FOUR);
    assert.equal(res.headers.get('cache-control'), 'private, max-age=60');
    for (const [i, path] of FOUR.entries()) {
      const single = await alone(server.base, path);
      assert.equal(single.status, 200);
      assert.deepEqual(parts[i], { status: 200, etag: single.etag, body: single.body }, path);
      assertValid(NAMES[i]!, parts[i]!.body);
    }
    const [monthly, breakdown, trend] = parts.map((p) => p.body) as [
      { months: unknown[] },
      { by: string; rows: unknown[] },
      { query: { filters: unknown } },
    ];
    assert.equal(monthly.months.length, 6);
    assert.equal(breakdown.by, 'market');
    assert.ok(breakdown.rows.length > 0);
    assert.deepEqual(trend.query.filters, { market: ['DE', 'NL'] });
  });

  test('the order of the parts is kept, and a part may repeat', async () => {
    const parts = [FOUR[3]!, FOUR[0]!, FOUR[2]!, FOUR[3]!];
    const { answers: got } = await answers(parts);
    for (const [i, path] of parts.entries()) assert.equal(got[i]!.etag, (await alone(server.base, path)).etag, path);
    assert.notEqual(got[0]!.etag, got[1]!.etag);
  });

  test('a refused part is its problem; the others answer, the batch is a 200 kept nowhere', async () => {
    const parts: [string, number, string?][] = [
      [FOUR[0]!, 200],
      ['/customers/nope', 404],
      ['/customers/export', 404],
      ['/openapi.json', 404],
      ['/batch?r=%2Fdimensions', 404],
      ['/customers/breakdown?by=colour', 400, 'by'],
      ['/dimensions?from=2025-01', 400, 'from'],
      ['customers/monthly', 400, 'r'],
      ['http://evil/customers/monthly', 400, 'r'],
      ['//evil/customers/monthly', 400, 'r'],
      ['/\\evil/customers/monthly', 400, 'r'],
      ['/\t/evil/customers/monthly', 400, 'r'],
      ['', 400, 'r'],
      [FOUR[3]!, 200],
    ];
    const { res, answers: got } = await answers(parts.map(([r]) => r));
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.deepEqual(
      got.map((p) => p.status),
      parts.map(([, status]) => status),
    );
    for (const [i, [r, status, parameter]] of parts.entries()) {
      if (status === 200) continue;
      const problem = got[i]!.body as Problem;
      assertValid('problem', problem);
      assert.equal(problem.status, status, r);
      assert.equal(problem.parameter, parameter, r);
      assert.equal(got[i]!.etag, undefined);
    }
    // A bad parameter is the problem the resource gives alone.
    for (const i of [5, 6]) assert.deepEqual(got[i]!.body, await server.problem(parts[i]![0]));
    assert.match((got[2]!.body as Problem).detail, /^No resource at \/customers\/export in a batch/);
    assert.deepEqual(got[0]!.body, (await alone(server.base, FOUR[0]!)).body);
  });

  test('a malformed batch is a 400 naming the parameter: no r, too many, an unknown parameter', async () => {
    const refused = async (search: string, parameter: string) => {
      const res = await fetch(`${server.base}/batch${search}`);
      assert.equal(res.status, 400, search);
      assert.equal(res.headers.get('content-type'), 'application/problem+json');
      const body = (await res.json()) as Problem;
      assertValid('problem', body);
      assert.equal(body.parameter, parameter, search);
      return body.detail;
    };
    assert.match(await refused('', 'r'), /r=<path and query>/);
    assert.match(
      await refused(`?${query(Array(BATCH_MAX_PARTS + 1).fill('/dimensions'))}`, 'r'),
      /at most 16 resources \(r\); this one names 17/,
    );
    assert.match(await refused(`?${query(['/dimensions'])}&last=3`, 'last'), /takes only r/);
    assert.match(await refused(`?R=${encodeURIComponent('/dimensions')}`, 'R'), /Unknown parameter "R"/);
    const { answers: most } = await answers(Array(BATCH_MAX_PARTS).fill('/dimensions'));
    assert.equal(most.length, 16);
  });

  test('validators: a strong ETag of its own, 304 on If-None-Match; HEAD, OPTIONS, other methods 405', async () => {
    const first = await batch(FOUR);
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^"[\w-]+"$/);
    const parts = (await first.json()) as BatchResponse;
    assert.ok(parts.answers.every((p) => p.etag !== etag));
    const again = await batch(FOUR, { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const other = await batch(FOUR.slice(0, 3), { 'if-none-match': etag });
    assert.equal(other.status, 200);
    assert.notEqual(other.headers.get('etag'), etag);
    const head = await fetch(`${server.base}/batch?${query(FOUR)}`, { method: 'HEAD', headers: IDENTITY });
    assert.deepEqual([head.status, head.headers.get('etag'), await head.text()], [200, etag, '']);
    assert.equal((await fetch(`${server.base}/batch`, { method: 'OPTIONS' })).status, 204);
    const post = await fetch(`${server.base}/batch?${query(FOUR)}`, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
  });

  test('compression: gzip and br as for a resource, an ETag per encoding, compressed once per batch', async () => {
    const parts = [...FOUR, '/customers/trend?by=sku'];
    const url = `${server.base}/batch?${query(parts)}`;
    const plain = await rawGet(url, IDENTITY);
    assert.ok(plain.body.length > 1024, 'big enough to compress');
    assert.equal(plain.headers['content-encoding'], undefined);
    const etag = plain.headers.etag as string;
    for (const [encoding, decode] of [
      ['gzip', zlib.gunzipSync],
      ['br', zlib.brotliDecompressSync],
    ] as const) {
      let packed: Awaited<ReturnType<typeof rawGet>> | undefined;
      const made = await countCompressions(async () => {
        packed = await rawGet(url, { 'accept-encoding': encoding });
        assert.deepEqual(await rawGet(url, { 'accept-encoding': encoding }), packed);
      });
      assert.equal(made, 1, `${encoding}: a repeated batch is not compressed again`);
      assert.equal(packed!.headers['content-encoding'], encoding);
      assert.equal(packed!.headers.etag, `${etag.slice(0, -1)}-${encoding}"`);
      assert.match(String(packed!.headers.vary), /Accept-Encoding/);
      assert.ok(packed!.body.length < plain.body.length / 2);
      assert.equal(decode(packed!.body).toString(), plain.body.toString());
      const revalidated = await rawGet(url, { 'accept-encoding': encoding, 'if-none-match': packed!.headers.etag as string });
      assert.equal(revalidated.status, 304);
    }
  });

  test('metrics: /batch is a route label of its own', async () => {
    const count = async () => {
      const text = await (await fetch(`${server.base}/metrics`)).text();
      return Number(/^insights_http_requests_total\{route="\/batch",status="200"\} (\d+)$/m.exec(text)?.[1] ?? 0);
    };
    const before = await count();
    for (let i = 0; i < 3; i++) await (await batch(FOUR)).arrayBuffer();
    assert.equal((await count()) - before, 3);
  });
});

/** A server on `handler` alone (no health, no static files). */
async function listen(handler: ReturnType<typeof createInsightsHandler>): Promise<{ base: string; server: Server }> {
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('batch: an engine failure and the first load are parts', () => {
  const MONTHLY = { query: { from: '2025-01', to: '2025-06', filters: {} }, before: { month: '2024-12', customers: 0 }, months: [] };
  const failing: InsightsEngine = {
    monthly: async () => MONTHLY,
    breakdown: () => Promise.reject(new Error('SQL went wrong')),
    trend: () => Promise.reject(new Error('unreachable')),
    dimensions: async () => ({ range: { min: '2025-01', max: '2025-06' }, dimensions: {} }),
    async *exportCsv() {},
    description: 'stub',
    close: async () => {},
  };

  test('an engine failure is a logged 500 part; the batch is a 200; parts are relative to the base path', async (t) => {
    const { base, server } = await listen(createInsightsHandler(failing, { basePath: '/api' }));
    t.after(() => server.close());
    const logged = t.mock.method(console, 'error', () => {});
    const res = await fetch(`${base}/api/batch?${query(['/customers/monthly', '/customers/breakdown?by=market', '/api/dimensions'])}`);
    const { answers } = (await res.json()) as BatchResponse;
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.deepEqual(
      answers.map((p) => p.status),
      [200, 500, 404],
    );
    assert.deepEqual(answers[0]!.body, MONTHLY);
    assert.equal((answers[1]!.body as Problem).detail, 'The engine failed to compute this resource.');
    assert.ok(!JSON.stringify(answers).includes('SQL'), 'the engine’s message stays in the log');
    assert.equal(logged.mock.callCount(), 1);
    assert.match(String(logged.mock.calls[0]!.arguments[0]), /\/api\/batch\?.* \(part 2\):$/);
  });

  test('while the first load runs, each part is the 503 its resource gives, with retryAfter', async (t) => {
    const server = await startServer({ port: 0, engine: new LiveData() });
    t.after(() => new Promise((resolve) => server.close(resolve)));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const res = await fetch(`${base}/batch?${query(['/customers/monthly?last=3', '/dimensions'])}`);
    const body = (await res.json()) as BatchResponse;
    assert.equal(res.status, 200);
    assertValid('batch', body);
    const single = await fetch(`${base}/dimensions`);
    assert.equal(single.headers.get('retry-after'), '2');
    const problem = await single.json();
    assert.deepEqual(body.answers, [
      { status: 503, body: problem, retryAfter: 2 },
      { status: 503, body: problem, retryAfter: 2 },
    ]);
  });
});

describe('batch: signed in', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let keys: TestKeys;
  const entries: AccessEntry[] = [];
  before(async () => {
    keys = await testKeys();
    const auth = createAuthenticator({ secret: keys.secret, issuer: ISSUER, audience: AUDIENCE });
    server = await serve(EDGE_ROWS, { auth, accessLog: (entry) => entries.push(entry) });
  });
  after(() => server.close());

  const as = async (location: string, headers: Record<string, string> = {}) => ({
    authorization: `Bearer ${await keys.sign({ roles: ['report-viewer'], insights_scope: { partnerLocation: [location] } })}`,
    ...IDENTITY,
    ...headers,
  });

  test('refused sign-in: the same 401/403 as a resource alone, before the batch is read', async () => {
    const guest = `Bearer ${await keys.sign({ roles: ['guest'] })}`;
    for (const [headers, status] of [
      [{}, 401],
      [{ authorization: 'Bearer not-a-token' }, 401],
      [{ authorization: guest }, 403],
    ] as [Record<string, string>, number][]) {
      const single = await fetch(`${server.base}/customers/monthly`, { headers });
      for (const search of [query(FOUR), 'x=1']) {
        const res = await fetch(`${server.base}/batch?${search}`, { headers });
        assert.equal(res.status, status);
        assert.equal(res.headers.get('www-authenticate'), single.headers.get('www-authenticate'));
        assert.match(res.headers.get('www-authenticate')!, /^Bearer realm="insights"/);
        assert.deepEqual(await res.json(), await single.clone().json());
      }
    }
  });

  test("a scoped user's parts are that user's answers alone, never another scope's", async () => {
    const batches = new Map<string, { etag: string; answers: BatchResponse['answers'] }>();
    for (const location of ['1001', '1002']) {
      const headers = await as(location);
      const res = await fetch(`${server.base}/batch?${query(FOUR)}`, { headers });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'private, no-cache');
      assert.match(res.headers.get('vary')!, /Authorization/);
      const { answers } = (await res.json()) as BatchResponse;
      for (const [i, path] of FOUR.entries()) {
        const single = await alone(server.base, path, headers);
        assert.deepEqual(answers[i], { status: 200, etag: single.etag, body: single.body }, `${location} ${path}`);
      }
      assert.deepEqual((answers[3]!.body as { scope: unknown }).scope, { partnerLocation: [location] });
      batches.set(location, { etag: res.headers.get('etag')!, answers });
    }
    const [a, b] = [batches.get('1001')!, batches.get('1002')!];
    assert.notEqual(a.etag, b.etag);
    for (const i of FOUR.keys()) {
      assert.notEqual(a.answers[i]!.etag, b.answers[i]!.etag);
      assert.notDeepEqual(a.answers[i]!.body, b.answers[i]!.body, FOUR[i]);
    }
    const across = await fetch(`${server.base}/batch?${query(FOUR)}`, { headers: await as('1002', { 'if-none-match': a.etag }) });
    assert.equal(across.status, 200, "A's validator in B's scope");
    const same = await fetch(`${server.base}/batch?${query(FOUR)}`, { headers: await as('1001', { 'if-none-match': a.etag }) });
    assert.equal(same.status, 304, "A's validator in A's scope");
  });

  test('the access log: one line per batch, with who asked', async () => {
    const seen = entries.length;
    const res = await fetch(`${server.base}/batch?${query(FOUR)}`, { headers: await as('1001') });
    await res.arrayBuffer();
    await until(() => entries.length > seen, 'the access log line');
    const lines = entries.slice(seen);
    assert.equal(lines.length, 1);
    assert.deepEqual(
      { ...lines[0], time: undefined, ms: undefined },
      {
        time: undefined,
        ms: undefined,
        subject: 'user-1',
        roles: ['report-viewer'],
        scope: lines[0]!.scope,
        method: 'GET',
        path: '/batch',
        status: 200,
        bytes: Number(res.headers.get('content-length')),
      },
    );
    assert.match(lines[0]!.scope!, /^[0-9a-f]{12}$/);
  });
});
