/**
 * A fixed-seed fuzz of the real server on DuckDB: thousands of hostile and random requests
 * (odd paths and encodings, repeated and huge parameters, bad months, unknown filters, header
 * abuse, every method, malformed HTTP). Nothing may answer 5xx, and every 4xx must be a
 * problem document. Same seed, same requests: a failure names the request to replay.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIMENSIONS, type BatchResponse } from '../../src/data/contract.ts';
import { mulberry32 } from '../data/sample.ts';
import { createAuthenticator } from '../http/auth.ts';
import { EDGE_ROWS } from './fixtures.ts';
import { assertValid, serve } from './helpers.ts';
import { b64, rawToken, signWith } from './tokens.ts';

/** `FUZZ_SEED=n` explores another sequence; the suite runs this one. */
const SEED = Number(process.env.FUZZ_SEED) || 20261130;
const REQUESTS = 3000;
const RAW_REQUESTS = 300;
const SIGNED_IN_REQUESTS = 480;
/** Requests in flight at once, as several browsers would send them. */
const PARALLEL = 16;

type Pick = <T>(items: readonly T[]) => T;

function generator(seed: number) {
  const rnd = mulberry32(seed);
  const pick: Pick = (items) => items[Math.floor(rnd() * items.length)]!;
  const int = (n: number) => Math.floor(rnd() * n);
  const junk = (length: number) => Array.from({ length }, () => String.fromCharCode(int(0x3000))).join('');
  /** Header text: any Latin-1 character Node lets through. */
  const latin = (length: number) =>
    Array.from({ length }, () => String.fromCharCode(0x20 + int(0xe0)))
      .join('')
      .replace(/\x7f/g, '~');
  const encode = (text: string) => {
    try {
      return encodeURIComponent(text);
    } catch {
      return '%ZZ'; // a lone surrogate: send a broken escape instead
    }
  };
  /** Only what a request line cannot carry escaped: `%`, `&`, `=`, quotes… stay raw. */
  const lenient = (text: string) => text.replace(/[^\x21-\x7e]/gu, encode);
  const months = () =>
    pick([
      '2025-03',
      '2025-06',
      '2024-07',
      '0000-01',
      '0000-11',
      '0001-01',
      '9999-12',
      '1999-12',
      '2101-01',
      '2025-13',
      '2025-00',
      '2025-1',
      '25-01',
      '2025-01-01',
      '２０２５-０１',
      '',
      ' 2025-01',
      '2025-01%00',
      `${int(10000)}-${int(14)}`,
    ]);
  const values = () =>
    pick([
      'NL',
      'nl',
      'DE',
      'XK',
      'Microsoft 365',
      'Office 365 E3',
      '',
      ' ',
      "'; DROP TABLE src; --",
      '" OR 1=1 --',
      '\\',
      '%',
      '%00',
      '\u0000',
      '<script>alert(1)</script>',
      '=1+1',
      '__proto__',
      'constructor',
      'x'.repeat(5000),
      junk(int(40)),
      '\uD800',
    ]);
  const parameter = (): [string, string] => {
    const name = pick(['from', 'to', 'last', 'by', 'format', ...DIMENSIONS, 'unknown', '__proto__', 'constructor', '', 'a[b]', 'FROM']);
    if (name === 'from' || name === 'to') return [name, months()];
    if (name === 'last') return [name, pick(['1', '12', '24', '25', '0', '-1', '1e3', '0x10', '99999999999999999999', 'NaN', ''])];
    if (name === 'by') return [name, pick([...DIMENSIONS, 'colour', '', 'MARKET', '__proto__'])];
    if (name === 'format') return [name, pick(['csv', 'xlsx', '', 'CSV'])];
    return [name, values()];
  };
  const resourcePath = () => {
    const resource =
      rnd() < 0.7
        ? pick(['/customers/monthly', '/customers/breakdown', '/customers/trend', '/customers/export', '/dimensions'])
        : pick([
            '/openapi.json',
            '/',
            '/demo/',
            '/demo/standalone.html',
            '/dist/../package.json',
            '/cdn/%2e%2e/server/main.ts',
            '/..%2f..%2fetc/passwd',
            '//evil.example/x',
            '/customers/monthly/',
            '/CUSTOMERS/MONTHLY',
            '/customers%2fmonthly',
            '/customers/monthly;x',
            '/%',
            '/%E0%A4%A',
            '/demo/%00',
            `/${encode(junk(int(20)))}`,
            '/customers/' + 'a'.repeat(3000),
          ]);
    // Half plausible (a resource's own parameters, one of them bad), half chaos.
    const params: [string, string][] =
      rnd() < 0.5
        ? (
            [
              ['by', pick(DIMENSIONS)],
              ['from', '2025-01'],
              ['to', '2025-06'],
              [pick(DIMENSIONS), values()],
            ] as [string, string][]
          ).filter(() => rnd() < 0.6)
        : Array.from({ length: pick([0, 1, 1, 2, 2, 3, 5, 8, 40, 400]) }, parameter);
    if (rnd() < 0.7) params[int(params.length)] = parameter();
    if (rnd() < 0.1) params.push(...params);
    const query = params.map(([k, v]) => (rnd() < 0.1 ? `${lenient(k)}=${lenient(v)}` : `${encode(k)}=${encode(v)}`)).join('&');
    return `${resource}${query ? `?${query}` : ''}`;
  };
  /** A batch part (`r`): a generated resource request, or one aimed elsewhere. */
  const part = () =>
    rnd() < 0.4
      ? resourcePath()
      : pick([
          '/customers/monthly?last=3',
          '/dimensions',
          '/customers/export',
          '/openapi.json',
          '/batch',
          `/batch?r=${encode('/batch?r=%2Fdimensions')}`,
          'http://evil/',
          'http://evil/customers/monthly',
          '//evil/customers/monthly',
          '/\\evil/customers/monthly',
          '/\t/evil/customers/monthly',
          'javascript:alert(1)',
          '..',
          '/../customers/monthly',
          '/customers/../dimensions',
          '/../../etc/passwd',
          '%00',
          '/customers/monthly%00',
          '/customers/monthly?market=%00',
          '\u0000/dimensions',
          '',
          '?',
          '/' + 'a'.repeat(4000),
          '/customers/monthly?market=' + 'N'.repeat(6000),
          junk(int(30)),
        ]);
  /** `/batch` with 0 to 60 parts, now and then a stray parameter. */
  const batch = () => {
    const params = Array.from({ length: pick([0, 1, 2, 4, 16, 17, 60]) }, () => `r=${rnd() < 0.1 ? lenient(part()) : encode(part())}`);
    if (rnd() < 0.1) params.splice(int(params.length + 1), 0, `${encode(parameter()[0])}=x`);
    return `/batch${params.length ? `?${params.join('&')}` : ''}`;
  };
  const path = () => (rnd() < 0.1 ? batch() : resourcePath());
  const headers = (): Record<string, string> => {
    const out: Record<string, string> = {};
    if (rnd() < 0.5)
      out['accept-encoding'] = pick([
        'br',
        'gzip',
        'gzip;q=0',
        'br;q=abc, gzip;q=-1',
        '*',
        'identity;q=0, *;q=0',
        'deflate',
        'br;q=0.5, gzip;q=0.9',
      ]);
    if (rnd() < 0.3) out['if-none-match'] = pick(['*', '"x"', 'W/"', '"a", W/"b"', ',,,', latin(30)]);
    if (rnd() < 0.3) out.origin = pick(['https://evil.example', 'null', 'http://localhost:8080', latin(10)]);
    if (rnd() < 0.2) out.range = pick(['bytes=0-10', 'bytes=-1', 'bytes=9999999-', 'lines=1']);
    if (rnd() < 0.05) out['x-huge'] = 'h'.repeat(pick([1000, 20_000]));
    if (rnd() < 0.1) out.authorization = `Bearer ${latin(50)}`;
    return out;
  };
  const method = () => (rnd() < 0.7 ? 'GET' : pick(['HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH', 'TRACE']));
  /** Bytes no well-behaved client sends: broken request lines, bad headers, junk. */
  const raw = () =>
    pick([
      () => `GET ${path()} HTTP/1.1\r\nHost: x\r\n\r\n`,
      () => `GET /customers/monthly HTTP/1.1\r\nHost: x\r\nX-${latin(5)}: ${latin(5)}\r\n\r\n`,
      () => `GET http://[::1 HTTP/1.1\r\nHost: x\r\n\r\n`,
      () => `GET /customers/monthly?to=0000-01 HTTP/9.9\r\n\r\n`,
      () => `FOO /customers/monthly HTTP/1.1\r\nHost: x\r\n\r\n`,
      () => `GET /customers/monthly\r\n\r\n`,
      () => `GET /dimensions HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n`,
      () => `GET /dimensions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
      () => `GET /customers/monthly HTTP/1.1\r\nHost: x\r\nX: ${'a'.repeat(20_000)}\r\n\r\n`,
      () => `GET /cus\u0000tomers HTTP/1.1\r\nHost: x\r\n\r\n`,
      () => junk(int(200)),
    ])();
  return { method, path, headers, raw };
}

interface Answer {
  status: number;
  type: string | undefined;
  /** Read as Latin-1: the bytes as sent, one character each. */
  body: string;
  encoding?: string;
  /** `WWW-Authenticate` (through node:http only). */
  challenge?: string;
}

function send(base: string, method: string, path: string, headers: Record<string, string>): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path, headers }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          type: res.headers['content-type'],
          body,
          encoding: res.headers['content-encoding'],
          challenge: res.headers['www-authenticate'],
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends raw bytes; the answer's status line and body, or null when the server just closed. */
function sendRaw(base: string, bytes: string): Promise<Answer | null> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes, 'latin1'));
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const head = /^HTTP\/1\.1 (\d{3})[^\r]*\r\n([\s\S]*?)\r\n\r\n([\s\S]*)$/.exec(text);
      if (!head) return resolve(null);
      const type = /^content-type: *(.*)$/im.exec(head[2]!)?.[1];
      resolve({ status: Number(head[1]), type, body: head[3]! });
    });
  });
}

/** No 5xx; a 4xx is a problem document whose status is the response's (HEAD: no body). */
function check(what: string, method: string, answer: Answer): void {
  assert.ok(answer.status < 500, `${what} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
  if (answer.status < 400) return;
  assert.equal(answer.type, 'application/problem+json', `${what}: ${answer.status} as ${answer.type}`);
  if (method === 'HEAD') return;
  let body: { status?: number };
  try {
    body = JSON.parse(answer.body);
  } catch {
    assert.fail(`${what}: ${answer.status} body is not JSON: ${answer.body.slice(0, 200)}`);
  }
  assertValid('problem', body);
  assert.equal(body.status, answer.status, what);
}

/** A 200 batch's part statuses: a valid batch, no 5xx part, every problem part a problem document. */
function batchParts(what: string, answer: Answer): number[] {
  const bytes = Buffer.from(answer.body, 'latin1');
  const text = (answer.encoding === 'br' ? brotliDecompressSync(bytes) : answer.encoding === 'gzip' ? gunzipSync(bytes) : bytes).toString();
  const body = JSON.parse(text) as BatchResponse;
  assertValid('batch', body);
  for (const part of body.answers) {
    assert.ok(part.status < 500, `${what}: a part answered ${part.status}: ${JSON.stringify(part.body).slice(0, 300)}`);
    if (part.status === 200) continue;
    assertValid('problem', part.body);
    assert.equal((part.body as { status: number }).status, part.status, what);
  }
  return body.answers.map((part) => part.status);
}

describe('fuzz: hostile and random requests against the real server (DuckDB)', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => (server = await serve(EDGE_ROWS, { corsOrigins: ['http://localhost:8080'] })));
  after(() => server.close());

  test(`${REQUESTS} requests, seed ${SEED}: no 5xx, every 4xx a problem document`, async () => {
    const gen = generator(SEED);
    const requests = Array.from({ length: REQUESTS }, () => ({ method: gen.method(), path: gen.path(), headers: gen.headers() }));
    const statuses = new Map<number, number>();
    const partStatuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const { method, path, headers } = requests[next++]!;
        const what = `${method} ${path.slice(0, 300)} ${JSON.stringify(headers).slice(0, 200)}`;
        const answer = await send(server.base, method, path, headers).catch((error: Error) => {
          // Over Node's 16 KB of request head, the server answers 431 and closes while the client
          // may still be sending; the close can then reach it before the answer (a reset).
          if (path.length + JSON.stringify(headers).length > 16 * 1024) return null;
          assert.fail(`${what}: ${error.message}`);
        });
        const status = answer?.status ?? 0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (answer) check(what, method, answer);
        if (answer?.status === 200 && method === 'GET' && path.startsWith('/batch?')) {
          for (const status of batchParts(what, answer)) partStatuses.set(status, (partStatuses.get(status) ?? 0) + 1);
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    // The mix reached every kind of answer, so the fuzz tests something.
    for (const status of [200, 304, 400, 404, 405, 431]) assert.ok(statuses.get(status), `no ${status} among ${[...statuses.keys()]}`);
    for (const status of [200, 400, 404]) assert.ok(partStatuses.get(status), `no batch part ${status} among ${[...partStatuses.keys()]}`);
    const byStatus = (counts: Map<number, number>) => JSON.stringify(Object.fromEntries([...counts].sort()));
    console.log(`fuzz: ${REQUESTS} requests, answers by status: ${byStatus(statuses)}; batch parts by status: ${byStatus(partStatuses)}`);
  });

  test(`${RAW_REQUESTS} malformed HTTP messages: the server answers a problem document or closes, never 5xx`, async () => {
    const gen = generator(SEED + 1);
    let answered = 0;
    for (let i = 0; i < RAW_REQUESTS; i++) {
      const bytes = gen.raw();
      const answer = await sendRaw(server.base, bytes);
      if (!answer) continue;
      answered++;
      check(JSON.stringify(bytes.slice(0, 200)), 'GET', answer);
    }
    assert.ok(answered > RAW_REQUESTS / 2, `${answered} answered`);
    // And it still serves.
    assert.equal((await server.get('monthly')).months.length, 12);
  });
});

/**
 * Tokens a signed-in server meets: good ones with odd claims (junk scopes, SQL in member keys,
 * unknown roles), bit-flipped and re-cut ones, forged headers, junk. Same rule: no 5xx, every
 * refusal a problem document, and a 401/403 always says `WWW-Authenticate: Bearer`.
 */
describe('fuzz: tokens against a signed-in server (DuckDB)', () => {
  const secret = new Uint8Array(32).fill(42);
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => (server = await serve(EDGE_ROWS, { auth: createAuthenticator({ secret }) })));
  after(() => server.close());

  test(`${SIGNED_IN_REQUESTS} requests with generated tokens, seed ${SEED}`, async () => {
    const rnd = mulberry32(SEED + 2);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
    const gen = generator(SEED + 3);
    const members = () =>
      pick([['NL'], ['1002'], ["'; DROP TABLE src; --"], ['\u0000'], ['x'.repeat(300)], [], [1], 'NL', null, ['NL', 'NL'], ['<b>']]);
    const claims = () => ({
      roles: pick([['report-viewer'], ['global-admin', 'x'], ['guest'], [], 'admin-agent', [null], undefined, [{}]]),
      ...(rnd() < 0.6
        ? {
            insights_scope: pick([
              { [pick(['market', 'partnerLocation', 'product', 'sku', '__proto__', 'constructor', 'country', ''])]: members() },
              { market: members(), partnerLocation: members() },
              [],
              'NL',
              7,
              null,
              {},
            ]),
          }
        : {}),
      exp: pick([Math.floor(Date.now() / 1000) + 60, Math.floor(Date.now() / 1000) - 60, undefined, 'soon', 1e20]),
    });
    const token = async (): Promise<string> => {
      const good = await signWith(secret, claims() as Record<string, unknown>, pick(['HS256', 'HS384', 'HS512']));
      const flip = (text: string) => {
        const i = Math.floor(rnd() * text.length);
        return text.slice(0, i) + pick(['A', '-', '_', '.', '=', '+', '/']) + text.slice(i + 1);
      };
      return pick([
        () => good,
        () => good,
        () => flip(good),
        () => good.split('.').reverse().join('.'),
        () =>
          rawToken(
            { alg: pick(['none', 'HS256', 'RS256', 'ES256', 'EdDSA', '', 'hs256']), kid: pick(['x', '../../etc/passwd', undefined]) },
            claims(),
            pick(['', 'c2ln', good.split('.')[2]!]),
          ),
        () => `${b64('{"alg":')}.${b64(claims())}.`,
        () => `${b64(pick(['null', '[]', '1', '"x"', '{"alg":"HS256","crit":["b64"],"b64":false}']))}.${b64(claims())}.c2ln`,
        () => '.'.repeat(Math.floor(rnd() * 5)),
        () => 'a'.repeat(pick([1, 100, 9000])),
      ])();
    };
    const statuses = new Map<number, number>();
    for (let i = 0; i < SIGNED_IN_REQUESTS; i += 16) {
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          const method = rnd() < 0.9 ? 'GET' : pick(['HEAD', 'OPTIONS', 'POST']);
          const path =
            rnd() < 0.5
              ? pick([
                  '/customers/monthly',
                  '/customers/breakdown?by=market',
                  '/customers/trend?by=sku',
                  '/dimensions',
                  '/customers/export',
                ])
              : gen.path();
          const scheme = pick(['Bearer ', 'Bearer ', 'Bearer ', 'bearer ', 'BEARER  ', 'Basic ', '', 'Bearer\t']);
          const headers = { ...gen.headers(), authorization: scheme + (await token()) };
          const what = `${method} ${path.slice(0, 200)} ${headers.authorization.slice(0, 120)}`;
          const answer = await send(server.base, method, path, headers);
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          check(what, method, answer);
          if (answer.status === 200 && method === 'GET' && path.startsWith('/batch?')) batchParts(what, answer);
          if (answer.status === 401 || answer.status === 403) assert.match(answer.challenge ?? '', /^Bearer realm="insights"/, what);
          // Without any token RFC 6750 gives no error code; with one, the code says it is invalid.
          if (answer.status === 401 && headers.authorization.trim()) assert.match(answer.challenge ?? '', /error="invalid_token"/, what);
        }),
      );
    }
    for (const status of [200, 401, 403]) assert.ok(statuses.get(status), `no ${status} among ${[...statuses.keys()]}`);
    console.log(
      `fuzz (signed in): ${SIGNED_IN_REQUESTS} requests, answers by status: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
  });
});
