/**
 * `npm run bench -- sign-in`: what verifying a token costs per request. One DuckDB engine (5,000
 * customers), one server signed in with a secret and a JWK Set, and the same cached answer
 * (`/customers/monthly?last=12`) asked for 5 s by 10 connections: without sign-in (a second
 * server on the same engine), then with a token of each algorithm, then with a scoped token.
 */
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { sampleChunks } from '../server/data/sample.ts';
import { createDuckDbEngine } from '../server/engine/duckdb-engine.ts';
import { createAuthenticator } from '../server/http/auth.ts';
import { startServer } from '../server/main.ts';
import { testKeys, type Alg } from '../server/test/tokens.ts';

const PATH = '/customers/monthly?last=12';

export async function bench(): Promise<void> {
  const engine = await createDuckDbEngine({ columns: sampleChunks({ customers: 5000 }) });
  const keys = await testKeys();
  const auth = createAuthenticator({ secret: keys.secret, jwks: keys.jwks, issuer: 'https://portal.example', audience: 'insights' });
  const open = await startServer({ port: 0, engine });
  const signed = await startServer({ port: 0, engine, auth });
  const url = (server: typeof open) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${PATH}`;
  const run = async (name: string, target: string, token?: string) => {
    const result = await autocannon({
      url: target,
      connections: 10,
      duration: 5,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    console.log(`| ${name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx} |`);
  };
  console.log('| request | req/s | p50 ms | p99 ms | non-2xx |');
  console.log('|---|---:|---:|---:|---:|');
  await run('open (--auth none)', url(open));
  for (const alg of ['HS256', 'RS256', 'ES256', 'EdDSA'] as Alg[]) {
    await run(`signed in, ${alg}`, url(signed), await keys.sign({ roles: ['report-viewer'] }, alg));
  }
  await run(
    'signed in, HS256, scoped to 2 markets',
    url(signed),
    await keys.sign({ roles: ['report-viewer'], insights_scope: { market: ['NL', 'DE'] } }),
  );
  await Promise.all([open, signed].map((server) => new Promise((resolve) => server.close(resolve))));
  await engine.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
