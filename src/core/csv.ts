/**
 * The kit's CSV writer: pure and DOM-free. A widget describes what it shows as a `DataTable`
 * (the same model feeds its visible "Show as table" twin) and `writeCsv` turns it into text:
 *
 * - RFC 4180: fields separated by `,`, lines ended by CRLF, a field holding `,` `"` CR or LF
 *   quoted with `"` doubled;
 * - numbers machine-readable: no thousands separators, `.` as the decimal mark, no exponent;
 *   months as `YYYY-MM`;
 * - formula-looking text made inert (OWASP "CSV injection"): a text cell starting with `=`,
 *   `+`, `-`, `@`, tab or CR gets a leading `'` and is quoted;
 * - header comment lines start with `# ` and hold no separator, quote or line break (each is
 *   replaced by a space), so a spreadsheet shows each as one inert cell and a reader with a
 *   comment option (`csv-parse` `comment: '#'`, pandas `comment='#'`) skips them.
 *
 * No byte-order mark: the string is text; the BOM belongs to the downloaded file (`CSV_BOM`).
 */

/** How a column's values are written and shown. */
export type ColumnKind = 'text' | 'month' | 'count' | 'share' | 'change';

export interface DataColumn {
  /** The header, in the widget's language. */
  label: string;
  /** `text`: a name; `month`: `YYYY-MM`; `count`: an integer; `share`: a ratio 0..1 (shown as %); `change`: a signed ratio (shown as +4.1 %). */
  kind: ColumnKind;
}

/** One cell: text, a month, a number, or nothing (an empty cell). */
export type DataCell = string | number | null;

/** What a widget shows as rows and columns: one model for its CSV and its table twin. */
export interface DataTable {
  /** The widget's title (the table's caption). */
  title: string;
  /** The headline in words (a KPI tile's sentence): a header comment of the CSV. */
  summary?: string;
  columns: readonly DataColumn[];
  /** One array per row, a cell per column. */
  rows: readonly (readonly DataCell[])[];
}

/** The byte-order mark that tells spreadsheet apps a downloaded CSV is UTF-8. */
export const CSV_BOM = '\uFEFF';

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
 * `=1+1`, `+cmd|…`, `-2+3`, `@SUM(…)`, and tab or carriage return before any of them. The one
 * statement of the rule: the reference server's export follows it too (server/engine/csv.ts).
 */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;
/** {@link FORMULA_TRIGGERS} as a regular-expression character class, e.g. for SQL. */
export const FORMULA_CLASS = `[${FORMULA_TRIGGERS.map((c) => (c === '-' ? '\\-' : c)).join('')}]`;
const FORMULA_START = new RegExp(`^${FORMULA_CLASS}`);
const NEEDS_QUOTES = /[",\r\n]/;

/** 1234.5 → "1234.5", 1e-7 → "0.0000001": plain digits, `.` decimal, at most 6 decimals. */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return BigInt(value).toString();
  return value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}

/** A text field: inert if it looks like a formula, quoted when RFC 4180 asks for it. */
export function csvText(text: string): string {
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One field of any cell: numbers as digits (a negative number stays a number), text as `csvText`. */
export function csvField(cell: DataCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? csvNumber(cell) : csvText(cell);
}

/** A comment line: `# ` and the text with separators, quotes and line breaks made spaces. */
export function csvComment(text: string): string {
  return `# ${text.replace(/[,;"\s]+/g, ' ').trim()}`;
}

/** The CSV of `table` (header row, then the rows), after `comments` as `#` lines; CRLF endings. */
export function writeCsv(table: Pick<DataTable, 'columns' | 'rows'>, comments: readonly string[] = []): string {
  const lines = [
    ...comments.map(csvComment),
    table.columns.map((c) => csvText(c.label)).join(','),
    ...table.rows.map((row) => table.columns.map((_, i) => csvField(row[i] ?? null)).join(',')),
  ];
  return lines.join('\r\n') + '\r\n';
}
