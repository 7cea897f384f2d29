/**
 * Row-level scope on every engine: each answer of a scoped user equals the independent
 * reference's answer for the request's filters intersected with the scope (written out by hand
 * below), a request outside the scope gets nothing, the export's rows all lie inside it, and two
 * scopes on one URL never share an answer, a validator or a 304.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Dimension, Filters, QueryEcho } from '../../src/data/contract.ts';
import { generateSample } from '../data/sample.ts';
import { createAuthenticator } from '../http/auth.ts';
import { SCOPED_REFUSAL, scopedDimensions } from '../http/scope.ts';
import { ENGINES, assertValid, serve } from './helpers.ts';
import { createReference } from './reference.ts';
import { AUDIENCE, ISSUER, testKeys, type TestKeys } from './tokens.ts';

const SAMPLE = generateSample({ customers: 200, months: 12, endMonth: '2026-06', seed: 11 });
const reference = createReference(SAMPLE);
const members = (dim: Dimension) => reference.dimensions().dimensions[dim]!.map((m) => m.key);
const [L1, L2, L3] = members('partnerLocation') as [string, string, string];
const [M1, M2, M3] = members('market') as [string, string, string];
const [P1] = members('product') as [string];
const [S1] = members('segment') as [string];
const FROM = '2025-07';
const TO = '2026-06';

/** A scope, what the user asks, and the effective filters the answer must be computed on. */
const CASES: { name: string; scope: Filters; asked: Filters; effective: Filters }[] = [
  { name: 'one location, nothing asked', scope: { partnerLocation: [L1] }, asked: {}, effective: { partnerLocation: [L1] } },
  {
    name: 'one location, another asked: nothing',
    scope: { partnerLocation: [L1] },
    asked: { partnerLocation: [L2] },
    effective: { partnerLocation: [] },
  },
  {
    name: 'two locations, one inside and one outside asked, and a product',
    scope: { partnerLocation: [L1, L2] },
    asked: { partnerLocation: [L2, L3], product: [P1] },
    effective: { partnerLocation: [L2], product: [P1] },
  },
  {
    name: 'a location and two markets, a market inside and one outside asked',
    scope: { partnerLocation: [L1], market: [M1, M2] },
    asked: { market: [M2, M3] },
    effective: { market: [M2], partnerLocation: [L1] },
  },
  {
    name: 'two markets, a segment asked',
    scope: { market: [M1, M2] },
    asked: { segment: [S1] },
    effective: { market: [M1, M2], segment: [S1] },
  },
  {
    name: 'two markets, only outside ones asked: nothing',
    scope: { market: [M1, M2] },
    asked: { market: [M3] },
    effective: { market: [] },
  },
];

function qs(filters: Filters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ from: FROM, to: TO, ...extra });
  for (const [dim, values] of Object.entries(filters)) for (const v of values) params.append(dim, v);
  return '?' + params.toString();
}

/** Rows of a CSV export (no quoted line breaks in the sample), as header → value records. */
function csvRows(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split('\r\n');
  const split = (line: string) =>
    line
      .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
      .slice(0, -1)
      .map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, ''));
  const names = split(header!);
  return lines.filter(Boolean).map((line) => Object.fromEntries(split(line).map((value, i) => [names[i], value])));
}

for (const db of ENGINES) {
  describe(`scope on ${db}`, () => {
    let server: Awaited<ReturnType<typeof serve>>;
    let keys: TestKeys;
    before(async () => {
      keys = await testKeys();
      const auth = createAuthenticator({ secret: keys.secret, issuer: ISSUER, audience: AUDIENCE });
      server = await serve(SAMPLE, { db, auth, exportIds: 'raw' });
    });
    after(() => server.close());

    const token = (scope: Filters) => keys.sign({ roles: ['report-viewer'], insights_scope: scope });
    async function get(path: string, scope: Filters, headers: Record<string, string> = {}) {
      return fetch(server.base + path, { headers: { authorization: `Bearer ${await token(scope)}`, ...headers } });
    }
    async function json(resource: 'monthly' | 'breakdown' | 'trend' | 'dimensions', path: string, scope: Filters) {
      const res = await get(path, scope);
      const body = await res.json();
      assert.equal(res.status, 200, JSON.stringify(body));
      assertValid(resource, body);
      return body;
    }

    for (const c of CASES) {
      test(`${c.name}: every answer as the reference computes it on the effective filters`, async () => {
        const q: QueryEcho = { from: FROM, to: TO, filters: c.effective };
        const monthly = await json('monthly', `/customers/monthly${qs(c.asked)}`, c.scope);
        assert.deepEqual(monthly, reference.monthly(q));
        for (const by of ['partnerLocation', 'market', 'product', 'sku'] as const) {
          assert.deepEqual(
            await json('breakdown', `/customers/breakdown${qs(c.asked, { by })}`, c.scope),
            reference.breakdown(q, by),
            `breakdown by ${by}`,
          );
        }
        for (const by of ['partnerLocation', 'market'] as const) {
          assert.deepEqual(
            await json('trend', `/customers/trend${qs(c.asked, { by })}`, c.scope),
            reference.trend(q, by),
            `trend by ${by}`,
          );
        }
        if (Object.values(c.effective).some((values) => values.length === 0)) {
          // Outside the scope: nothing, never the unfiltered figures.
          assert.ok(monthly.months.every((m: { customers: number }) => m.customers === 0));
        } else {
          assert.ok(monthly.months.at(-1)!.customers > 0, 'the case has data to compare');
        }
      });
    }

    test('/dimensions: a scoped dimension lists its scoped members only, and the scope is told', async () => {
      const scope = { partnerLocation: [L1], market: [M1, M2] };
      const answer = await json('dimensions', '/dimensions', scope);
      const full = reference.dimensions();
      assert.deepEqual(answer.scope, scope);
      assert.deepEqual(
        answer.dimensions.partnerLocation,
        full.dimensions.partnerLocation!.filter((m) => m.key === L1),
      );
      assert.deepEqual(answer.dimensions.market.map((m: { key: string }) => m.key).sort(), [M1, M2].sort());
      assert.deepEqual(answer.dimensions.product, full.dimensions.product);
      assert.equal((await json('dimensions', '/dimensions', {})).scope, undefined, 'no scope block without a scope');
    });

    test('the export: every row inside the scope, and all of them', async () => {
      const scope = { partnerLocation: [L1, L2] };
      const res = await get(`/customers/export${qs({ partnerLocation: [L2, L3] })}`, scope);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'private, no-store');
      const rows = csvRows(await res.text());
      const expected = SAMPLE.filter((r) => r.month.slice(0, 7) >= FROM && r.month.slice(0, 7) <= TO && r.partnerLocation === L2);
      assert.ok(expected.length > 0);
      assert.equal(rows.length, expected.length);
      assert.ok(rows.every((row) => row.PartnerLocation === L2));
      const outside = await get(`/customers/export${qs({ partnerLocation: [L3] })}`, scope);
      assert.equal(csvRows(await outside.text()).length, 0, 'a location outside the scope exports no row');
      const markets = await get(`/customers/export${qs({})}`, { market: [M1] });
      const tenants = new Set(SAMPLE.filter((r) => r.customerMarket === M1).map((r) => r.customerTenantId));
      const exported = csvRows(await markets.text());
      assert.ok(exported.length > 0 && exported.every((row) => tenants.has(row.CustomerTenantId!)));
    });

    test('two scopes on one URL: different answers and validators, never a 304 across', async () => {
      for (const path of [`/customers/monthly${qs({})}`, `/customers/breakdown${qs({}, { by: 'market' })}`, '/dimensions']) {
        for (const encoding of ['identity', 'br']) {
          const headers = { 'accept-encoding': encoding };
          const a = await get(path, { partnerLocation: [L1] }, headers);
          const b = await get(path, { partnerLocation: [L2] }, headers);
          assert.equal(a.status, 200);
          assert.equal(b.status, 200);
          assert.notDeepEqual(await a.json(), await b.json(), path);
          const [etagA, etagB] = [a.headers.get('etag')!, b.headers.get('etag')!];
          assert.notEqual(etagA, etagB, path);
          for (const res of [a, b]) {
            assert.equal(res.headers.get('cache-control'), 'private, no-cache');
            assert.match(res.headers.get('vary')!, /Authorization/);
          }
          const across = await get(path, { partnerLocation: [L2] }, { ...headers, 'if-none-match': etagA });
          assert.equal(across.status, 200, `${path}: A's validator in B's scope`);
          const same = await get(path, { partnerLocation: [L1] }, { ...headers, 'if-none-match': etagA });
          assert.equal(same.status, 304, `${path}: A's validator in A's scope`);
        }
      }
    });
  });
}

describe('row-level scope: the data block', () => {
  const answer = {
    ...createReference(generateSample({ customers: 20 })).dimensions(),
    data: {
      version: 'v1',
      loadedAt: '2026-12-05T06:12:00.000Z',
      rows: 1200,
      customers: 20,
      lastFailedLoad: { at: '2026-12-05T07:00:00.000Z', message: 'line 3: CustomerName "Secret Corp (LOC-9)" is not UTF-8 text' },
    },
  };

  test('a scoped user learns how fresh the data is, not the whole file’s size nor a refused line', () => {
    const scoped = scopedDimensions(answer, { partnerLocation: ['LOC-1'] });
    assertValid('dimensions', scoped);
    assert.deepEqual(scoped.data, {
      version: 'v1',
      loadedAt: '2026-12-05T06:12:00.000Z',
      lastFailedLoad: { at: '2026-12-05T07:00:00.000Z', message: SCOPED_REFUSAL },
    });
    assert.ok(!JSON.stringify(scoped).includes('Secret'));
  });

  test('without a scope, the operator’s whole data block', () => {
    assert.deepEqual(scopedDimensions(answer, null).data, answer.data);
  });
});
