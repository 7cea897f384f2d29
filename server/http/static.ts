/**
 * Static files: `/` → demo/index.html, `/demo/*`, `/dist/*` (the npm build) and `/cdn/*` (the
 * script-tag build, meant to be loaded from other origins). Only those folders are served; a
 * path that resolves outside them is a 404.
 *
 * - Every file may be loaded cross-origin (`Access-Control-Allow-Origin: *`): a partner's page
 *   on another host loads `cdn/insights-widgets.js` as a module script, which needs CORS.
 * - Hashed chunks (`chunks/<name>-<hash>.js`) never change under their name: cached for a year,
 *   `immutable`. Everything else is revalidated (`no-cache` + ETag → 304).
 * - Text files go out brotli- or gzip-compressed when the client accepts it.
 * - A page with a `<!-- modulepreload: … -->` marker gets the current build's
 *   `<link rel="modulepreload">`s in its place (`module-preload.ts`).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { withModulePreload } from './module-preload.ts';
import { problem, sendProblem } from './problem.ts';
import { COMPRESSIBLE, compressedFile, negotiateEncoding } from './static-encoding.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};
const FOLDERS = ['demo', 'dist', 'cdn'];

/** Rollup's `[name]-[hash].js` (8+ url-safe characters) inside a `chunks/` folder. */
const HASHED_CHUNK = /-[\w-]{8,}\.js$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Serves the demo and the kit's builds from `root` (the repository); 404 for anything else. */
export function createStaticHandler(root: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendProblem(res, problem(405, `${req.method} is not supported here; use GET.`));
    }
    let file = resolveFile(root, new URL(req.url ?? '/', 'http://localhost').pathname);
    let info = file ? await stat(file).catch(() => null) : null;
    if (file && info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!file || !info?.isFile()) {
      return sendProblem(res, problem(404, 'No file here: the demo is at /, the builds under /dist/ and /cdn/.'));
    }
    const ext = extname(file).toLowerCase();
    const page = ext === '.html' ? await withModulePreload(root, await readFile(file, 'utf8')) : undefined;
    if (page !== undefined) {
      sendPage(req, res, page);
      return;
    }
    const etag = `W/"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
    res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', isHashedChunk(file) ? IMMUTABLE : 'no-cache');
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', info.mtime.toUTCString());
    if (COMPRESSIBLE.has(ext)) res.setHeader('Vary', 'Accept-Encoding');
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    const encoding = COMPRESSIBLE.has(ext) ? negotiateEncoding(req.headers['accept-encoding']) : null;
    const body = encoding ? await compressedFile(file, info.size, info.mtimeMs, encoding) : null;
    if (body && encoding) {
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.setHeader('Content-Length', info.size);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  };
}

/** A page rewritten for the current build (a few KB): ETag from its content, compressed as sent. */
function sendPage(req: IncomingMessage, res: ServerResponse, page: string): void {
  const raw = Buffer.from(page);
  const etag = `"${createHash('sha1').update(raw).digest('base64url').slice(0, 16)}"`;
  res.setHeader('Content-Type', TYPES['.html']!);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('ETag', etag);
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const encoding = negotiateEncoding(req.headers['accept-encoding']);
  const body = encoding === 'br' ? brotliCompressSync(raw) : encoding === 'gzip' ? gzipSync(raw) : raw;
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A content-hashed chunk of either build: safe to cache forever. */
export function isHashedChunk(file: string): boolean {
  return basename(dirname(file)) === 'chunks' && HASHED_CHUNK.test(basename(file));
}

/** The file a URL path names, or null when it is outside the served folders. */
export function resolveFile(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded === '/') return join(root, 'demo', 'index.html');
  for (const folder of FOLDERS) {
    const base = resolve(root, folder);
    // resolve() collapses `..`; the prefix check then rejects anything that climbed out.
    const file = resolve(base, '.' + decoded.slice(folder.length + 1));
    if (decoded.startsWith(`/${folder}/`) && (file === base || file.startsWith(base + sep))) {
      return file;
    }
  }
  return null;
}
