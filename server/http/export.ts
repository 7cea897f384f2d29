/**
 * `GET /customers/export`: the rows behind a query streamed as CSV, within limits a hostile or
 * stalled client cannot push past: a few exports at a time, a row cap checked before the first
 * byte, and an idle timeout that frees a client's connection (and the engine's stream behind
 * it) when the client stops reading.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import { ExportTooLargeError, type InsightsEngine } from '../engine/engine.ts';
import { chooseEncoding, compressor } from './compression.ts';
import { Refusal } from './problem.ts';
import type { ParsedQuery } from './query.ts';

/** Limits of the export (`--export-*` flags of server/main.ts). */
export interface ExportLimits {
  /**
   * Exports streaming at once; one more is a 429 with Retry-After (default 4). A 429, not a
   * 503: the server is fine, the client is asked to come back (and no 5xx is ever answered).
   */
  concurrent?: number;
  /** Rows one export may hold; more is a 413 before anything is sent (default 1,000,000). */
  maxRows?: number;
  /** A client that takes nothing for this long loses its export (default 30 s). */
  idleTimeoutMs?: number;
}

export const EXPORT_DEFAULTS: Required<ExportLimits> = { concurrent: 4, maxRows: 1_000_000, idleTimeoutMs: 30_000 };
/** Seconds a refused client is asked to wait: exports of a dashboard's view take seconds. */
const RETRY_AFTER = 10;

/**
 * Exports streaming, per limits object: the handlers given the same `limits` (one per data
 * version of a live server, see live-handler.ts) count together, so a reload does not open new slots.
 */
const streaming = new WeakMap<ExportLimits, { running: number }>();

/** The export route of one engine; its limits hold across every request it serves. */
export function createExporter(engine: InsightsEngine, limits: ExportLimits = {}) {
  const { concurrent, maxRows, idleTimeoutMs } = { ...EXPORT_DEFAULTS, ...limits };
  let count = streaming.get(limits);
  if (!count) streaming.set(limits, (count = { running: 0 }));
  const slots = count;
  /** `cacheControl`: a signed-in user's rows are never kept by a browser or proxy. */
  return async (parsed: ParsedQuery, req: IncomingMessage, res: ServerResponse, cacheControl = 'private, max-age=60'): Promise<void> => {
    if (slots.running >= concurrent) {
      throw new Refusal(
        429,
        `${concurrent} exports are running, the most this server streams at once: ` + `try again in ${RETRY_AFTER} seconds.`,
        undefined,
        { 'Retry-After': String(RETRY_AFTER) },
      );
    }
    slots.running++;
    try {
      await stream(engine.exportCsv(parsed.query, { maxRows })[Symbol.asyncIterator](), parsed, req, res, idleTimeoutMs, cacheControl);
    } catch (error) {
      if (!(error instanceof ExportTooLargeError)) throw error;
      throw new Refusal(
        413,
        `The export holds more than ${maxRows.toLocaleString('en')} rows, the most this server ` +
          'sends at once: narrow the range or add filters.',
      );
    } finally {
      slots.running--;
    }
  };
}

async function stream(
  chunks: AsyncIterator<string>,
  parsed: ParsedQuery,
  req: IncomingMessage,
  res: ServerResponse,
  idleTimeoutMs: number,
  cacheControl: string,
): Promise<void> {
  try {
    // The header line comes after the row cap is checked: a refusal is still a problem document.
    const header = await chunks.next();
    const { from, to } = parsed.query;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="customers-${from}-${to}.csv"`);
    res.setHeader('Cache-Control', cacheControl);
    const zip = compressor(chooseEncoding(req, res));
    const sink: Writable = zip ?? res;
    if (zip) {
      zip.pipe(res);
      res.once('close', () => zip.destroy());
    }
    if (req.method === 'HEAD') return void sink.end();
    let chunk = header;
    while (!chunk.done) {
      // Backpressure: a slow client must not make the server buffer the export.
      if (!sink.write(chunk.value) && !(await drained(sink, res, idleTimeoutMs))) {
        // Stalled or gone: drop the connection, which ends the engine's stream below.
        res.destroy();
        return;
      }
      chunk = await chunks.next();
    }
    sink.end();
  } finally {
    await chunks.return?.();
  }
}

/** Resolves true once `sink` drains, false when `res` closes or `idleMs` pass first. */
function drained(sink: Writable, res: ServerResponse, idleMs: number): Promise<boolean> {
  if (res.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      sink.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    const timer = setTimeout(() => done(false), idleMs);
    sink.once('drain', onDrain);
    res.once('close', onClose);
  });
}
