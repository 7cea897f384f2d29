/** CSV writing for the export (RFC 4180 quoting). */

/** Quotes a field when it holds a comma, quote or line break. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV line, CRLF-terminated as RFC 4180 asks. */
export function csvLine(values: readonly (string | number)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}
