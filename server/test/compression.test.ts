/** Compression: Accept-Encoding negotiated, bodies identical once decoded, ETags per encoding. */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { negotiateEncoding } from '../http/compression.ts';
import { generateSample } from '../data/sample.ts';
import { serve } from './helpers.ts';

describe('negotiateEncoding', () => {
  const cases: [string | undefined, string][] = [
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip;q=1', 'gzip'],
    ['BR', 'br'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0.1, gzip;q=0.5', 'gzip'],
    ['identity', 'identity'],
    ['deflate', 'identity'],
  ];
  for (const [header, expected] of cases) {
    test(`${JSON.stringify(header)} → ${expected}`, () => assert.equal(negotiateEncoding(header), expected));
  }
});

/** A GET without automatic decompression: status, headers and raw bytes. */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(url, { headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('compressed responses', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => (server = await serve(generateSample({ customers: 200, endMonth: '2026-06', seed: 3 }))));
  after(() => server.close());

  const decode: Record<string, (body: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync };

  for (const path of ['/customers/breakdown?by=sku', '/customers/export?from=2025-07&to=2026-06']) {
    test(`${path}: br and gzip decode to the identity body, smaller`, async () => {
      const plain = await rawGet(server.base + path);
      assert.equal(plain.status, 200);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.equal(plain.headers.vary, 'Accept-Encoding');
      for (const encoding of ['br', 'gzip']) {
        const packed = await rawGet(server.base + path, { 'Accept-Encoding': encoding });
        assert.equal(packed.status, 200);
        assert.equal(packed.headers['content-encoding'], encoding);
        assert.equal(packed.headers.vary, 'Accept-Encoding');
        assert.equal(decode[encoding]!(packed.body).toString(), plain.body.toString());
        assert.ok(packed.body.length < plain.body.length / 3, `${encoding}: ${packed.body.length} of ${plain.body.length} bytes`);
      }
    });
  }

  test('each encoding has its own ETag, and If-None-Match answers 304 without a body', async () => {
    const url = `${server.base}/customers/monthly`;
    const plain = await rawGet(url);
    const br = await rawGet(url, { 'Accept-Encoding': 'br' });
    assert.notEqual(br.headers.etag, plain.headers.etag);
    const again = await rawGet(url, { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag as string });
    assert.equal(again.status, 304);
    assert.equal(again.headers['content-encoding'], undefined);
    assert.equal(again.body.length, 0);
  });

  test('small bodies and problem documents stay uncompressed', async () => {
    const problem = await rawGet(`${server.base}/customers/monthly?from=nope`, { 'Accept-Encoding': 'br' });
    assert.equal(problem.status, 400);
    assert.equal(problem.headers['content-encoding'], undefined);
    const tiny = await rawGet(`${server.base}/customers/trend?by=sku&product=Nope`, { 'Accept-Encoding': 'br' });
    assert.ok(tiny.body.length < 1024);
    assert.equal(tiny.headers['content-encoding'], undefined);
  });
});
