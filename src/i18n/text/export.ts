import { defineText } from '../define-text.js';

/** The export menu, the "Show as table" toggle and the CSV's header words (every widget). */
const en = {
  /** The menu button's accessible name. */
  menu: 'Export',
  csv: 'Download CSV',
  png: 'Download PNG image',
  svg: 'Download SVG image',
  showTable: 'Show as table',
  /** What the status line says after a download: "Downloaded customers-….csv". */
  downloaded: (file: string) => `Downloaded ${file}`,
  failed: (reason: string) => `Couldn't export: ${reason}`,
  /** toCSV()/toImage() before the data has loaded. */
  notReady: 'The widget has no data to export yet: wait for it to load (e.g. `await el.updateComplete` after `insights-ready`).',
  /** CSV header comment lines. */
  range: 'Range',
  /** With `compare`: the comparison range. */
  comparedWith: 'Compared with',
  filters: 'Filters',
  noFilters: 'none',
  exported: 'Exported',
  /** A share column's header: "Customers (share)". */
  share: (of: string) => `${of} (share)`,
};
export type ExportText = typeof en;

export const exporting = defineText('export', en, {
  nl: () => import('./nl/export.js'),
  de: () => import('./de/export.js'),
  fr: () => import('./fr/export.js'),
});
