/** `/healthz`, `/readyz` and `/metrics` (Prometheus' text format, parsed; counters move with requests). */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EDGE_ROWS } from './fixtures.ts';
import { serve } from './helpers.ts';

/** Samples of the text format: `name{labels} value` → value, keyed by `name{labels}`. */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*(?:\{[^}]*\})?) (\S+)$/.exec(line);
    assert.ok(match, `not a sample line: ${line}`);
    samples.set(match[1]!, Number(match[2]));
  }
  return samples;
}

describe('health and metrics', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => (server = await serve(EDGE_ROWS)));
  after(() => server.close());

  test('/healthz and /readyz answer 200 with a loaded engine; other methods are 405', async () => {
    const health = await fetch(`${server.base}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    const ready = await fetch(`${server.base}/readyz`);
    assert.equal(ready.status, 200);
    assert.equal((await ready.json()).status, 'ready');
    assert.equal((await fetch(`${server.base}/readyz`, { method: 'POST' })).status, 405);
  });

  test('/metrics: the text format, with requests by route and status, latency, the engine and process metrics', async () => {
    const read = async () => {
      const res = await fetch(`${server.base}/metrics`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /^text\/plain; version=0\.0\.4/);
      return parseMetrics(await res.text());
    };
    const first = await read();
    const monthly = 'insights_http_requests_total{route="/customers/monthly",status="200"}';
    const bad = 'insights_http_requests_total{route="/customers/monthly",status="400"}';
    const latency = 'insights_http_request_duration_seconds_count{route="/customers/monthly"}';
    for (let i = 0; i < 3; i++) await (await fetch(`${server.base}/customers/monthly`)).arrayBuffer();
    await (await fetch(`${server.base}/customers/monthly?from=2025-13`)).arrayBuffer();
    const second = await read();
    assert.equal((second.get(monthly) ?? 0) - (first.get(monthly) ?? 0), 3);
    assert.equal((second.get(bad) ?? 0) - (first.get(bad) ?? 0), 1);
    assert.equal((second.get(latency) ?? 0) - (first.get(latency) ?? 0), 4);
    // The /metrics request being answered is the one in flight.
    assert.equal(second.get('insights_http_requests_in_flight'), 1);
    assert.equal(second.get('insights_data_ready'), 1);
    assert.ok([...second.keys()].some((k) => k.startsWith('insights_engine_info{engine="DuckDB')));
    assert.ok(second.get('process_resident_memory_bytes')! > 0);
    assert.ok(second.has('nodejs_eventloop_lag_seconds'));
    assert.equal(second.get('insights_http_requests_total{route="static",status="404"}') ?? 0, 0);
  });
});

describe('metrics behind a token', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  const token = 'a-token-of-enough-characters';
  before(async () => (server = await serve(EDGE_ROWS, { metricsToken: token })));
  after(() => server.close());

  test('401 without the bearer token or with a wrong one, 200 with it; health stays open', async () => {
    const none = await fetch(`${server.base}/metrics`);
    assert.equal(none.status, 401);
    assert.equal(none.headers.get('www-authenticate'), 'Bearer realm="metrics"');
    assert.equal(
      (await fetch(`${server.base}/metrics`, { headers: { Authorization: 'Bearer a-token-of-enough-characterz' } })).status,
      401,
    );
    const ok = await fetch(`${server.base}/metrics`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(ok.status, 200);
    assert.match(await ok.text(), /^insights_http_requests_total/m);
    assert.equal((await fetch(`${server.base}/healthz`)).status, 200);
  });
});
