/** HTTP behaviour: problems, caching headers, CORS, export, OpenAPI, static files. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { resolveFile } from '../http/static.ts';
import { openApiText } from '../write-openapi.ts';
import { EDGE_ROWS } from './fixtures.ts';
import { serve } from './helpers.ts';

describe('HTTP', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => (server = await serve(EDGE_ROWS)));
  after(() => server.close());

  const cases: [string, string][] = [
    ['/customers/monthly?from=2025-13', 'from'],
    ['/customers/monthly?to=25-01', 'to'],
    ['/customers/monthly?from=2025-06&to=2025-01', 'from'],
    ['/customers/monthly?from=2023-01&to=2025-01', 'from'],
    ['/customers/monthly?from=2025-01&from=2025-02', 'from'],
    ['/customers/monthly?colour=red', 'colour'],
    ['/customers/monthly?market=nl', 'market'],
    ['/customers/monthly?product=', 'product'],
    ['/customers/breakdown?by=colour', 'by'],
    ['/customers/breakdown', 'by'],
    ['/customers/trend?by=', 'by'],
    ['/customers/monthly?by=market', 'by'],
    ['/customers/export?format=xlsx', 'format'],
    ['/dimensions?from=2025-01', 'from'],
    ['/customers/monthly?last=0', 'last'],
    ['/customers/monthly?last=25', 'last'],
    ['/customers/monthly?last=3&to=2025-06', 'last'],
    // Months outside the window, year 0 first (it was a 500, or "00-1-12" in `before`).
    ...['to', 'from'].flatMap((p) =>
      ['0000-01', '0000-11', '0001-01', '1999-12', '2101-01', '9999-12'].map((m): [string, string] => [`/customers/monthly?${p}=${m}`, p]),
    ),
    ...['monthly', 'breakdown?by=market&', 'trend?by=sku&', 'export?'].map((r): [string, string] => [
      `/customers/${r.includes('?') ? r : `${r}?`}to=0000-05`,
      'to',
    ]),
    ['/customers/monthly?from=0000-01&to=2025-06', 'from'],
  ];
  for (const [path, parameter] of cases) {
    test(`400 naming "${parameter}": ${path}`, async () => {
      const body = await server.problem(path);
      assert.equal(body.status, 400);
      assert.equal(body.parameter, parameter);
      assert.ok(body.detail.length > 0);
    });
  }

  test('months outside the window: the problem says which months to send', async () => {
    const body = await server.problem('/customers/monthly?to=0000-01');
    assert.equal(body.detail, 'to "0000-01" is outside the months this server answers: send a month from 2000-01 to 2100-12.');
    assert.match((await server.problem('/customers/trend?by=market&from=20x5-01')).detail, /send YYYY-MM, e\.g\. from=2025-06/);
  });

  test("the window's first and last months are allowed; the month before the range is a real month", async () => {
    assert.equal((await server.get('monthly', '?from=2000-01&to=2000-12')).before.month, '1999-12');
    assert.equal((await server.get('monthly', '?to=2000-01')).before.month, '1999-01');
    assert.equal((await server.get('monthly', '?to=2100-12')).months.at(-1)!.month, '2100-12');
  });

  test('24 months is the maximum range, and it is allowed', async () => {
    const body = await server.get('monthly', '?from=2023-07&to=2025-06');
    assert.equal(body.months.length, 24);
  });

  test('last=N: the last N months with data', async () => {
    const body = await server.get('monthly', '?last=3');
    assert.deepEqual([body.query.from, body.query.to, body.months.length], ['2025-04', '2025-06', 3]);
  });

  test('the query echo is normalized: sorted, deduplicated, only present filters', async () => {
    const body = await server.get('monthly', '?segment=Education&market=NL&market=DE&market=NL');
    assert.deepEqual(body.query, { from: '2024-07', to: '2025-06', filters: { market: ['DE', 'NL'], segment: ['Education'] } });
  });

  test('strong ETag, Cache-Control and 304 on If-None-Match', async () => {
    const url = `${server.base}/customers/monthly?from=2025-01&to=2025-06`;
    const first = await fetch(url);
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^"[\w-]+"$/);
    assert.equal(first.headers.get('cache-control'), 'private, max-age=60');
    const again = await fetch(url, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const other = await fetch(url, { headers: { 'If-None-Match': '"nope"' } });
    assert.equal(other.status, 200);
    assert.equal(other.headers.get('etag'), etag);
  });

  test('CORS, by default: no headers for any origin (an embedded API answers its own pages only)', async () => {
    const res = await fetch(`${server.base}/customers/monthly`, { headers: { Origin: 'https://partner.example' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  test('concurrent requests on one engine answer as sequential ones do', async () => {
    const paths = ['market', 'segment', 'product', 'sku', 'salesChannel'].flatMap((by) => [
      `/customers/breakdown?by=${by}&from=2025-01&to=2025-06`,
      `/customers/trend?by=${by}&from=2025-02&to=2025-05&salesChannel=EA`,
    ]);
    const parallel = await Promise.all(paths.map(async (p) => (await fetch(server.base + p)).text()));
    for (const [i, p] of paths.entries()) assert.equal(await (await fetch(server.base + p)).text(), parallel[i]);
  });

  test('unknown paths are 404 problems; other methods are 405', async () => {
    assert.equal((await fetch(`${server.base}/customers/nope`)).status, 404);
    assert.equal((await fetch(`${server.base}/customers/monthly`, { method: 'POST' })).status, 405);
  });

  test('export: CSV of the rows behind the query, without customer names, ids hashed', async () => {
    const res = await fetch(`${server.base}/customers/export?from=2025-02&to=2025-03&market=DE&market=XK`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/csv/);
    const lines = (await res.text()).trimEnd().split('\r\n');
    assert.equal(
      lines[0],
      'Month,CustomerTenantId,CustomerMarket,CustomerSegment,PartnerLocation,PartnerLocationName,PartnerAttributionType,SalesChannel,AzurePricingModel,Product,SKU,SubscriptionId,SubscriptionState,ActiveUsers',
    );
    // B has rows in 02 only (none in 03), D in 02 and 03: file order, any state; D's two rows share one token.
    const cells = lines.slice(1).map((l) => l.split(','));
    assert.deepEqual(
      cells.map((c) => [c[0], c[2]]),
      [
        ['2025-02', 'DE'],
        ['2025-02', 'XK'],
        ['2025-03', 'XK'],
      ],
    );
    for (const c of cells) assert.match(c[1]!, /^[0-9a-f]{16}$/);
    assert.notEqual(cells[0]![1], cells[1]![1]);
    assert.equal(cells[1]![1], cells[2]![1]);
    assert.equal(cells[1]![11], cells[2]![11], 'one subscription, one token');
    assert.ok(!lines.join('\n').includes('Customer B'));
  });

  test('export: an unknown member (SQL in it, even) gives the header only, and nothing breaks', async () => {
    const evil = encodeURIComponent("Nope'); DROP TABLE src; --");
    const text = await (await fetch(`${server.base}/customers/export?from=2025-01&to=2025-06&product=${evil}`)).text();
    assert.equal(text.trimEnd().split('\r\n').length, 1);
    const after = await (await fetch(`${server.base}/customers/export?from=2025-06&to=2025-06&market=DE`)).text();
    assert.equal(after.trimEnd().split('\r\n').length, 2);
  });

  test('OpenAPI: served, and the committed server/openapi.json is up to date', async () => {
    const res = await fetch(`${server.base}/openapi.json`);
    assert.equal(res.status, 200);
    const committed = readFileSync(new URL('../openapi.json', import.meta.url), 'utf8');
    assert.equal(committed, openApiText(), 'run: node --import tsx server/write-openapi.ts');
    assert.deepEqual(await res.json(), JSON.parse(committed));
  });
});

describe('export with customer names and raw ids configured', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => (server = await serve(EDGE_ROWS, { includeCustomerNames: true, exportIds: 'raw', basePath: '/api' })));
  after(() => server.close());

  test('names and ids as loaded; API mounted under basePath', async () => {
    const text = await (await fetch(`${server.base}/api/customers/export?from=2025-06&to=2025-06&market=DE`)).text();
    assert.match(text.split('\r\n')[0]!, /CustomerTenantId,CustomerName,/);
    assert.match(text, /^2025-06,B,Customer B,DE,.*,B-1,Active,7$/m);
  });
});

describe('static files', () => {
  test('only demo/ and dist/ are reachable', () => {
    const root = '/repo';
    assert.equal(resolveFile(root, '/'), '/repo/demo/index.html');
    assert.equal(resolveFile(root, '/dist/insights.js'), '/repo/dist/insights.js');
    assert.equal(resolveFile(root, '/demo/../package.json'), null);
    assert.equal(resolveFile(root, '/demo/%2e%2e/server/main.ts'), null);
    assert.equal(resolveFile(root, '/dist/..%2f..%2fetc/passwd'), null);
    assert.equal(resolveFile(root, '/package.json'), null);
  });
});

describe('the demo, served', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => (server = await serve(EDGE_ROWS)));
  after(() => server.close());

  test('/ is the demo dashboard, loading the script-tag bundle; the API answers beside it', async () => {
    const page = await fetch(`${server.base}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    const html = await page.text();
    assert.match(html, /<script type="module" src="\/cdn\/insights-widgets\.js"><\/script>/);
    for (const tag of ['filter-context', 'kpi-card', 'customer-geo-map', 'adds-churn-chart', 'product-sunburst']) {
      assert.match(html, new RegExp(`<${tag}[ >]`), tag);
    }
    const standalone = await fetch(`${server.base}/demo/standalone.html`);
    assert.equal(standalone.status, 200);
    assert.equal((await fetch(`${server.base}/package.json`)).status, 404);
    assert.equal((await server.get('monthly')).months.length > 0, true);
  });
});
