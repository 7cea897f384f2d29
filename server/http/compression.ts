/**
 * Content-encoding negotiation (RFC 9110 §12.5.3) and compression of responses: brotli when
 * the client accepts it, else gzip, else none. Written for the API's JSON and CSV; static file
 * serving can reuse {@link negotiateEncoding} and {@link compressor} as they are.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants, createBrotliCompress, createGzip, type BrotliCompress, type Gzip } from 'node:zlib';

/** An encoding we produce; `identity` = none. */
export type Encoding = 'br' | 'gzip' | 'identity';

/** Our preference when the client accepts several equally. */
const PREFERENCE: readonly Encoding[] = ['br', 'gzip'];
/** Below this, compressing costs more than it saves. */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * The encoding to answer `accept` (an Accept-Encoding header) with: the client's highest
 * q-value among br and gzip, ties by our preference; `identity` when it accepts neither.
 */
export function negotiateEncoding(accept: string | string[] | undefined): Encoding {
  if (!accept) return 'identity';
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(accept) ? accept.join(',') : accept).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  let best: Encoding = 'identity';
  let bestWeight = 0;
  for (const encoding of PREFERENCE) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [encoding, weight];
  }
  return best;
}

/**
 * A compressing stream for `encoding` (null for identity). Brotli at quality 5 and gzip at
 * level 6: near their best ratio on JSON at a fraction of the top levels' time, which matters
 * for answers computed per request.
 */
export function compressor(encoding: Encoding, sizeHint?: number): BrotliCompress | Gzip | null {
  if (encoding === 'br') {
    return createBrotliCompress({
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        ...(sizeHint ? { [constants.BROTLI_PARAM_SIZE_HINT]: sizeHint } : {}),
      },
    });
  }
  if (encoding === 'gzip') return createGzip({ level: 6 });
  return null;
}

/**
 * Sets the headers of a response whose body depends on `req`'s Accept-Encoding, and returns
 * the encoding to write it in (`identity` for bodies under {@link MIN_COMPRESS_BYTES}).
 */
export function chooseEncoding(req: IncomingMessage, res: ServerResponse, size?: number): Encoding {
  addVary(res, 'Accept-Encoding');
  const encoding = size !== undefined && size < MIN_COMPRESS_BYTES ? 'identity' : negotiateEncoding(req.headers['accept-encoding']);
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  return encoding;
}

/** Adds `header` to the response's Vary list (other layers may have put theirs). */
export function addVary(res: ServerResponse, header: string): void {
  const current = String(res.getHeader('Vary') ?? '');
  const names = current
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!names.some((name) => name.toLowerCase() === header.toLowerCase())) names.push(header);
  res.setHeader('Vary', names.join(', '));
}

/** `body` compressed in one go with {@link compressor}'s settings. */
export function compress(body: string, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const stream = compressor(encoding, Buffer.byteLength(body))!;
    const parts: Buffer[] = [];
    stream.on('data', (part: Buffer) => parts.push(part));
    stream.on('end', () => resolve(Buffer.concat(parts)));
    stream.on('error', reject);
    stream.end(body);
  });
}
