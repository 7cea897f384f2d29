/**
 * Load-time shaping in plain TypeScript, before any row reaches the database: strings become
 * integer codes (so the engine groups and filters on integers), customers get their
 * customer-level attributes, and each dimension's members and labels are collected once.
 */
import { DIMENSIONS, type Dimension, type Member } from '../../src/data/contract.ts';
import type { RawRow } from '../data/raw-row.ts';
import { qualifies } from '../data/raw-row.ts';
import { countryName } from '../../src/core/geo/names.ts';
import { monthIndex, monthKey } from './months.ts';

/** Market and segment describe the customer, not one subscription (CONTRACT.md filters). */
export const CUSTOMER_LEVEL: ReadonlySet<Dimension> = new Set(['market', 'segment']);

/** Raw-row value behind each dimension (one accessor each keeps property access fast). */
const VALUE: Record<Dimension, (row: RawRow) => string> = {
  market: (r) => r.customerMarket,
  segment: (r) => r.customerSegment,
  partnerLocation: (r) => r.partnerLocation,
  salesChannel: (r) => r.salesChannel,
  pricingModel: (r) => r.azurePricingModel,
  attributionType: (r) => r.partnerAttributionType,
  product: (r) => r.product,
  sku: (r) => r.sku,
};

/** Integer-coded rows, one array per column, ready for a columnar append. */
export interface EncodedRows {
  /** Customer number (0-based, in order of first appearance). */
  cid: number[];
  /** Month index (see months.ts). */
  m: number[];
  /** Code of each dimension's value; market/segment hold the customer-level value. */
  dims: Record<Dimension, number[]>;
  /** The row qualifies its customer (state Active or Renewed). */
  ok: boolean[];
  /** The row has active usage (ActiveUsers > 0). */
  used: boolean[];
}

/** Interned strings, members and month range of the loaded data. */
export class Catalog {
  /** Code → string; code 0 is always the empty string (no member). */
  readonly strings: string[] = [''];
  private readonly codes = new Map<string, number>([['', 0]]);
  /** Every member per dimension, sorted by label then key. */
  members = {} as Record<Dimension, Member[]>;
  /** First and last month with data, or null when there is none. */
  range: { min: string; max: string } | null = null;

  /** The code of `value`, creating it when new. */
  intern(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.strings.length;
      this.strings.push(value);
      this.codes.set(value, code);
    }
    return code;
  }

  /** The code of `value`, or -1 when the data never holds it (matches nothing). */
  code(value: string): number {
    return this.codes.get(value) ?? -1;
  }
}

/**
 * Encodes `rows` and builds the catalog. A customer's market and segment are those of its
 * latest row (latest month; on ties the later line), so a customer that moved counts once.
 * A partner location's name and a SKU's product follow the same latest-row rule.
 */
export function encodeRows(rows: readonly RawRow[]): { encoded: EncodedRows; catalog: Catalog } {
  const catalog = new Catalog();
  const n = rows.length;
  const customerOf = new Map<string, number>();
  const monthOf = new Map<string, number>();
  const cid = new Array<number>(n);
  const m = new Array<number>(n);
  const latestRow: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    let c = customerOf.get(row.customerTenantId);
    if (c === undefined) customerOf.set(row.customerTenantId, (c = customerOf.size));
    let month = monthOf.get(row.month);
    if (month === undefined) monthOf.set(row.month, (month = monthIndex(row.month)));
    cid[i] = c;
    m[i] = month;
    const seen = latestRow[c];
    if (seen === undefined || month >= m[seen]!) latestRow[c] = i;
  }
  const dims = {} as Record<Dimension, number[]>;
  for (const dim of DIMENSIONS) {
    const value = VALUE[dim];
    if (CUSTOMER_LEVEL.has(dim)) {
      const perCustomer = latestRow.map((i) => catalog.intern(value(rows[i]!)));
      dims[dim] = cid.map((c) => perCustomer[c]!);
    } else {
      dims[dim] = internAll(catalog, rows, value);
    }
  }
  const ok = rows.map(qualifies);
  const used = rows.map((row) => row.activeUsers > 0);
  const locationRow = latestPerCode(dims.partnerLocation, m);
  const skuRow = latestPerCode(dims.sku, m);
  const labelOf = (dim: Dimension, code: number): Member => {
    const key = catalog.strings[code]!;
    if (dim === 'market') return { key, label: countryName(key, 'en') };
    if (dim === 'partnerLocation') return { key, label: rows[locationRow.get(code)!]!.partnerLocationName || key };
    if (dim === 'sku') return { key, label: key, product: rows[skuRow.get(code)!]!.product };
    return { key, label: key };
  };
  for (const dim of DIMENSIONS) {
    const codes = [...new Set(dims[dim])].filter((code) => code !== 0);
    catalog.members[dim] = codes.map((code) => labelOf(dim, code)).sort(byLabelThenKey);
  }
  if (monthOf.size > 0) {
    const months = [...monthOf.values()];
    catalog.range = { min: monthKey(Math.min(...months)), max: monthKey(Math.max(...months)) };
  }
  return { encoded: { cid, m, dims, ok, used }, catalog };
}

/** Position of the latest row (latest month, then later position) per code. */
function latestPerCode(codes: readonly number[], m: readonly number[]): Map<number, number> {
  const latest = new Map<number, number>();
  for (let i = 0; i < codes.length; i++) {
    const seen = latest.get(codes[i]!);
    if (seen === undefined || m[i]! >= m[seen]!) latest.set(codes[i]!, i);
  }
  return latest;
}

/** Codes of `value` over all rows; consecutive rows often repeat a value, so skip the lookup. */
function internAll(catalog: Catalog, rows: readonly RawRow[], value: (row: RawRow) => string): number[] {
  const out = new Array<number>(rows.length);
  let last: string | undefined;
  let lastCode = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = value(rows[i]!);
    if (v !== last) [last, lastCode] = [v, catalog.intern(v)];
    out[i] = lastCode;
  }
  return out;
}

function byLabelThenKey(a: Member, b: Member): number {
  if (a.label !== b.label) return a.label < b.label ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
