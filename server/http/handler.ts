/**
 * The contract's HTTP surface as one node:http-style handler `(req, res, next?)`, so it runs
 * under `http.createServer` and mounts as middleware in a dev server alike.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BATCH_PATH, EXPORT_PATH, RESOURCES } from '../../src/data/contract.ts';
import type { InsightsEngine } from '../engine/engine.ts';
import { lastCompleteMonth } from '../months.ts';
import { buildOpenApi } from '../openapi.ts';
import { auditRequest, type AccessLog, type AuditRecord } from './audit.ts';
import { AuthRefusal, type Authenticator, type Principal } from './auth.ts';
import { answerBatch, batchParts } from './batch.ts';
import { addVary, chooseEncoding, compress, type Encoding } from './compression.ts';
import { setCors, type CorsOrigins } from './cors.ts';
import { createExporter, type ExportLimits } from './export.ts';
import { Lru } from './lru.ts';
import { BadRequest, Refusal, problem, sendProblem, sendRefusal } from './problem.ts';
import { parseQuery, type Extra, type ParsedQuery } from './query.ts';
import { scopedDimensions, scopedFilters } from './scope.ts';

/** Options of {@link createInsightsHandler}. */
export interface HandlerOptions {
  /** Path prefix the API is mounted under, e.g. `/api` (default: none). */
  basePath?: string;
  /** Computed responses kept in the LRU cache; 0 disables caching (default 500). */
  cacheSize?: number;
  /**
   * Origins whose pages may read the API (`--cors-origin`): a list, or `*` for any (the demo).
   * Default: none, so only pages of the API's own origin read it.
   */
  corsOrigins?: CorsOrigins;
  /** Limits of the CSV export (concurrent exports, rows, idle timeout). */
  exportLimits?: ExportLimits;
  /**
   * Sign-in (`--auth jwt`, `auth.ts`): every resource but `/openapi.json` then needs a valid
   * bearer token of a reading role, and answers within the token's scope. Default: open.
   */
  auth?: Authenticator;
  /** Receives one entry per API request (`audit.ts`; `--access-log`). Default: none. */
  accessLog?: AccessLog;
  /** The data's version, part of every ETag: a new load changes the validators. */
  dataVersion?: string;
}

/** A node:http request handler; `next` is called for paths that are not the API's. */
export type InsightsHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

type Compute = (engine: InsightsEngine, p: ParsedQuery, principal: Principal | null) => Promise<unknown>;

/** JSON routes: the parameters each accepts beyond the common ones, and how it computes. */
const ROUTES: Record<string, { extras: readonly Extra[] | null; compute: Compute }> = {
  [RESOURCES.monthly.path]: { extras: [], compute: (e, p) => e.monthly(p.query) },
  [RESOURCES.breakdown.path]: { extras: ['by'], compute: (e, p) => e.breakdown(p.query, p.by!) },
  [RESOURCES.trend.path]: { extras: ['by'], compute: (e, p) => e.trend(p.query, p.by!) },
  // `null`: no query parameters at all.
  [RESOURCES.dimensions.path]: { extras: null, compute: async (e, _, who) => scopedDimensions(await e.dimensions(), who?.scope ?? null) },
  '/openapi.json': { extras: null, compute: async () => buildOpenApi() },
};

/** A serialized response: its body, strong ETag, and compressed forms made on first demand. */
interface Cached {
  body: string;
  etag: string;
  encoded: Map<Encoding, Promise<Buffer>>;
  /** A batch's: whether every part is a 200. */
  ok?: boolean;
}

/** Batches whose compressed forms are kept (by ETag; a batch's body is joined anew each time). */
const BATCH_ENCODINGS = 64;

/** Creates the handler serving the contract's resources from `engine`. */
export function createInsightsHandler(engine: InsightsEngine, options: HandlerOptions = {}): InsightsHandler {
  const { basePath = '', cacheSize = 500, corsOrigins = [] } = options;
  const streamCsv = createExporter(engine, options.exportLimits);
  // In-flight promises are cached too, so identical concurrent requests compute once.
  const cache = new Lru<string, Promise<Cached>>(cacheSize);
  const batchEncodings = new Lru<string, Cached['encoded']>(Math.min(cacheSize, BATCH_ENCODINGS));
  let lastMonth: Promise<string> | undefined;
  const defaultTo = () => (lastMonth ??= engine.dimensions().then((d) => d.range?.max ?? lastCompleteMonth()));

  /** A resource's query, parsed and held to the user's scope (alone, in a batch, exported). */
  const parse = async (path: string, params: URLSearchParams, principal: Principal | null): Promise<ParsedQuery> => {
    const extras: readonly Extra[] | null = path === EXPORT_PATH ? ['format'] : ROUTES[path]!.extras;
    if (extras === null) {
      const unknown = [...params.keys()][0];
      if (unknown !== undefined) throw new BadRequest(unknown, `Unknown parameter "${unknown}".`);
    }
    // Parameterless resources get an empty query they never read, so cache keys have one shape.
    const parsed: ParsedQuery = extras ? parseQuery(params, extras, await defaultTo()) : { query: { from: '', to: '', filters: {} } };
    // Inside a scope, the request's filters are intersected with it: caches, ETags and the
    // query echo all see the effective filters, never the asked ones.
    parsed.query.filters = scopedFilters(parsed.query.filters, principal?.scope ?? null);
    return parsed;
  };

  /** A JSON resource's serialized answer, cached: the one code of a resource alone and of a batch's part. */
  const answer = async (path: string, params: URLSearchParams, principal: Principal | null): Promise<Cached> => {
    const parsed = await parse(path, params, principal);
    const scopeKey = principal?.scopeHash ?? '';
    const key = JSON.stringify([path, parsed, scopeKey]);
    let entry = cacheSize > 0 ? cache.get(key) : undefined;
    if (!entry) {
      entry = ROUTES[path]!.compute(engine, parsed, principal).then((value) => serialize(value, scopeKey, options.dataVersion));
      if (cacheSize > 0) {
        cache.set(key, entry);
        entry.catch(() => cache.delete(key));
      }
    }
    return entry;
  };

  /** The batch's parts, each as `answer` gives it alone, joined into one answer with an ETag of its own. */
  const batch = async (req: IncomingMessage, url: URL, principal: Principal | null): Promise<Cached> => {
    const parts = batchParts(url.searchParams);
    const joined = await answerBatch(
      parts,
      (path, params) => answer(path, params, principal),
      (index, error) => console.error(`${req.method} ${req.url} (part ${index + 1}):`, error),
    );
    const etag = strongTag(options.dataVersion, joined.validators.join('\n'), principal?.scopeHash ?? '');
    // A batch's compressed forms outlive its request: a repeated batch is not compressed again.
    let encoded = batchEncodings.get(etag);
    if (!encoded) batchEncodings.set(etag, (encoded = new Map()));
    return { body: joined.body, etag, encoded, ok: joined.ok };
  };

  const respond = async (req: IncomingMessage, res: ServerResponse, path: string, url: URL, principal: Principal | null) => {
    const signedIn = principal !== null;
    if (signedIn) addVary(res, 'Authorization');
    // Signed in: a browser or proxy keeps nothing for reuse without asking (another user may
    // sign in on the same browser), and revalidation is against this user's ETag.
    if (path === EXPORT_PATH) {
      return streamCsv(await parse(path, url.searchParams, principal), req, res, signedIn ? 'private, no-store' : undefined);
    }
    const cached = path === BATCH_PATH ? await batch(req, url, principal) : await answer(path, url.searchParams, principal);
    // A batch with a refused part is kept nowhere: its client asks again for the parts that failed.
    const cacheControl = cached.ok === false ? 'no-store' : signedIn ? 'private, no-cache' : 'private, max-age=60';
    await send(req, res, cached, cacheControl);
  };

  /** Who is asking (null when sign-in is off, and for the public OpenAPI document). */
  const signIn = async (req: IncomingMessage, path: string, audit: AuditRecord | undefined): Promise<Principal | null> => {
    if (!options.auth || path === '/openapi.json') return null;
    const principal = await options.auth(req);
    if (audit) audit.principal = principal;
    if (path === EXPORT_PATH && !principal.mayExport) {
      throw new AuthRefusal(403, 'your roles may not download the rows behind the dashboard (the export)');
    }
    return principal;
  };

  return (req, res, next) => {
    const url = parseUrl(req.url);
    const path = url?.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : '';
    if (!url || (!ROUTES[path] && path !== EXPORT_PATH && path !== BATCH_PATH)) {
      if (url && next) next();
      else sendProblem(res, problem(404, url ? `No resource at ${url.pathname}.` : 'The request names no valid path.'));
      return;
    }
    setCors(req, res, corsOrigins);
    const audit = options.accessLog && auditRequest(req, res, options.accessLog, url.pathname);
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD, OPTIONS');
      sendProblem(res, problem(405, `${req.method} is not supported; use GET.`));
      return;
    }
    signIn(req, path, audit)
      .then((principal) => respond(req, res, path, url, principal))
      .catch((error: unknown) => {
        if (res.headersSent) return void res.destroy();
        // A refusal's reason is ours and short; an engine's message may hold SQL: not logged.
        if (audit) audit.reason = error instanceof Refusal ? error.message : 'the engine failed';
        if (error instanceof Refusal) sendRefusal(res, error);
        else {
          console.error(`${req.method} ${req.url}:`, error);
          sendProblem(res, problem(500, 'The engine failed to compute this resource.'));
        }
      });
  };
}

/** The request's URL, or null when it is not one (`GET http://[ HTTP/1.1` reaches us too). */
function parseUrl(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

/** Sends `cached` in the encoding `req` accepts (compressed once per encoding), or a 304. */
async function send(req: IncomingMessage, res: ServerResponse, cached: Cached, cacheControl: string): Promise<void> {
  const encoding = chooseEncoding(req, res, Buffer.byteLength(cached.body));
  // Each encoding is its own representation, so its own strong ETag.
  const etag = encoding === 'identity' ? cached.etag : `${cached.etag.slice(0, -1)}-${encoding}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', cacheControl);
  if (matches(req.headers['if-none-match'], etag)) {
    res.removeHeader('Content-Encoding');
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (encoding === 'identity') return void res.end(cached.body);
  let body = cached.encoded.get(encoding);
  if (!body) cached.encoded.set(encoding, (body = compress(cached.body, encoding)));
  res.end(await body);
}

/**
 * The ETag hashes the body, the data's version (a new load changes every validator) and the
 * scope (one scope's validator never matches another's answer).
 */
function serialize(value: unknown, scopeKey: string, version?: string): Cached {
  const body = JSON.stringify(value);
  return { body, etag: strongTag(version, body, scopeKey), encoded: new Map() };
}

/** A strong ETag over `text`, the data's version and the scope. */
function strongTag(version = '', text: string, scopeKey: string): string {
  const hash = createHash('sha1').update(version).update(text);
  if (scopeKey) hash.update('\0' + scopeKey);
  return `"${hash.digest('base64url')}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
