/**
 * Export, written once for every widget: `toCSV()` and `toImage()` (which `InsightsElement`
 * exposes), the files' names, the download with its cancelable `insights-export` event, the
 * status line that says what happened, and the "Show as table" state. The menu's markup is
 * `export-menu.ts`; the image code (`export-image.ts`) loads only when an image is asked for.
 *
 * @example
 * ```ts
 * // in a widget: say what it shows, once, for the CSV and the table twin
 * protected override exportData() {
 *   const data = this.resource.value;
 *   return data && { name: 'my-chart', query: data.query, table: { title, columns, rows } };
 * }
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CSV_BOM, writeCsv, type DataTable } from '../../core/csv.js';
import type { QueryEcho } from '../../data/contract.js';
import { emit, type ExportDetail } from '../../events/events.js';
import type { ExportText } from '../../i18n/text/export.js';
import { safeFileName, saveFile } from './save-file.js';

/** What a widget exports: its table, the query the figures answer, and the file name's stem. */
export interface ExportData {
  table: DataTable;
  /** The endpoint's echo of the query: the resolved range and the filters, for the header and file name. */
  query: QueryEcho;
  /** Names the widget in file names: `adds-churn-chart`, `kpi-card-churned`… */
  name: string;
  /** With `compare`: the range the comparison columns answer, and what it is ("vs previous 12 months", or why figures are missing). */
  comparison?: { from: string; to: string; label: string };
}

export type ExportFormat = ExportDetail['format'];
export type ImageType = Exclude<ExportFormat, 'csv'>;

/** Thrown (and rejected) by `toCSV()`/`toImage()` before the widget has data to export. */
export class ExportNotReadyError extends Error {
  override name = 'ExportNotReadyError';
}

/** The host the controller serves: a widget that can say what it shows. */
export interface ExportHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ExportSource {
  /** What the widget shows now, or `undefined` before its data has loaded (or when it has none). */
  data(): ExportData | undefined;
  /** The export words in the language in force. */
  text(): ExportText;
}

/** `2026-11-30` for today, in the user's time zone (the day they downloaded it). */
function today(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `market = NL | US / product = m365`, or `none`. */
function describeFilters(filters: QueryEcho['filters'], none: string): string {
  const parts = Object.entries(filters)
    .filter(([, members]) => members && members.length > 0)
    .map(([dimension, members]) => `${dimension} = ${members!.join(' | ')}`);
  return parts.length ? parts.join(' / ') : none;
}

export class ExportController implements ReactiveController {
  /** The menu is open. */
  open = false;
  /** The widget shows its data table instead of its chart or map. */
  tableView = false;
  /** The last thing the menu did, for the live region ("Downloaded …"). */
  status = '';

  constructor(
    /** The widget it exports. */
    readonly host: ExportHost,
    private readonly source: ExportSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.open = false;
  }

  /** The export words in the language in force. */
  get text(): ExportText {
    return this.source.text();
  }

  /** True once there is something to export. */
  get ready(): boolean {
    return this.source.data() !== undefined;
  }

  private required(): ExportData {
    const data = this.source.data();
    if (!data) throw new ExportNotReadyError(`<${this.host.localName}>: ${this.source.text().notReady}`);
    return data;
  }

  /** The CSV text, without a byte-order mark (the downloaded file gets one). */
  csv(now = new Date()): string {
    const { table, query, comparison } = this.required();
    const m = this.source.text();
    return writeCsv(table, [
      table.title,
      ...(table.summary ? [table.summary] : []),
      `${m.range}: ${query.from} – ${query.to}`,
      ...(comparison ? [`${m.comparedWith}: ${comparison.from} – ${comparison.to} (${comparison.label})`] : []),
      `${m.filters}: ${describeFilters(query.filters, m.noFilters)}`,
      `${m.exported}: ${now.toISOString()}`,
    ]);
  }

  /** A PNG (at device pixel ratio) or SVG of what the widget shows now. */
  async image(type: ImageType): Promise<Blob> {
    this.required();
    const { renderImage } = await import('./export-image.js');
    return renderImage(this.host, type);
  }

  /** `<name>-<from>-<to>-<day>.<ext>`: widget, range and the day of the export. */
  fileName(format: ExportFormat, now = new Date()): string {
    const { name, query } = this.required();
    return safeFileName(`${name}-${query.from}-${query.to}-${today(now)}.${format}`, `export.${format}`);
  }

  /** Makes the file, emits `insights-export` (cancelable), saves it, and says so. */
  async download(format: ExportFormat): Promise<void> {
    const m = this.source.text();
    try {
      const fileName = this.fileName(format);
      const blob = format === 'csv' ? new Blob([CSV_BOM, this.csv()], { type: 'text/csv;charset=utf-8' }) : await this.image(format);
      if (emit(this.host, 'insights-export', { format, fileName, blob })) saveFile(blob, fileName);
      this.status = m.downloaded(fileName);
    } catch (error) {
      this.status = m.failed(error instanceof Error ? error.message : String(error));
    }
    this.host.requestUpdate();
  }

  /** Opens or closes the menu. */
  setOpen(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    if (open) this.status = '';
    this.host.requestUpdate();
  }

  /** Shows the data table instead of the chart, or the chart again. */
  toggleTable(): void {
    this.tableView = !this.tableView;
    this.host.requestUpdate();
  }
}
