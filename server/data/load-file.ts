/**
 * Loads a partner-portal export (CSV, or TSV as the portal downloads it) into raw rows.
 * Every row is validated before anything is returned, so a bad file never loads half-way:
 * the first problem throws a {@link DataFileError} naming its line.
 */
import { readFileSync } from 'node:fs';
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

/** Reads and validates `path`; throws {@link DataFileError} (or an fs error) on failure. */
export function loadFile(path: string): RawRow[] {
  return parseRows(readFileSync(path, 'utf8'));
}

/** Parses export text; the delimiter (tab or comma) is taken from the header line. */
export function parseRows(text: string): RawRow[] {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = header.includes('\t') ? '\t' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse returns { record, info } per record (its typings say string[][]).
    records = parse(text, { delimiter, bom: true, info: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
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
