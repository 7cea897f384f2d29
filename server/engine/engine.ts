/**
 * The seam between the HTTP layer and whatever computes the figures. The reference server
 * implements it on SQL (`sql-engine.ts`, on DuckDB or ClickHouse); a partner could implement it
 * on any backend.
 * Responses are the contract's types: an engine never invents a response shape.
 */
import type {
  BreakdownResponse,
  Dimension,
  DimensionsResponse,
  MonthlyResponse,
  QueryEcho,
  TrendResponse,
} from '../../src/data/contract.ts';
import type { RawColumns } from '../data/raw-row.ts';

/** A query as the server resolved it: range in months (`YYYY-MM`, inclusive) and sorted filters. The kit's `InsightsQuery` (src/data/query.ts) is what a widget asks. */
export type ResolvedQuery = QueryEcho;

/** Computes the contract's resources from loaded raw rows. Methods may run concurrently. */
export interface InsightsEngine {
  /** `GET /customers/monthly`: one row per month of the range, `before`, and `products`. */
  monthly(q: ResolvedQuery): Promise<MonthlyResponse>;
  /** `GET /customers/breakdown?by=`: current figures per member of `by`, and the total. */
  breakdown(q: ResolvedQuery, by: Dimension): Promise<BreakdownResponse>;
  /** `GET /customers/trend?by=`: monthly customers per member of `by`. */
  trend(q: ResolvedQuery, by: Dimension): Promise<TrendResponse>;
  /** `GET /dimensions`: every member per dimension and the months with data. */
  dimensions(): Promise<DimensionsResponse>;
  /**
   * `GET /customers/export`: the raw rows behind `q` as CSV text chunks, header first. With
   * `maxRows`, an export of more rows throws {@link ExportTooLargeError} before the header.
   */
  exportCsv(q: ResolvedQuery, limits?: { maxRows?: number }): AsyncIterable<string>;
  /** The database behind the figures, for the startup line (e.g. "DuckDB 1.5.2 (in-process)"). */
  readonly description: string;
  /**
   * Why new data cannot be loaded beside the data this engine serves (optional; undefined when
   * it can): a reload is then refused with this reason, and this engine keeps answering.
   */
  readonly cannotReload?: string;
  /** Rows and customers loaded (optional): `/dimensions`' data block and the metrics show them. */
  readonly size?: DataSize;
  /** Releases the engine's resources; no method may be called afterwards. */
  close(): Promise<void>;
}

/** How much data an engine holds. */
export interface DataSize {
  /** Rows of the export, as loaded. */
  rows: number;
  /** Distinct customers (tenants). */
  customers: number;
}

/** Where the rows come from: an export file (read by the engine itself) or columnar chunks. */
export type DataSource = { file: string } | { columns: Iterable<RawColumns> };

/**
 * How the export writes the columns that identify a customer: `hashed` (a keyed hash, the
 * same token for the same id within one key, not reversible), `none` (left out), `raw`.
 */
export type ExportIds = 'hashed' | 'none' | 'raw';
export const EXPORT_IDS: readonly ExportIds[] = ['hashed', 'none', 'raw'];

/** Options shared by engine implementations. */
export interface EngineOptions {
  /** Include `CustomerName` (personal data) in the export. Default false. */
  includeCustomerNames?: boolean;
  /** Identifying columns in the export (`IDENTIFYING` in raw-row.ts). Default `hashed`. */
  exportIds?: ExportIds;
  /**
   * Secret of the hashed ids. Default: random per engine, so tokens match within one server
   * run; give one to keep them stable across runs.
   */
  exportIdKey?: string;
}

/** An export over the row cap; thrown before anything is written. */
export class ExportTooLargeError extends Error {
  constructor(readonly maxRows: number) {
    super(`the export holds more than ${maxRows} rows`);
    this.name = 'ExportTooLargeError';
  }
}
