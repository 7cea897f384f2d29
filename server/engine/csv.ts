/**
 * CSV writing (RFC 4180 quoting) and the export's CSV-injection rule. `exportCell` is the one
 * statement of that rule: queries.ts `exportSql` writes the same cells in SQL (a test keeps
 * the two equal), and the kit's own CSV writer is meant to use it too.
 */

/** Quotes a field when it holds a comma, quote or line break. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return NEEDS_QUOTES.test(value) ? quote(value) : value;
}

const NEEDS_QUOTES = /[",\r\n]/;
const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** One CSV line, CRLF-terminated as RFC 4180 asks. */
export function csvLine(values: readonly (string | number)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
 * `=1+1`, `+cmd|…`, `-2+3`, `@SUM(…)`, and tab or carriage return before any of them.
 */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;
const FORMULA = new RegExp(`^[${FORMULA_TRIGGERS.map((c) => (c === '-' ? '\\-' : c)).join('')}]`);

/**
 * A text cell of an export, safe to open in a spreadsheet: a cell that starts like a formula
 * gets a leading `'` (shown as text, never evaluated) and is quoted; others as {@link csvField}.
 * Only for text: a number column is written as is, so `-3` stays a number.
 */
export function exportCell(value: string): string {
  return FORMULA.test(value) ? quote(`'${value}`) : csvField(value);
}

/** The {@link FORMULA_TRIGGERS} as a regular-expression class, for the SQL version of the rule. */
export const FORMULA_CLASS = FORMULA.source.slice(1);
