/**
 * `--auth demo` only: `GET /demo/token?role=…&partnerLocation=…` signs a short-lived token with
 * the server's random secret, as a partner's portal would for its signed-in user, so
 * `demo/secure.html` can show roles, row-level scope and sign-in refresh without a portal.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SignJWT } from 'jose';
import { DIMENSIONS, SCOPE_CLAIM } from '../../src/data/contract.ts';
import { problem, sendProblem } from './problem.ts';
import { parseScope } from './scope.ts';

/** Lifetime of a demo token: short, so the demo shows a refresh within minutes. */
export const DEMO_TOKEN_SECONDS = 120;
export const DEMO_TOKEN_PATH = '/demo/token';

/** What the demo signs with. */
export interface DemoTokens {
  secret: Uint8Array;
  /** Seconds a token lives (default {@link DEMO_TOKEN_SECONDS}). */
  lifetime?: number;
}

/** The answer of `/demo/token`. */
export interface DemoToken {
  token: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

/** A handler that answers `/demo/token` and returns true, or returns false for any other path. */
export function createDemoTokenHandler({ secret, lifetime = DEMO_TOKEN_SECONDS }: DemoTokens) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== DEMO_TOKEN_PATH) return false;
    const role = url.searchParams.get('role') ?? 'report-viewer';
    // Any role name: the demo shows what a role outside the seed's four gets (a 403).
    if (!/^[a-z][a-z-]{0,39}$/.test(role)) {
      sendProblem(res, problem(400, 'role must be a role name such as report-viewer.', 'role'));
      return true;
    }
    const claim: Record<string, string[]> = {};
    for (const dim of DIMENSIONS) if (url.searchParams.has(dim)) claim[dim] = url.searchParams.getAll(dim);
    let scope;
    try {
      scope = parseScope(claim);
    } catch (error) {
      sendProblem(res, problem(400, `The scope ${(error as Error).message}.`));
      return true;
    }
    const now = Math.floor(Date.now() / 1000);
    new SignJWT({ roles: [role], ...(scope ? { [SCOPE_CLAIM]: scope } : {}) })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(`demo-${role}`)
      .setIssuedAt(now)
      .setExpirationTime(now + lifetime)
      .sign(secret)
      .then(
        (token) => {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(JSON.stringify({ token, expiresAt: now + lifetime } satisfies DemoToken));
        },
        () => sendProblem(res, problem(500, 'The demo token could not be signed.')),
      );
    return true;
  };
}
