/**
 * The sign-in flags of server/main.ts end to end: `--auth jwt` with a secret file, issuer,
 * audience and `--access-log FILE` (a real process on a free port), `--auth demo`'s token route,
 * and flags that must stop the server with a reason.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { authOptionsOf, type AuthFlags } from '../http/auth-config.ts';
import { signWith } from './tokens.ts';
import { until } from './helpers.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const SECRET = 'a-test-secret-of-at-least-32-bytes-long!';

/** Starts main.ts with `args` on a free port; resolves with its base URL once its data is in. */
async function start(args: string[]): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--customers', '40', ...args], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The server listens at once and loads after: its base is in the first line, ready in a later one.
  let base: string | undefined;
  for await (const line of createInterface({ input: child.stdout! })) {
    const port = /http:\/\/localhost:(\d+)\//.exec(line)?.[1];
    if (port && !base) base = `http://127.0.0.1:${port}`;
    if (base && /^Insights data: .*ready/.test(line)) return { base, child };
  }
  throw new Error('the server did not start');
}

const stop = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve).kill());

describe('sign-in flags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'insights-auth-'));
  const log = join(dir, 'access.log');
  let jwt: { base: string; child: ChildProcess };
  let demo: { base: string; child: ChildProcess };
  before(async () => {
    writeFileSync(join(dir, 'secret'), SECRET + '\n');
    [jwt, demo] = await Promise.all([
      start([
        '--auth',
        'jwt',
        '--jwt-secret-file',
        join(dir, 'secret'),
        '--jwt-issuer',
        'https://portal.example',
        '--jwt-audience',
        'insights',
        '--access-log',
        log,
        '--export-roles',
        'global-admin',
      ]),
      start(['--auth', 'demo', '--demo-token-seconds', '30']),
    ]);
  });
  after(async () => {
    await Promise.all([stop(jwt.child), stop(demo.child)]);
    rmSync(dir, { recursive: true, force: true });
  });

  test('--auth jwt: the secret, issuer, audience and export roles from the flags; the access log in its file', async () => {
    const token = await signWith(new TextEncoder().encode(SECRET), { roles: ['report-viewer'], sub: 'carol' }, 'HS256');
    const auth = { authorization: `Bearer ${token}` };
    assert.equal((await fetch(`${jwt.base}/dimensions`, { headers: auth })).status, 200);
    assert.equal((await fetch(`${jwt.base}/customers/export`, { headers: auth })).status, 403, 'report-viewer is not an export role here');
    const wrongAudience = await signWith(new TextEncoder().encode(SECRET), { roles: ['report-viewer'], aud: 'other' }, 'HS256');
    assert.equal((await fetch(`${jwt.base}/dimensions`, { headers: { authorization: `Bearer ${wrongAudience}` } })).status, 401);
    assert.equal((await fetch(`${jwt.base}/dimensions`)).status, 401);
    // The log file is written as each answer ends: poll until the four lines are there.
    const read = () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
    await until(() => read().length >= 4, 'the four lines of the log file');
    const lines = read().map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((l) => [l.subject, l.status]),
      [
        ['carol', 200],
        ['carol', 403],
        [null, 401],
        [null, 401],
      ],
    );
    assert.ok(!readFileSync(log, 'utf8').includes(token.split('.')[2]!), 'no token in the log');
  });

  test('--auth demo: /demo/token signs tokens the API takes, narrowed to the location asked', async () => {
    const { token, expiresAt } = await (await fetch(`${demo.base}/demo/token?role=admin-agent&partnerLocation=nowhere`)).json();
    assert.ok(expiresAt - Date.now() / 1000 <= 30);
    const res = await fetch(`${demo.base}/customers/monthly`, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.json();
    assert.deepEqual(body.query.filters, { partnerLocation: ['nowhere'] });
    assert.ok(body.months.every((m: { customers: number }) => m.customers === 0));
    assert.equal((await fetch(`${jwt.base}/demo/token?role=global-admin`)).status, 404, 'only in demo mode');
  });

  test('bad sign-in flags are refused with a reason naming the flag', () => {
    const secret = join(dir, 'secret');
    const cases: [AuthFlags, RegExp][] = [
      [{}, /needs the keys/],
      [{ 'jwt-secret-file': join(dir, 'missing') }, /--jwt-secret-file .* cannot be read/],
      [{ 'jwks-url': 'ftp://keys.example' }, /--jwks-url must be an https:\/\/ URL/],
      [{ 'jwks-file': secret }, /--jwks-file .* is not a readable JSON file/],
      [{ 'jwt-secret-file': secret, 'export-roles': 'everyone' }, /--export-roles .* not "everyone"/],
      [{ 'jwt-secret-file': secret, 'clock-tolerance': 'lots' }, /--clock-tolerance must be whole seconds/],
    ];
    for (const [flags, reason] of cases) assert.throws(() => authOptionsOf(flags), reason, JSON.stringify(flags));
    writeFileSync(join(dir, 'short'), 'short');
    assert.throws(() => authOptionsOf({ 'jwt-secret-file': join(dir, 'short') }), /holds 5 bytes; an HMAC secret needs at least 32/);
    writeFileSync(join(dir, 'private.json'), JSON.stringify({ keys: [{ kty: 'EC', crv: 'P-256', x: 'a', y: 'b', d: 'c' }] }));
    assert.throws(() => authOptionsOf({ 'jwks-file': join(dir, 'private.json') }), /private or secret key/);
  });

  test('an unknown --auth mode stops the server before it loads anything', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--auth', 'sso'], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
    assert.equal(await new Promise((resolve) => child.once('exit', resolve)), 1);
    assert.match(stderr, /--auth must be one of none, jwt, demo, not "sso"/);
  });
});
