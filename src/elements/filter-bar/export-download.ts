/**
 * The raw-data download: streams `/customers/export?format=csv` for a query with `fetch` and a
 * `ReadableStream` reader (progress per chunk, cancellable), then hands back a `Blob` to save.
 * Errors are the data layer's (`NetworkError`, `HttpError` with the problem document), so they
 * read like every widget's.
 */
import * as v from 'valibot';
import { EXPORT_PATH, ProblemSchema } from '../../data/contract.js';
import { HttpError, NetworkError } from '../../data/errors.js';
import type { InsightsClient } from '../../data/client.js';
import { buildUrl, type InsightsQuery } from '../../data/query.js';
import { safeFileName } from '../shared/save-file.js';

/** The export's URL for `query`: the range and filter parameters of the JSON resources. */
export function exportUrl(query: InsightsQuery): string {
  // The export takes exactly the monthly resource's parameters, so buildUrl writes them.
  const [path, search] = buildUrl({ name: 'monthly', path: EXPORT_PATH }, query).split('?');
  return `${path}?format=csv${search ? `&${search}` : ''}`;
}

function safeDecode(text: string | undefined): string | undefined {
  try {
    return text && decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A file name safe on every system, from the server's `Content-Disposition` or the query. */
export function exportFileName(disposition: string | null, query: InsightsQuery, resolved?: { from: string; to: string }): string {
  const given = safeDecode(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '')?.[1]);
  const range =
    query.from && query.to ? `${query.from}-${query.to}` : resolved ? `${resolved.from}-${resolved.to}` : `last-${query.last ?? 12}-months`;
  const name = given || `customers-${range}.csv`;
  return safeFileName(name, 'customers.csv');
}

export interface ExportProgress {
  bytes: number;
  rows: number;
  /** From `Content-Length`, when the endpoint sends one. */
  total?: number;
}

export interface ExportResult extends ExportProgress {
  url: string;
  blob: Blob;
  /** The response's `Content-Disposition`, for the file name. */
  disposition: string | null;
}

export interface ExportOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
}

const NEWLINE = 10;

/** Streams the export at `url`; rejects with the data layer's errors, or the abort reason. */
export async function streamExport(url: string, options: ExportOptions = {}): Promise<ExportResult> {
  const { signal, onProgress } = options;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'text/csv', ...options.headers }, signal });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new NetworkError(url, error);
  }
  if (!response.ok) {
    const problem = await response
      .json()
      .then((body) => v.safeParse(ProblemSchema, body))
      .catch(() => undefined);
    throw new HttpError(url, response.status, problem?.success ? problem.output : undefined);
  }
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let newlines = 0;
  let last = NEWLINE;
  const reader = response.body!.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.length;
      for (const byte of value) if (byte === NEWLINE) newlines++;
      last = value[value.length - 1] ?? last;
      onProgress?.({ bytes, rows: Math.max(0, newlines - 1), total });
    }
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new NetworkError(url, error);
  }
  // A last line without a newline is a row too; the first line is the header.
  const lines = newlines + (bytes > 0 && last !== NEWLINE ? 1 : 0);
  return {
    url,
    blob: new Blob(chunks as BlobPart[], { type: 'text/csv;charset=utf-8' }),
    bytes,
    rows: Math.max(0, lines - 1),
    total,
    disposition: response.headers.get('Content-Disposition'),
  };
}

/** 2_300_000 → "2.3 MB", in the formatter's locale. */
export function formatBytes(bytes: number, locale: string): string {
  const [unit, value] =
    bytes >= 1e6 ? (['megabyte', bytes / 1e6] as const) : bytes >= 1e3 ? (['kilobyte', bytes / 1e3] as const) : (['byte', bytes] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/**
 * {@link streamExport} with `client`'s headers; a 401 (a token that expired since the widgets'
 * last request) signs in again through the client and streams once more, as the widgets do.
 */
export async function streamSignedExport(
  url: string,
  client: InsightsClient,
  options: Omit<ExportOptions, 'headers'> = {},
): Promise<ExportResult> {
  const signal = options.signal ?? new AbortController().signal;
  const headers = await client.requestHeaders(signal);
  try {
    return await streamExport(url, { ...options, headers });
  } catch (error) {
    const renewed = error instanceof HttpError && error.status === 401 ? await client.renewHeaders(signal, headers) : undefined;
    if (!renewed) throw error;
    return streamExport(url, { ...options, headers: renewed });
  }
}
