/**
 * Cross-origin reads of the API (`--cors-origin`): an allow-list of origins, or `*`. Every
 * other origin gets no CORS headers, so its browser withholds the answer (exports carry
 * customer rows). Embedded without the option, the API answers its own origin only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { addVary } from './compression.ts';

/** `*` (any origin: the demo) or the origins allowed, e.g. `https://portal.example`. */
export type CorsOrigins = '*' | readonly string[];

/** Parses a comma-separated `--cors-origin` value; throws a message naming a bad entry. */
export function parseCorsOrigins(value: string): CorsOrigins {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.includes('*')) {
    if (entries.length > 1) throw new Error('--cors-origin "*" allows every origin: give it alone, not in a list');
    return '*';
  }
  return entries.map((entry) => {
    let origin: string | undefined;
    try {
      origin = new URL(entry).origin;
    } catch {
      // reported below
    }
    if (!origin || origin === 'null' || origin !== entry.replace(/\/$/, '')) {
      throw new Error(`--cors-origin "${entry}" is not an origin: write scheme://host[:port], e.g. https://portal.example`);
    }
    return origin;
  });
}

/** Sets the CORS headers `req`'s origin is entitled to (none for an origin not allowed). */
export function setCors(req: IncomingMessage, res: ServerResponse, origins: CorsOrigins): void {
  if (origins !== '*') {
    if (origins.length === 0) return;
    // The answer depends on Origin: a shared cache must not hand one origin's to another.
    addVary(res, 'Origin');
    const origin = req.headers.origin;
    if (!origin || !origins.includes(origin)) return;
  }
  res.setHeader('Access-Control-Allow-Origin', origins === '*' ? '*' : req.headers.origin!);
  res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
  // Partners may send a bearer token.
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, If-None-Match, Content-Type');
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Content-Disposition, Retry-After, WWW-Authenticate');
  res.setHeader('Access-Control-Max-Age', '600');
}
