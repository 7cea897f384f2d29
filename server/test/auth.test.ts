/**
 * `--auth jwt` on a real server (DuckDB): good tokens of every algorithm and role read; forged,
 * stale and odd ones get a 401/403 problem document with a reason and no data, on every
 * resource; a remote JWK Set is fetched, refetched for a new `kid`, and not hammered.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SignJWT } from 'jose';
import { generateSample } from '../data/sample.ts';
import { createAuthenticator, SEED_ROLES } from '../http/auth.ts';
import type { AccessEntry } from '../http/audit.ts';
import { assertValid, serve, until } from './helpers.ts';
import { AUDIENCE, HMAC_ALGS, ISSUER, PUBLIC_KEY_ALGS, b64, rawToken, signWith, strangerKey, testKeys, type TestKeys } from './tokens.ts';

const SAMPLE = generateSample({ customers: 60, months: 6, endMonth: '2026-06', seed: 3 });
/** Every API resource, the export included. */
const RESOURCES = [
  '/customers/monthly',
  '/customers/breakdown?by=market',
  '/customers/trend?by=product',
  '/dimensions',
  '/customers/export?format=csv',
];
const READER = { roles: ['report-viewer'] };
const now = () => Math.floor(Date.now() / 1000);

/** GETs `path` with `token`; asserts a problem document of `status` that gives a reason and nothing else. */
async function assertRefused(base: string, path: string, token: string | undefined, status: 401 | 403 | 431, reason?: RegExp) {
  const res = await fetch(base + path, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  assert.equal(res.status, status, `${path}: ${text}`);
  assert.equal(res.headers.get('content-type'), 'application/problem+json', path);
  assert.equal(res.headers.get('content-disposition'), null, 'no attachment');
  const body = JSON.parse(text);
  assertValid('problem', body);
  assert.deepEqual(Object.keys(body).sort(), ['detail', 'status', 'title', 'type'], 'a problem document and no data');
  if (token) assert.ok(!text.includes(token.slice(0, 40)), 'the token is not echoed');
  if (status === 431) return body;
  const challenge = res.headers.get('www-authenticate') ?? '';
  assert.match(challenge, /^Bearer realm="insights"/);
  if (token !== undefined) {
    assert.match(challenge, status === 401 ? /error="invalid_token"/ : /error="insufficient_scope"/);
    if (reason) {
      assert.match(challenge, reason, `${path}: ${challenge}`);
      assert.match(body.detail, reason);
    }
    if (token) assert.ok(!challenge.includes(token.slice(0, 40)), 'the token is not echoed');
  }
  return body;
}

describe('sign-in: tokens', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let keys: TestKeys;
  const log: AccessEntry[] = [];
  before(async () => {
    keys = await testKeys();
    const auth = createAuthenticator({
      secret: keys.secret,
      jwks: keys.jwks,
      issuer: ISSUER,
      audience: AUDIENCE,
      exportRoles: ['global-admin', 'admin-agent', 'report-viewer'],
    });
    server = await serve(SAMPLE, { auth, accessLog: (entry) => log.push(entry) });
  });
  after(() => server.close());

  const get = (path: string, token: string) => fetch(server.base + path, { headers: { authorization: `Bearer ${token}` } });

  for (const alg of [...HMAC_ALGS, ...PUBLIC_KEY_ALGS]) {
    test(`a valid ${alg} token reads every resource`, async () => {
      const token = await keys.sign(READER, alg);
      for (const path of RESOURCES) {
        const res = await get(path, token);
        assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
        const text = await res.text();
        if (path.includes('export')) assert.match(text, /^Month,/);
        else assert.ok(JSON.parse(text).dimensions || JSON.parse(text).query, path);
      }
    });
  }

  for (const role of SEED_ROLES) {
    test(`role ${role} reads the dashboard; the export only for the export roles`, async () => {
      const token = await keys.sign({ roles: [role, 'something-else'] });
      const monthly = await get('/customers/monthly', token);
      assert.equal(monthly.status, 200);
      assert.ok((await monthly.json()).months.length > 0);
      if (role === 'executive-report-viewer') {
        await assertRefused(server.base, '/customers/export', token, 403, /may not download the rows/);
      } else {
        assert.equal((await get('/customers/export', token)).status, 200);
      }
    });
  }

  test('clock skew within the tolerance (30 s) is accepted', async () => {
    const token = await keys.sign({ ...READER, exp: now() - 10, nbf: now() + 10 });
    assert.equal((await get('/dimensions', token)).status, 200);
  });

  /** Forged and odd tokens: each refused on every resource, with its reason. */
  const FORGED: { name: string; token: () => Promise<string>; status: 401 | 403; reason: RegExp }[] = [
    ...['none', 'NONE', 'None', 'nOnE'].map((alg) => ({
      name: `alg "${alg}"`,
      status: 401 as const,
      reason: /algorithm/,
      token: async () => rawToken({ alg, typ: 'JWT' }, { ...READER, iss: ISSUER, aud: AUDIENCE, exp: now() + 600 }),
    })),
    {
      name: 'HMAC signed with the RSA public key',
      status: 401,
      reason: /signature/,
      token: () => signWith(Buffer.from(keys.rsaPublicPem), READER, 'HS256', { kid: 'RS256' }),
    },
    {
      name: 'a tampered payload (roles and scope changed after signing)',
      status: 401,
      reason: /signature/,
      token: async () => {
        const [h, , s] = (await keys.sign({ roles: ['report-viewer'], insights_scope: { market: ['NL'] } })).split('.');
        return `${h}.${b64({ roles: ['global-admin'], iss: ISSUER, aud: AUDIENCE, exp: now() + 600 })}.${s}`;
      },
    },
    {
      name: 'a stripped signature',
      status: 401,
      reason: /signature|malformed/,
      token: async () => (await keys.sign(READER)).split('.').slice(0, 2).join('.') + '.',
    },
    {
      name: 'a stripped signature, RS256',
      status: 401,
      reason: /signature|malformed/,
      token: async () => (await keys.sign(READER, 'RS256')).split('.').slice(0, 2).join('.') + '.',
    },
    { name: 'another secret', status: 401, reason: /signature/, token: () => signWith(new Uint8Array(32).fill(7), READER, 'HS256') },
    {
      name: 'an unknown kid',
      status: 401,
      reason: /kid/,
      token: async () => signWith(await strangerKey(), READER, 'RS256', { kid: 'rotated-away' }),
    },
    {
      name: 'the right kid with another key',
      status: 401,
      reason: /signature/,
      token: async () => signWith(await strangerKey(), READER, 'RS256', { kid: 'RS256' }),
    },
    {
      name: 'ES256 key named for the RSA kid',
      status: 401,
      reason: /kid|algorithm/,
      token: async () => signWith(await strangerKey('ES256'), READER, 'ES256', { kid: 'RS256' }),
    },
    { name: 'expired', status: 401, reason: /expired/, token: () => keys.sign({ ...READER, exp: now() - 120 }) },
    { name: 'not yet valid', status: 401, reason: /not valid yet/, token: () => keys.sign({ ...READER, nbf: now() + 600 }) },
    { name: 'issued in the future', status: 401, reason: /future/, token: () => keys.sign({ ...READER, iat: now() + 600 }) },
    { name: 'a wrong issuer', status: 401, reason: /issuer/, token: () => keys.sign({ ...READER, iss: 'https://evil.example' }) },
    { name: 'a wrong audience', status: 401, reason: /audience/, token: () => keys.sign({ ...READER, aud: 'another-app' }) },
    { name: 'no exp', status: 401, reason: /expiry/, token: () => keys.sign({ ...READER, exp: undefined }) },
    {
      name: 'a crit header',
      status: 401,
      reason: /crit/,
      token: () => keys.sign(READER, 'HS256', { crit: ['x-portal'], 'x-portal': true }),
    },
    { name: 'one segment', status: 401, reason: /malformed/, token: async () => 'eyJhbGciOiJIUzI1NiJ9' },
    {
      name: 'two segments',
      status: 401,
      reason: /malformed/,
      token: async () => (await keys.sign(READER)).split('.').slice(0, 2).join('.'),
    },
    { name: 'four segments', status: 401, reason: /malformed/, token: async () => (await keys.sign(READER)) + '.e30' },
    { name: 'a header that is not JSON', status: 401, reason: /malformed/, token: async () => `${b64('{alg')}.${b64(READER)}.c2ln` },
    { name: 'a 10 KB token', status: 401, reason: /longer than/, token: async () => 'a'.repeat(10_000) },
    { name: 'no roles', status: 403, reason: /no roles/, token: () => keys.sign({ sub: 'x' }) },
    { name: 'an unknown role', status: 403, reason: /of the token's roles may read/, token: () => keys.sign({ roles: ['guest'] }) },
    { name: 'roles not a list', status: 401, reason: /not a list/, token: () => keys.sign({ roles: 'global-admin' }) },
    {
      name: 'a scope on an unknown filter',
      status: 401,
      reason: /unknown filter/,
      token: () => keys.sign({ ...READER, insights_scope: { country: ['NL'] } }),
    },
    {
      name: 'a scope value that is not a list',
      status: 401,
      reason: /list/,
      token: () => keys.sign({ ...READER, insights_scope: { market: 'NL' } }),
    },
    {
      name: 'an empty scope list',
      status: 401,
      reason: /list/,
      token: () => keys.sign({ ...READER, insights_scope: { partnerLocation: [] } }),
    },
    { name: 'a scope that is a list', status: 401, reason: /not an object/, token: () => keys.sign({ ...READER, insights_scope: ['NL'] }) },
  ];

  for (const forged of FORGED) {
    test(`refused on every resource: ${forged.name}`, async () => {
      const token = await forged.token();
      for (const path of RESOURCES) await assertRefused(server.base, path, token, forged.status, forged.reason);
    });
  }

  test('no token, another scheme, an empty bearer: 401 on every resource', async () => {
    for (const path of RESOURCES) {
      await assertRefused(server.base, path, undefined, 401);
      for (const header of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b']) {
        const res = await fetch(server.base + path, { headers: { authorization: header } });
        assert.equal(res.status, 401, `${path} ${header}`);
        assert.match(res.headers.get('www-authenticate')!, /error="invalid_token", error_description="The Authorization header is not/i);
      }
    }
  });

  test('a 20 KB token: refused by the HTTP parser before any work (431 problem document)', async () => {
    for (const path of RESOURCES) await assertRefused(server.base, path, 'x'.repeat(20_000), 431);
  });

  test('the demo pages and the OpenAPI document stay public', async () => {
    assert.equal((await fetch(`${server.base}/openapi.json`)).status, 200);
    assert.equal((await fetch(`${server.base}/demo/`)).status, 200);
  });

  test('the access log: one line per request, who and what, the reason of a refusal, never the token', async () => {
    const token = await keys.sign({ ...READER, sub: 'alice', insights_scope: { market: ['NL'] } });
    const expired = await keys.sign({ ...READER, sub: 'bob', exp: now() - 300 });
    log.length = 0;
    await (await get('/customers/monthly?last=3', token)).text();
    await (await get('/customers/export', token)).text();
    await (await get('/dimensions', expired)).text();
    await (await fetch(`${server.base}/dimensions`, { method: 'OPTIONS' })).text();
    await until(() => log.length >= 4, 'the four access-log lines'); // each is written as its answer ends
    assert.equal(log.length, 4, JSON.stringify(log));
    const [monthly, exported, refused, options] = log;
    assert.equal(monthly!.subject, 'alice');
    assert.deepEqual(monthly!.roles, ['report-viewer']);
    assert.match(monthly!.scope!, /^[0-9a-f]{12}$/);
    assert.equal(monthly!.method, 'GET');
    assert.equal(monthly!.path, '/customers/monthly');
    assert.equal(monthly!.status, 200);
    assert.ok(monthly!.bytes > 100 && monthly!.ms >= 0);
    assert.equal(exported!.path, '/customers/export');
    assert.ok(exported!.bytes > 20);
    assert.equal(refused!.status, 401);
    assert.equal(refused!.subject, null, 'an unverified token names nobody');
    assert.match(refused!.reason!, /expired/);
    assert.equal(options!.method, 'OPTIONS');
    const text = JSON.stringify(log);
    for (const t of [token, expired]) for (const part of t.split('.')) assert.ok(!text.includes(part), 'no token part in the log');
  });
});

describe('sign-in: public keys from a URL', () => {
  let keys: TestKeys;
  let jwksServer: Server;
  let fetches = 0;
  let published: object;
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => {
    keys = await testKeys();
    published = { keys: keys.jwks.keys.filter((key) => key.kid === 'RS256') };
    jwksServer = createServer((_req, res) => {
      fetches++;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(published));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const url = new URL(`http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`);
    server = await serve(SAMPLE, { auth: createAuthenticator({ jwksUrl: url, issuer: ISSUER, audience: AUDIENCE, jwksCooldown: 1 }) });
  });
  after(async () => {
    await server.close();
    await new Promise((resolve) => jwksServer.close(resolve));
  });

  test('fetched once, cached; a new kid (key rotation) is fetched again; an unknown kid cannot hammer the key server', async () => {
    const get = (token: string) => fetch(`${server.base}/dimensions`, { headers: { authorization: `Bearer ${token}` } });
    const stranger = await strangerKey();
    const unknownKids = await Promise.all(Array.from({ length: 10 }, (_, i) => signWith(stranger, READER, 'RS256', { kid: `k${i}` })));
    for (let i = 0; i < 3; i++) assert.equal((await get(await keys.sign(READER, 'RS256'))).status, 200);
    assert.equal(fetches, 1, 'the set is cached');
    // The portal rotates: publishes ES256 beside RS256 and signs with it.
    published = keys.jwks;
    // Within the (test's 1 s) cooldown the new kid is refused without a fetch; once it has
    // passed, the set is fetched again and the kid found.
    const rotated = await keys.sign(READER, 'ES256');
    await until(async () => (await get(rotated)).status === 200, 'the refetched key set', 5000);
    assert.equal(fetches, 2, 'refetched for the new kid');
    const before = fetches;
    for (const token of unknownKids) await assertRefused(server.base, '/dimensions', token, 401, /kid/);
    assert.ok(fetches - before <= 1, `unknown kids within the cooldown fetch at most once (fetched ${fetches - before})`);
  });

  test('without a shared secret, an HMAC token (even made with the public key) is refused: the algorithm is tied to the key', async () => {
    const token = await new SignJWT({ ...READER, iss: ISSUER, aud: AUDIENCE, exp: now() + 60 })
      .setProtectedHeader({ alg: 'HS256', kid: 'RS256' })
      .sign(Buffer.from(keys.rsaPublicPem));
    for (const path of RESOURCES) await assertRefused(server.base, path, token, 401, /algorithm/);
  });
});
