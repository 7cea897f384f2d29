/**
 * The format of a partner-portal export (CSV, or TSV as the portal downloads it) and its
 * checks. The engine reads the file itself (a file of gigabytes never becomes one string);
 * this module reads the header line before, and names the first problem with its line when
 * the engine refuses a file: {@link findProblem} streams the file through csv-parse up to it.
 */
import { createReadStream } from 'node:fs';
import { parse as parseStream } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { MONTH_WINDOW, inMonthWindow } from '../months.ts';
import { binaryKind, head, writeLines } from './file-encoding.ts';
import { RAW_COLUMNS, type RawRow } from './raw-row.ts';

/** A file that breaks the format; `message` reads `line N: what is wrong`. */
export class DataFileError extends Error {
  constructor(
    /** 1-based line of the offending record in the file. */
    readonly line: number,
    problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'DataFileError';
  }
}

/** Columns a file may omit; they load as empty strings. */
const OPTIONAL = new Set(['customername', 'partnerlocationname', 'azurepricingmodel']);
const KNOWN = new Set(RAW_COLUMNS.map(([name]) => name.toLowerCase()));
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;
const MARKET = /^[A-Za-z]{2}$/;
const COUNT = /^\d+$/;
/** No tenant has a billion users: more is a broken file, and beyond 2^53 a number is no longer exact. */
const MAX_COUNT = /^0*\d{1,9}$/;
/** Characters no export value holds (tab, line feed and carriage return may, when quoted). */
// eslint-disable-next-line no-control-regex -- the control characters an export value may not hold
export const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
/** The longest value, in bytes: names are short; megabytes in a field mean a broken file. */
export const MAX_VALUE_BYTES = 4096;
/** A record longer than this holds a value over the limit (15 columns of 4 KB fit easily). */
const MAX_RECORD_CHARS = 256 * 1024;
/** Text columns that must not be empty: without them a row cannot be counted or attributed. */
const REQUIRED_TEXT = new Set<keyof RawRow>(['customerTenantId', 'product', 'sku', 'subscriptionId', 'subscriptionState']);
const SAVE_AS = 'save it as "CSV UTF-8 (comma delimited)" or download the portal\'s TSV again';

/** The header line of an export: its delimiter and where each column is. */
export interface FileHeader {
  delimiter: ',' | '\t';
  /** Number of columns of the header (every record has as many). */
  columnCount: number;
  /** Position of each column present; optional columns may be absent. */
  positions: Map<keyof RawRow, number>;
}

/** `relax_quotes`: a quote inside an unquoted value is text, as both engines' readers take it. */
const PARSE_OPTIONS = { bom: true, skip_empty_lines: true, trim: true, relax_quotes: true, max_record_size: MAX_RECORD_CHARS } as const;

/**
 * Reads the header line of the UTF-8 file `path` (file-encoding.ts `utf8File` decodes others);
 * throws {@link DataFileError} (or an fs error) when the file cannot be an export.
 */
export async function readHeader(path: string): Promise<FileHeader> {
  const bytes = await head(path);
  if (bytes.length === 0) throw new DataFileError(1, 'the file is empty (no header line)');
  const text = bytes.toString('utf8');
  const line = text.slice(0, text.search(/\r?\n|$/)).replace(/^\uFEFF/, '');
  const binary = binaryKind(bytes, line);
  if (binary) throw new DataFileError(1, `the file is ${binary}, not a CSV or TSV export: ${SAVE_AS}`);
  const delimiter = line.includes('\t') ? '\t' : ',';
  if (delimiter === ',' && !line.includes(',') && line.includes(';')) {
    throw new DataFileError(1, "the file uses ';' between values: save it as CSV with commas or as the portal's TSV");
  }
  const [header] = parse(line, { ...PARSE_OPTIONS, delimiter }) as string[][];
  if (!header) throw new DataFileError(1, 'the file is empty (no header line)');
  return { delimiter, columnCount: header.length, positions: columnPositions(header) };
}

/**
 * Streams `path` through the checks of {@link parseRows} and returns the first problem, or
 * null when every record is fine. Stops at the first problem, so an early one is found fast.
 */
export async function findProblem(path: string): Promise<DataFileError | null> {
  const { delimiter, columnCount, positions } = await readHeader(path);
  const parser = createReadStream(path).pipe(parseStream({ ...PARSE_OPTIONS, delimiter, info: true, from_line: 1 }));
  let first = true;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (first) {
        first = false;
        continue;
      }
      toRow(record, positions, info.lines);
    }
  } catch (error) {
    if (error instanceof DataFileError) return error;
    return parserProblem(error, columnCount);
  } finally {
    parser.destroy();
  }
  return null;
}

/**
 * Writes the records of `path` to `copy` as plain CSV (or TSV) without blank lines, for a
 * reader stricter than the format (ClickHouse stops at a blank line between rows).
 */
export async function normalizedCopy(path: string, header: FileHeader, copy: string): Promise<string> {
  const { delimiter } = header;
  const special = new RegExp(`["\r\n${delimiter}]`);
  const field = (value: string) => (special.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const records = createReadStream(path).pipe(parseStream({ ...PARSE_OPTIONS, delimiter }));
  await writeLines(
    copy,
    (async function* () {
      for await (const record of records as AsyncIterable<string[]>) yield record.map(field).join(delimiter) + '\r\n';
    })(),
  );
  return copy;
}

/** csv-parse's refusal in our words, with its one line number. */
function parserProblem(error: unknown, columnCount: number): DataFileError {
  const e = error as { code?: string; lines?: number; record?: unknown[] };
  const problems: Record<string, string> = {
    CSV_RECORD_INCONSISTENT_FIELDS_LENGTH:
      `the line has ${e.record?.length ?? 'another number of'} values where the header has ` +
      `${columnCount}: a value that holds the delimiter must be in double quotes`,
    CSV_QUOTE_NOT_CLOSED: 'a quoted value is never closed: a double quote is missing',
    CSV_MAX_RECORD_SIZE: `a value is longer than ${MAX_VALUE_BYTES.toLocaleString('en')} bytes, the most one may hold: is this the portal's export?`,
  };
  const problem =
    problems[e.code ?? ''] ??
    'a double quote stands where CSV does not allow it: a value with quotes must be in double quotes, each quote inside doubled ("")';
  return new DataFileError(e.lines ?? 1, problem);
}

/** Parses export text; the delimiter (tab or comma) is taken from the header line. */
export function parseRows(text: string): RawRow[] {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = header.includes('\t') ? '\t' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse returns { record, info } per record (its typings say string[][]).
    records = parse(text, { ...PARSE_OPTIONS, delimiter, info: true }) as unknown as typeof records;
  } catch (error) {
    throw parserProblem(error, header.split(delimiter).length);
  }
  if (records.length === 0) throw new DataFileError(1, 'the file is empty (no header line)');
  const positions = columnPositions(records[0]!.record);
  return records.slice(1).map(({ record, info }) => toRow(record, positions, info.lines));
}

/** Header name → position, matched case-insensitively; throws on a missing or repeated column. */
function columnPositions(header: string[]): Map<keyof RawRow, number> {
  const byName = new Map<string, number>();
  for (const [i, name] of header.entries()) {
    const key = name.trim().toLowerCase();
    const before = byName.get(key);
    if (before !== undefined && KNOWN.has(key)) {
      throw new DataFileError(1, `column ${name.trim()} appears twice (columns ${before + 1} and ${i + 1}): keep one`);
    }
    byName.set(key, i);
  }
  const positions = new Map<keyof RawRow, number>();
  for (const [column, field] of RAW_COLUMNS) {
    const at = byName.get(column.toLowerCase());
    if (at !== undefined) positions.set(field, at);
    else if (!OPTIONAL.has(column.toLowerCase())) {
      throw new DataFileError(1, `missing column ${column}`);
    }
  }
  return positions;
}

function toRow(record: string[], positions: Map<keyof RawRow, number>, line: number): RawRow {
  const text = (field: keyof RawRow): string => {
    const at = positions.get(field);
    return at === undefined ? '' : (record[at] ?? '');
  };
  const fail = (problem: string): never => {
    throw new DataFileError(line, problem);
  };
  for (const [column, field] of RAW_COLUMNS) {
    const value = text(field);
    if (value.includes('\uFFFD')) {
      fail(`${column} "${value.slice(0, 60)}" is not UTF-8 text (Latin-1 or Windows-1252?): ${SAVE_AS}`);
    }
    const control = CONTROL.exec(value);
    if (control)
      fail(`${column} holds the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}: remove it`);
    const bytes = Buffer.byteLength(value);
    if (bytes > MAX_VALUE_BYTES) {
      fail(`${column} holds ${bytes.toLocaleString('en')} bytes; a value may hold at most ${MAX_VALUE_BYTES.toLocaleString('en')}`);
    }
  }
  const month = MONTH.exec(text('month'));
  if (!month) fail(`Month "${text('month')}" is not YYYY-MM or YYYY-MM-DD`);
  const [, year, monthOfYear, day] = month!.map(Number) as number[];
  if (day && new Date(Date.UTC(year!, monthOfYear! - 1, day)).getUTCDate() !== day) {
    fail(`Month "${text('month')}" is not a date: ${monthOfYear}/${year} has no day ${day}`);
  }
  if (!inMonthWindow(`${month![1]}-${month![2]}`)) {
    fail(`Month "${text('month')}" is outside ${MONTH_WINDOW.first} to ${MONTH_WINDOW.last}: correct the row or leave it out`);
  }
  for (const field of REQUIRED_TEXT) if (!text(field)) fail(`${columnName(field)} is empty`);
  if (!MARKET.test(text('customerMarket'))) {
    fail(`CustomerMarket "${text('customerMarket')}" is not a two-letter ISO country code`);
  }
  if (!COUNT.test(text('activeUsers'))) {
    fail(`ActiveUsers "${text('activeUsers')}" is not an integer >= 0`);
  }
  if (!MAX_COUNT.test(text('activeUsers'))) {
    fail(`ActiveUsers "${text('activeUsers')}" is over 999,999,999: no tenant has that many users`);
  }
  return {
    month: `${month![1]}-${month![2]}`,
    customerTenantId: text('customerTenantId'),
    customerName: text('customerName'),
    customerMarket: text('customerMarket').toUpperCase(),
    customerSegment: text('customerSegment'),
    partnerLocation: text('partnerLocation'),
    partnerLocationName: text('partnerLocationName'),
    partnerAttributionType: text('partnerAttributionType'),
    salesChannel: text('salesChannel'),
    azurePricingModel: text('azurePricingModel'),
    product: text('product'),
    sku: text('sku'),
    subscriptionId: text('subscriptionId'),
    subscriptionState: text('subscriptionState'),
    activeUsers: Number(text('activeUsers')),
  };
}

function columnName(field: keyof RawRow): string {
  return RAW_COLUMNS.find(([, f]) => f === field)![0];
}
