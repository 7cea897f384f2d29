/**
 * Static files for the demo: `/` → demo/index.html, `/demo/*` and `/dist/*` (the built kit).
 * Only those two folders are served; a path that resolves outside them is a 404.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

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
};
const FOLDERS = ['demo', 'dist'];

/** Serves the demo and the kit from `root` (the repository); 404 for anything else. */
export function createStaticHandler(root: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let file = resolveFile(root, new URL(req.url ?? '/', 'http://localhost').pathname);
    let info = file ? await stat(file).catch(() => null) : null;
    if (file && info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!file || !info?.isFile()) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    res.setHeader('Content-Length', info.size);
    res.setHeader('Cache-Control', 'no-cache');
    createReadStream(file).pipe(res);
  };
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
