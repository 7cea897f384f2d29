// The static side of the reference server, as a partner's page on another origin meets it:
// CORS, content types, caching of hashed chunks, compression, revalidation. A temporary
// folder stands in for the repository, so these tests need no build.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get as httpGet, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { negotiateEncoding } from '../http/static-encoding.ts';
import { createStaticHandler, IMMUTABLE, isHashedChunk, resolveFile } from '../http/static.ts';

const ENTRY = `import('./chunks/export-image-G61vFMTg.js');\n${'export const padding = "x";\n'.repeat(200)}`;
const CHUNK = `export default class Chart {}\n${'// filler line so compression has work to do\n'.repeat(100)}`;

describe('static files: reachable paths', () => {
  test('only demo/, dist/ and cdn/', () => {
    const root = '/repo';
    assert.equal(resolveFile(root, '/'), '/repo/demo/index.html');
    assert.equal(resolveFile(root, '/dist/index.js'), '/repo/dist/index.js');
    assert.equal(resolveFile(root, '/cdn/chunks/a-12345678.js'), '/repo/cdn/chunks/a-12345678.js');
    assert.equal(resolveFile(root, '/cdn/../package.json'), null);
    assert.equal(resolveFile(root, '/cdn/%2e%2e/server/main.ts'), null);
    assert.equal(resolveFile(root, '/src/index.ts'), null);
  });

  test('hashed chunks are told apart from entries', () => {
    assert.equal(isHashedChunk('/r/cdn/chunks/export-image-G61vFMTg.js'), true);
    assert.equal(isHashedChunk('/r/dist/chunks/define-yFj5czUt.js'), true);
    assert.equal(isHashedChunk('/r/cdn/insights-widgets.js'), false);
    assert.equal(isHashedChunk('/r/dist/elements/kpi-card.js'), false);
  });

  test('Accept-Encoding: brotli first, gzip next, q=0 refuses', () => {
    assert.equal(negotiateEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(negotiateEncoding('gzip'), 'gzip');
    assert.equal(negotiateEncoding('br;q=0, gzip;q=0.5'), 'gzip');
    assert.equal(negotiateEncoding('*'), 'br');
    assert.equal(negotiateEncoding('identity'), null);
    assert.equal(negotiateEncoding(undefined), null);
  });
});

/**
 * Serves a temporary repository of `files` (path → text) with the static handler for the
 * tests of the calling `describe`; its `root` and `base` are set before they run.
 */
function serveFiles(files: Record<string, string>) {
  const served = { root: '', base: '' };
  let server: Server;
  before(async () => {
    served.root = mkdtempSync(join(tmpdir(), 'insights-static-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(served.root, path)), { recursive: true });
      writeFileSync(join(served.root, path), text);
    }
    const handle = createStaticHandler(served.root);
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((done) => server.listen(0, done));
    served.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    rmSync(served.root, { recursive: true, force: true });
  });
  return served;
}

describe('static files: served to another origin', () => {
  const served = serveFiles({
    'cdn/insights-widgets.js': ENTRY,
    'cdn/chunks/export-image-G61vFMTg.js': CHUNK,
    'cdn/chunks/tiny-AbCdEf12.js': 'export {};\n',
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${served.base}${path}`, { headers: { Origin: 'https://partner.example', 'Accept-Encoding': 'identity', ...headers } });

  test('the entry: CORS, a JavaScript type, revalidated (not cached for long)', async () => {
    const res = await get('/cdn/insights-widgets.js');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.equal(await res.text(), ENTRY);
  });

  test('a hashed chunk: cached for a year, immutable', async () => {
    const res = await get('/cdn/chunks/export-image-G61vFMTg.js');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), IMMUTABLE);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(await res.text(), CHUNK);
  });

  test('brotli when accepted, else gzip; the bytes decode to the file', async () => {
    // fetch() would decode transparently; read the raw body through node:http instead.
    const raw = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
        httpGet(`${served.base}/cdn/insights-widgets.js`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () => done({ headers: res.headers, body: Buffer.concat(parts) }));
        }).on('error', fail);
      });
    const br = await raw('gzip, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers.vary, 'Accept-Encoding');
    assert.ok(br.body.length < ENTRY.length / 4, `${br.body.length} bytes`);
    assert.equal(brotliDecompressSync(br.body).toString(), ENTRY);
    const gz = await raw('gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.body).toString(), ENTRY);
    const plain = await raw('identity');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), ENTRY);
  });

  test('a tiny file is sent as is', async () => {
    const res = await get('/cdn/chunks/tiny-AbCdEf12.js', { 'Accept-Encoding': 'br' });
    assert.equal(res.headers.get('content-encoding'), null);
    assert.equal(await res.text(), 'export {};\n');
  });

  test('If-None-Match with the ETag: 304, no body', async () => {
    const first = await get('/cdn/insights-widgets.js');
    const etag = first.headers.get('etag')!;
    assert.ok(etag);
    const again = await get('/cdn/insights-widgets.js', { 'If-None-Match': etag });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
  });

  test('HEAD has the headers and no body; other methods are refused', async () => {
    const head = await fetch(`${served.base}/cdn/insights-widgets.js`, { method: 'HEAD', headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String(Buffer.byteLength(ENTRY)));
    const post = await fetch(`${served.base}/cdn/insights-widgets.js`, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal((await get('/cdn/missing.js')).status, 404);
  });
});

describe('static files: module preloads of the current build', () => {
  const PAGE = `<!doctype html><head><script type="module" src="/cdn/insights-widgets.js"></script>
    <!-- modulepreload: export-image -->
  </head><body>${'<p>filler so the page is compressed</p>\n'.repeat(40)}</body>`;
  const served = serveFiles({ 'demo/index.html': PAGE, 'demo/plain.html': '<!doctype html><p>no marker</p>', 'cdn/.keep': '' });

  test('without a build the marker goes and the page still loads', async () => {
    const page = await (await fetch(`${served.base}/`)).text();
    assert.doesNotMatch(page, /modulepreload/);
    assert.match(page, /insights-widgets\.js/);
  });

  test('the entry chunks and the named lazy ones, from cdn/preload.json; compressed; revalidated by content', async () => {
    writeFileSync(
      join(served.root, 'cdn/preload.json'),
      JSON.stringify({
        entry: ['chunks/bundle-AAAAAAAA.js'],
        lazy: { 'export-image': ['chunks/export-image-BBBBBBBB.js'], 'countries-110m': ['chunks/countries-110m-CCCCCCCC.js'] },
      }),
    );
    const res = await fetch(`${served.base}/`, { headers: { 'Accept-Encoding': 'br' } });
    assert.equal(res.headers.get('content-encoding'), 'br');
    const page = await res.text();
    const links = [...page.matchAll(/<link rel="modulepreload" href="([^"]+)" \/>/g)].map((m) => m[1]);
    assert.deepEqual(links, ['/cdn/chunks/bundle-AAAAAAAA.js', '/cdn/chunks/export-image-BBBBBBBB.js']);
    const etag = res.headers.get('etag')!;
    assert.equal((await fetch(`${served.base}/`, { headers: { 'If-None-Match': etag } })).status, 304);
    // A new build (new hashes) is a new page.
    writeFileSync(join(served.root, 'cdn/preload.json'), JSON.stringify({ entry: ['chunks/bundle-DDDDDDDD.js'], lazy: {} }));
    const rebuilt = await fetch(`${served.base}/`, { headers: { 'If-None-Match': etag } });
    assert.equal(rebuilt.status, 200);
    assert.match(await rebuilt.text(), /bundle-DDDDDDDD/);
  });

  test('a page without the marker is sent as it is', async () => {
    assert.equal(await (await fetch(`${served.base}/demo/plain.html`)).text(), '<!doctype html><p>no marker</p>');
  });
});
