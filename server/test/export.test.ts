/**
 * The export under attack and misuse: CSV injection, identifiers (hashed, none, raw), CORS
 * allow-list, and the limits a stalled or greedy client meets (concurrent exports, row cap,
 * idle timeout), each tested with real sockets.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { get, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { once } from 'node:events';
import { parse } from 'csv-parse/sync';
import { exportCell } from '../engine/csv.ts';
import { EDGE_ROWS, row } from './fixtures.ts';
import { ENGINES, assertValid, serve, testEngine } from './helpers.ts';

const Q = { from: '2025-01', to: '2025-06', filters: {} };

async function exportText(engine: { exportCsv(q: typeof Q): AsyncIterable<string> }, q = Q): Promise<string> {
  let text = '';
  for await (const chunk of engine.exportCsv(q)) text += chunk;
  return text;
}

/** Text that a spreadsheet would run as a formula, and text that merely looks odd. */
const HOSTILE = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A9)', 'a=b', 'R&D, "EMEA"'];

for (const db of ENGINES.filter((e) => e !== 'clickhouse'))
  describe(`${db}: export cells`, () => {
    const rows = HOSTILE.map((text, i) =>
      row('2025-01', `t${i}`, { customerSegment: text, product: text, sku: `${text} sku`, partnerLocationName: text, activeUsers: i }),
    );

    test('formula-looking text is neutralised as csv.ts exportCell says; numbers stay numbers', async () => {
      const { engine, close } = await testEngine(db, rows, { exportIds: 'raw' });
      try {
        const text = await exportText(engine);
        const lines = text.split('\r\n').slice(1, -1);
        for (const [i, value] of HOSTILE.entries()) {
          const line = lines[i]!;
          assert.ok(line.includes(`,${exportCell(value)},`), `${JSON.stringify(value)} in ${line}`);
          assert.ok(line.endsWith(`,Active,${i}`), 'ActiveUsers is a bare number');
        }
        // What a spreadsheet reads: the quote makes each of them text.
        const cells = parse(text, { columns: true }) as Record<string, string>[];
        assert.equal(cells[0]!.CustomerSegment, `'${HOSTILE[0]}`);
        assert.equal(cells[4]!.CustomerSegment, 'a=b');
        assert.equal(cells[5]!.Product, 'R&D, "EMEA"');
      } finally {
        await close();
      }
    });

    test('ids: hashed with a key are the same tokens on every engine; none drops them', async () => {
      // One engine at a time: chdb holds one data directory per process.
      const hashed = await testEngine(db, EDGE_ROWS, { exportIdKey: 'test key', includeCustomerNames: true });
      try {
        const cells = parse(await exportText(hashed.engine), { columns: true }) as Record<string, string>[];
        const a = cells.find((c) => c.CustomerMarket === 'NL' && c.Month === '2025-01' && c.SKU === 'Microsoft 365 Business Basic')!;
        // The same token on DuckDB and ClickHouse, and across runs with the same key.
        const sha = (text: string) => createHash('sha256').update(text).digest('hex');
        assert.equal(a.CustomerTenantId, sha(sha('test key') + 'A').slice(0, 16));
        assert.equal(a.SubscriptionId, sha(sha('test key') + 'A-1').slice(0, 16));
        assert.equal(a.CustomerName, sha(sha('test key') + 'Customer A').slice(0, 16));
        assert.ok(!cells.some((c) => Object.values(c).some((v) => /^(A|B|A-1|Customer A)$/.test(v))));
      } finally {
        await hashed.close();
      }
      const none = await testEngine(db, EDGE_ROWS, { exportIds: 'none', includeCustomerNames: true });
      try {
        const header = (await exportText(none.engine)).split('\r\n')[0];
        assert.equal(
          header,
          'Month,CustomerMarket,CustomerSegment,PartnerLocation,PartnerLocationName,PartnerAttributionType,SalesChannel,AzurePricingModel,Product,SKU,SubscriptionState,ActiveUsers',
        );
      } finally {
        await none.close();
      }
    });
  });

test('exportCell: tab and carriage return count as formula starts; plain text and quoting as RFC 4180', () => {
  assert.equal(exportCell('\t=1'), `"'\t=1"`);
  assert.equal(exportCell('\r=1'), `"'\r=1"`);
  assert.equal(exportCell('-'), `"'-"`);
  assert.equal(exportCell('Contoso, Ltd.'), '"Contoso, Ltd."');
  assert.equal(exportCell('1-2'), '1-2');
});

describe('CORS allow-list', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => (server = await serve(EDGE_ROWS, { corsOrigins: ['https://portal.example', 'http://localhost:3000'] })));
  after(() => server.close());
  const get = (origin: string, path = '/customers/monthly', method = 'GET') =>
    fetch(`${server.base}${path}`, { method, headers: { Origin: origin, 'Access-Control-Request-Headers': 'authorization' } });

  test('a listed origin is reflected, with Vary: Origin', async () => {
    const res = await get('https://portal.example');
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://portal.example');
    assert.equal(res.headers.get('vary'), 'Origin, Accept-Encoding');
    const preflight = await get('http://localhost:3000', '/customers/export', 'OPTIONS');
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:3000');
    assert.match(preflight.headers.get('access-control-allow-headers')!, /Authorization/);
  });

  test('another origin gets no CORS headers (its browser withholds the answer), still Vary: Origin', async () => {
    for (const origin of ['https://evil.example', 'https://portal.example.evil', 'null']) {
      const res = await get(origin, '/customers/export');
      assert.equal(res.headers.get('access-control-allow-origin'), null, origin);
      assert.match(res.headers.get('vary')!, /Origin/);
    }
  });
});

/** A client that sends a request, takes the first bytes of the answer, then stops reading. */
async function stalledReader(base: string, path: string): Promise<Socket> {
  const { hostname, port } = new URL(base);
  const socket = connect(Number(port), hostname);
  socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
  const first = await new Promise<string>((resolve) => socket.once('data', (data: Buffer) => resolve(data.toString())));
  socket.pause();
  assert.match(first, /^HTTP\/1\.1 200/);
  return socket;
}

/** The server's end of each connection, by the client's port. */
function serverSockets(server: Server): Map<number, Socket> {
  const sockets = new Map<number, Socket>();
  server.on('connection', (socket: Socket) => sockets.set(socket.remotePort!, socket));
  return sockets;
}

describe('export limits', () => {
  // Two months of 3,000 rows with long names: a month's export (≈ 9 MB) outgrows socket buffers.
  const rows = ['2025-01', '2025-02'].flatMap((month) =>
    Array.from({ length: 3000 }, (_, i) => row(month, `t${i}`, { partnerLocationName: `Location ${i} `.padEnd(3000, '.') })),
  );
  let server: Awaited<ReturnType<typeof serve>>;
  let sockets: Map<number, Socket>;
  before(async () => {
    server = await serve(rows, { exportLimits: { concurrent: 2, maxRows: 4000, idleTimeoutMs: 2000 } });
    sockets = serverSockets(server.server);
  });
  after(() => server.close());
  const month = '/customers/export?from=2025-01&to=2025-01';

  test('row cap: a bigger export is a 413 before any byte of CSV; a narrower one streams', async () => {
    const res = await fetch(`${server.base}/customers/export?from=2025-01&to=2025-02`);
    assert.equal(res.status, 413);
    const body = await res.json();
    assertValid('problem', body);
    assert.equal(
      body.detail,
      'The export holds more than 4,000 rows, the most this server sends at once: narrow the range or add filters.',
    );
    const ok = await fetch(`${server.base}${month}`);
    assert.equal(ok.status, 200);
    assert.equal((await ok.text()).split('\r\n').length, 1 + 3000 + 1);
  });

  test('concurrent exports: the third gets a 429 with Retry-After; stalled readers are cut after the idle timeout', async () => {
    const stalled = [await stalledReader(server.base, month), await stalledReader(server.base, month)];
    try {
      const busy = await fetch(`${server.base}${month}`);
      assert.equal(busy.status, 429);
      assert.equal(busy.headers.get('retry-after'), '10');
      const body = await busy.json();
      assertValid('problem', body);
      assert.match(body.detail, /^2 exports are running, the most this server streams at once: try again in 10 seconds\.$/);
      // A refused reload builds a new handler (new caches): the slots still count the exports running.
      server.live.refuse('line 2: a refused reload');
      const again = await fetch(`${server.base}${month}`);
      assert.equal(again.status, 429);
      await again.arrayBuffer();
      // The stalled clients still read nothing; the server drops them and frees their slots.
      const ends = stalled.map((client) => sockets.get(client.localPort!)!);
      assert.ok(
        ends.every((end) => !end.destroyed),
        'stalled, not finished',
      );
      // Each connection's close, within the server's stall limit and some.
      await Promise.all(ends.map((end) => (end.destroyed ? undefined : once(end, 'close', { signal: AbortSignal.timeout(10_000) }))));
      assert.ok(
        ends.every((end) => end.destroyed),
        'the server closed the stalled connections',
      );
      const [a, b] = await Promise.all([fetch(`${server.base}${month}`), fetch(`${server.base}${month}`)]);
      assert.deepEqual([a.status, b.status], [200, 200]);
      await Promise.all([a.text(), b.text()]);
    } finally {
      for (const socket of stalled) socket.destroy();
    }
  });

  test('a client that goes away mid-export frees its slot', async () => {
    const gone: Socket[] = [];
    const onRequest = (req: IncomingMessage) => gone.push(req.socket);
    server.server.on('request', onRequest);
    // Each client on a connection of its own (no pool to reuse a closed one): a first chunk, then gone.
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((resolve, reject) => {
        const req = get(`${server.base}${month}`, { agent: false }, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        });
        req.on('error', reject); // after destroy(): ignored, the promise has settled
      });
    }
    server.server.off('request', onRequest);
    // The server sees each client go (its end of the connection closes)…
    assert.equal(gone.length, 3);
    await Promise.all(gone.map((socket) => (socket.destroyed ? undefined : once(socket, 'close'))));
    // …then frees the slot once the export's stream has wound down: two exports at once are
    // served again (asked until they are, for 5 s; leaked slots would refuse them for ever).
    const deadline = performance.now() + 5000;
    let statuses: number[] = [];
    const status = (url: string) =>
      new Promise<number>((resolve) => {
        const req = get(url, { agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', () => resolve(0));
        });
        req.on('error', () => resolve(0));
      });
    do {
      statuses = await Promise.all([status(`${server.base}${month}`), status(`${server.base}${month}`)]);
    } while (statuses.some((s) => s !== 200) && performance.now() < deadline);
    assert.deepEqual(statuses, [200, 200]);
  });
});
