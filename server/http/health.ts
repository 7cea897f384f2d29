/**
 * What orchestrators and operators ask: `/healthz` (the process answers: 200 as soon as it
 * listens), `/readyz` (200 once data is loaded, a 503 problem with `Retry-After` before; a
 * refused reload keeps it 200, the old data answering) and `/metrics` (Prometheus' text
 * format; open, or only with `Authorization: Bearer <token>` when a token is configured).
 * At the server's root, whatever the API's base path.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LiveData } from '../data-source/live-data.ts';
import { LOADING_RETRY_AFTER } from './live-handler.ts';
import type { Metrics } from './metrics.ts';
import { problem, sendProblem } from './problem.ts';

export interface HealthOptions {
  /** The token `/metrics` asks for (`--metrics-token-file`); open without one. */
  metricsToken?: string;
}

/**
 * The handler of the three paths: answers and returns true for them, returns false for any
 * other path (the caller goes on).
 */
export function createHealthHandler(live: LiveData, metrics: Metrics, options: HealthOptions = {}) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/healthz' && path !== '/readyz' && path !== '/metrics') return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendProblem(res, problem(405, `${req.method} is not supported; use GET.`));
      return true;
    }
    if (path === '/healthz') return (sendJson(res, 200, { status: 'ok' }), true);
    if (path === '/readyz') {
      const info = live.info;
      if (live.ready) return (sendJson(res, 200, { status: 'ready', ...(info ? { version: info.version } : {}) }), true);
      sendProblem(res, problem(503, 'The first data load is running: ready once it ends.'), { 'Retry-After': String(LOADING_RETRY_AFTER) });
      return true;
    }
    if (options.metricsToken !== undefined && !bearerMatches(req.headers.authorization, options.metricsToken)) {
      sendProblem(
        res,
        {
          ...problem(401, 'The metrics need the token of --metrics-token-file: send Authorization: Bearer <token>.'),
          title: 'Unauthorized',
        },
        { 'WWW-Authenticate': 'Bearer realm="metrics"' },
      );
      return true;
    }
    void metrics.registry.metrics().then((text) => {
      res.setHeader('Content-Type', metrics.registry.contentType);
      res.setHeader('Cache-Control', 'no-store');
      res.end(req.method === 'HEAD' ? undefined : text);
    });
    return true;
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/** Compares in constant time, so the answer's timing tells nothing about the token. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
