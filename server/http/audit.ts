/**
 * The access log (`--access-log FILE`, else standard output): one JSON line per API request —
 * who (subject, roles, a short hash of their scope), what (method, path), the outcome (status,
 * milliseconds, body bytes) and, for a refusal, its reason. Never the token.
 */
import { createWriteStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from './auth.ts';

/** One line of the access log. */
export interface AccessEntry {
  time: string;
  /** The token's `sub`; null when the request was not signed in (or auth is off). */
  subject: string | null;
  roles: string[];
  /** {@link Principal.scopeHash}: `-` without a scope, null when not signed in. */
  scope: string | null;
  method: string;
  path: string;
  status: number;
  ms: number;
  /** Body bytes sent (compressed, as on the wire). */
  bytes: number;
  /** Why a request was refused (the problem document's detail). */
  reason?: string;
}

/** Receives each {@link AccessEntry}. */
export type AccessLog = (entry: AccessEntry) => void;

/** Appends lines to `file` (created if missing), or writes them to standard output. */
export function accessLogTo(file?: string): AccessLog {
  const out = file ? createWriteStream(file, { flags: 'a' }) : process.stdout;
  if (file) out.on('error', (error) => console.error(`Access log ${file}: ${error.message}`));
  return (entry) => void out.write(JSON.stringify(entry) + '\n');
}

/** What the handler learns while serving a request, written to the log once the response ends. */
export interface AuditRecord {
  principal?: Principal | null;
  reason?: string;
}

/** Starts the record of one request; its line is written when the response finishes or is cut off. */
export function auditRequest(req: IncomingMessage, res: ServerResponse, log: AccessLog, path: string): AuditRecord {
  const started = performance.now();
  const record: AuditRecord = {};
  let bytes = 0;
  // Count what the body writes: a streamed or compressed answer has no Content-Length.
  const write = res.write;
  const end = res.end;
  const count = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
    else if (chunk instanceof Uint8Array) bytes += chunk.byteLength;
  };
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    count(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (typeof chunk !== 'function') count(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse['end'];
  res.once('close', () => {
    const principal = record.principal;
    log({
      time: new Date().toISOString(),
      subject: principal ? principal.subject : null,
      roles: principal?.roles ?? [],
      scope: principal ? principal.scopeHash : null,
      method: req.method ?? '',
      path,
      status: res.statusCode,
      ms: Math.round((performance.now() - started) * 10) / 10,
      bytes: req.method === 'HEAD' ? 0 : bytes,
      ...(record.reason === undefined ? {} : { reason: record.reason }),
    });
  });
  return record;
}
