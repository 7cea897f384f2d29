/**
 * The format of a partner-portal export (CSV, or TSV as the portal downloads it) and its
 * checks. The engine reads the file itself (a file of gigabytes never becomes one string);
 * this module reads the header line before, and names the first problem with its line when
 * the engine refuses a file: {@link findProblem} streams the file through csv-parse up to it.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse as parseStream } from 'csv-parse';
import { parse } from 'csv-parse/sync';
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
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;
const MARKET = /^[A-Za-z]{2}$/;
const COUNT = /^\d+$/;
/** Text columns that must not be empty: without them a row cannot be counted or attributed. */
const REQUIRED_TEXT = new Set<keyof RawRow>([
  'customerTenantId',
  'product',
  'sku',
  'subscriptionId',
  'subscriptionState',
]);

/** The header line of an export: its delimiter and where each column is. */
export interface FileHeader {
  delimiter: ',' | '\t';
  /** Number of columns of the header (every record has as many). */
  columnCount: number;
  /** Position of each column present; optional columns may be absent. */
  positions: Map<keyof RawRow, number>;
}

const PARSE_OPTIONS = { bom: true, skip_empty_lines: true, trim: true } as const;

/** Reads the header line of `path`; throws {@link DataFileError} (or an fs error) when unusable. */
export async function readHeader(path: string): Promise<FileHeader> {
  const file = await open(path);
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const line = text.slice(0, text.search(/\r?\n|$/));
    const delimiter = line.includes('\t') ? '\t' : ',';
    const [header] = parse(line, { ...PARSE_OPTIONS, delimiter }) as string[][];
    if (!header) throw new DataFileError(1, 'the file is empty (no header line)');
    return { delimiter, columnCount: header.length, positions: columnPositions(header) };
  } finally {
    await file.close();
  }
}

/**
 * Streams `path` through the checks of {@link parseRows} and returns the first problem, or
 * null when every record is fine. Stops at the first problem, so an early one is found fast.
 */
export async function findProblem(path: string): Promise<DataFileError | null> {
  const { delimiter, positions } = await readHeader(path);
  const parser = createReadStream(path).pipe(
    parseStream({ ...PARSE_OPTIONS, delimiter, info: true, from_line: 1 }),
  );
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
    const e = error as { lines?: number; message: string };
    return new DataFileError(e.lines ?? 1, e.message);
  } finally {
    parser.destroy();
  }
  return null;
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
    const e = error as { lines?: number; message: string };
    throw new DataFileError(e.lines ?? 1, e.message);
  }
  if (records.length === 0) throw new DataFileError(1, 'the file is empty (no header line)');
  const positions = columnPositions(records[0]!.record);
  return records.slice(1).map(({ record, info }) => toRow(record, positions, info.lines));
}

/** Header name → position, matched case-insensitively; throws on a missing column. */
function columnPositions(header: string[]): Map<keyof RawRow, number> {
  const byName = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
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
  const month = MONTH.exec(text('month'));
  if (!month) fail(`Month "${text('month')}" is not YYYY-MM or YYYY-MM-DD`);
  for (const field of REQUIRED_TEXT) if (!text(field)) fail(`${columnName(field)} is empty`);
  if (!MARKET.test(text('customerMarket'))) {
    fail(`CustomerMarket "${text('customerMarket')}" is not a two-letter ISO country code`);
  }
  if (!COUNT.test(text('activeUsers'))) {
    fail(`ActiveUsers "${text('activeUsers')}" is not an integer >= 0`);
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
