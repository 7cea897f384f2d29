/**
 * CSV writing for the export: RFC 4180 quoting and the CSV-injection rule, both the kit's own
 * (src/core/csv.ts), so a file from the server and one from a widget's `toCSV()` treat a cell
 * alike. queries.ts `exportSql` writes the same cells in SQL (a test keeps the two equal).
 */
import { csvText } from '../../src/core/csv.ts';

export { FORMULA_CLASS, FORMULA_TRIGGERS } from '../../src/core/csv.ts';

/** Quotes a field when it holds a comma, quote or line break (a header name, a number). */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV line, CRLF-terminated as RFC 4180 asks. */
export function csvLine(values: readonly (string | number)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/**
 * A text cell of an export, safe to open in a spreadsheet: a cell that starts like a formula
 * gets a leading `'` (shown as text, never evaluated) and is quoted. Only for text: a number
 * column is written as is, so `-3` stays a number.
 */
export const exportCell: (value: string) => string = csvText;
