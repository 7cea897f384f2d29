/**
 * Brotli or gzip for static files, negotiated from `Accept-Encoding`. Each file is compressed
 * once per version (path + mtime) off the main thread and kept in a small LRU, so the first
 * request pays ~0.2 s for ApexCharts and every later one is a buffer copy.
 */
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { Lru } from './lru.ts';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing (images and fonts already are). */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.ts']);

/** Below this, headers cost more than compression saves. */
const MIN_BYTES = 1024;

/**
 * The encoding to send for an `Accept-Encoding` header: brotli first, then gzip; none when
 * neither is accepted (or both are refused with `;q=0`).
 */
export function negotiateEncoding(accept: string | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (accept ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => accepted.get(name) ?? (accepted.has('*') ? accepted.get('*')! : 0);
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

const cache = new Lru<string, Promise<Buffer>>(64);

/** The file's bytes in `encoding`, or null when it is too small to be worth it. */
export async function compressedFile(file: string, size: number, mtimeMs: number, encoding: Encoding): Promise<Buffer | null> {
  if (size < MIN_BYTES) return null;
  const key = `${encoding}:${mtimeMs}:${file}`;
  let body = cache.get(key);
  if (!body) {
    body = readFile(file).then((raw) =>
      encoding === 'br'
        ? brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : gzipAsync(raw, { level: 9 }),
    );
    body.catch(() => cache.delete(key));
    cache.set(key, body);
  }
  return body;
}
