/**
 * The kit's own events, each typed once here. Names carry the `insights-` prefix so they never
 * collide with a host page's events; all bubble and cross shadow roots (`composed`).
 */
import type { Dimension, Filters } from '../data/contract.js';

/** `filter-context` changed its range, filters, endpoint or locale. */
export interface FilterChangeDetail {
  from?: string;
  to?: string;
  last?: number;
  filters: Filters;
  endpoint: string;
  locale: string;
}

/** A member (a country, a product, a month...) was selected, for cross-filtering. */
export interface SelectDetail {
  /** The dimension the key belongs to, or `month` for a chart column. */
  dimension: Dimension | 'month';
  /** The selected key, `null` when the selection was cleared. */
  key: string | null;
}

/** A widget could not show its data; the same words as its error state, in English. */
export interface ErrorDetail {
  kind: 'network' | 'timeout' | 'http' | 'invalid' | 'auth' | 'config';
  /** The HTTP status, when the endpoint answered with one. */
  status?: number;
  message: string;
  url: string;
}

/** A widget received the answer it shows. */
export interface LoadDetail {
  /** `monthly`, `breakdown`, `trend` or `dimensions`. */
  resource: string;
  url: string;
  /** Milliseconds from asking to the validated answer (about 0 from cache or a snapshot). */
  ms: number;
}

/** Every widget of a `filter-context` shows data or an error for its current state. */
export interface ReadyDetail {
  /** Milliseconds from the state change (or first load) to the last widget settled. */
  ms: number;
  /** Requests that went to the network for this state. */
  requests: number;
}

/**
 * `filter-bar` has received the export of the current query, before it saves the file; cancel
 * the event (`preventDefault()`) to handle the file yourself (upload it, show it, test it).
 */
export interface DownloadDetail {
  /** The export URL that was streamed. */
  url: string;
  /** The file name it would be saved as, holding the range: `customers-2025-11-2026-10.csv`. */
  fileName: string;
  /** The CSV as received. */
  blob: Blob;
  /** Bytes received. */
  bytes: number;
  /** Data rows received (lines after the header). */
  rows: number;
}

/**
 * A widget's export menu has made a file (CSV, PNG or SVG), before it saves it; cancel the
 * event (`preventDefault()`) to handle the file yourself. The same file as `toCSV()` (with a
 * byte-order mark) or `toImage()`.
 */
export interface ExportDetail {
  format: 'csv' | 'png' | 'svg';
  /** The file name it would be saved as: widget, range and day, e.g. `adds-churn-chart-2025-11-2026-10-2026-11-30.csv`. */
  fileName: string;
  blob: Blob;
}

/** `filter-context`'s `refresh-interval` found new data at the endpoint; every widget is reloading it. */
export interface DataChangeDetail {
  /** The new data's version (the endpoint's `/dimensions` data block). */
  version: string;
  /** When the endpoint finished loading it (ISO 8601). */
  loadedAt: string;
}

export interface InsightsEventMap {
  'insights-filter-change': CustomEvent<FilterChangeDetail>;
  'insights-select': CustomEvent<SelectDetail>;
  'insights-error': CustomEvent<ErrorDetail>;
  'insights-load': CustomEvent<LoadDetail>;
  'insights-ready': CustomEvent<ReadyDetail>;
  'insights-download': CustomEvent<DownloadDetail>;
  'insights-export': CustomEvent<ExportDetail>;
  'insights-data-change': CustomEvent<DataChangeDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends InsightsEventMap {}
}

/** Dispatches one of the kit's events from `host`; returns false when it was cancelled. */
export function emit<K extends keyof InsightsEventMap>(host: EventTarget, name: K, detail: InsightsEventMap[K]['detail']): boolean {
  return host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
}
