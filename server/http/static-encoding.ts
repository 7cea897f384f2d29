/**
 * Brotli or gzip for static files, negotiated from `Accept-Encoding` as the API's answers are
 * (compression.ts). Each file is compressed once per version (path + mtime) off the main thread
 * and kept in a small LRU, so the first request of a large chunk (the world atlas) pays the compression and every later one
 * is a buffer copy.
 */
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { MIN_COMPRESS_BYTES, negotiateEncoding as negotiate } from './compression.ts';
import { Lru } from './lru.ts';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing (images and fonts already are). */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.ts']);

/**
 * The encoding to send a static file in, by compression.ts's one negotiation (brotli, then
 * gzip, by the client's q-values); null when neither is accepted.
 */
export function negotiateEncoding(accept: string | undefined): Encoding | null {
  const encoding = negotiate(accept);
  return encoding === 'identity' ? null : encoding;
}

const cache = new Lru<string, Promise<Buffer>>(64);

/** The file's bytes in `encoding`, or null when it is too small to be worth it. */
export async function compressedFile(file: string, size: number, mtimeMs: number, encoding: Encoding): Promise<Buffer | null> {
  if (size < MIN_COMPRESS_BYTES) return null;
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
