/**
 * Load-time shaping in plain TypeScript, before any row reaches the database: strings become
 * integer codes (so the engine groups and filters on integers), customers get their
 * customer-level attributes, and each dimension's members and labels are collected once.
 */
import { DIMENSIONS, type Dimension, type Member } from '../../src/data/contract.ts';
import type { RawRow } from '../data/raw-row.ts';
import { qualifies } from '../data/raw-row.ts';
import { countryName } from './labels.ts';
import { monthIndex, monthKey } from './months.ts';

/** Market and segment describe the customer, not one subscription (CONTRACT.md filters). */
export const CUSTOMER_LEVEL: ReadonlySet<Dimension> = new Set(['market', 'segment']);

/** Raw-row field behind each dimension. */
const FIELD: Record<Dimension, keyof RawRow> = {
  market: 'customerMarket',
  segment: 'customerSegment',
  partnerLocation: 'partnerLocation',
  salesChannel: 'salesChannel',
  pricingModel: 'azurePricingModel',
  attributionType: 'partnerAttributionType',
  product: 'product',
  sku: 'sku',
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
  const customerOf = new Map<string, number>();
  const latestRow: number[] = [];
  const latestOf = new Map<string, number>();
  const m = new Array<number>(rows.length);
  const cid = new Array<number>(rows.length);
  const isLater = (i: number, j: number | undefined) => j === undefined || m[i]! >= m[j]!;
  rows.forEach((row, i) => {
    let c = customerOf.get(row.customerTenantId);
    if (c === undefined) customerOf.set(row.customerTenantId, (c = customerOf.size));
    cid[i] = c;
    m[i] = monthIndex(row.month);
    if (isLater(i, latestRow[c])) latestRow[c] = i;
    for (const key of ['L' + row.partnerLocation, 'S' + row.sku]) {
      if (isLater(i, latestOf.get(key))) latestOf.set(key, i);
    }
  });
  const dims = {} as Record<Dimension, number[]>;
  for (const dim of DIMENSIONS) {
    const field = FIELD[dim];
    const source = CUSTOMER_LEVEL.has(dim) ? (i: number) => rows[latestRow[cid[i]!]!]! : (i: number) => rows[i]!;
    dims[dim] = rows.map((_, i) => catalog.intern(String(source(i)[field])));
  }
  const ok = rows.map(qualifies);
  const used = rows.map((row) => row.activeUsers > 0);
  const labelOf = (dim: Dimension, key: string): Member => {
    if (dim === 'market') return { key, label: countryName(key) };
    if (dim === 'partnerLocation') {
      return { key, label: rows[latestOf.get('L' + key)!]!.partnerLocationName || key };
    }
    if (dim === 'sku') return { key, label: key, product: rows[latestOf.get('S' + key)!]!.product };
    return { key, label: key };
  };
  for (const dim of DIMENSIONS) {
    const keys = [...new Set(dims[dim])].filter((code) => code !== 0).map((c) => catalog.strings[c]!);
    catalog.members[dim] = keys.map((key) => labelOf(dim, key)).sort(byLabelThenKey);
  }
  if (rows.length > 0) {
    const min = m.reduce((a, b) => Math.min(a, b));
    const max = m.reduce((a, b) => Math.max(a, b));
    catalog.range = { min: monthKey(min), max: monthKey(max) };
  }
  return { encoded: { cid, m, dims, ok, used }, catalog };
}

function byLabelThenKey(a: Member, b: Member): number {
  if (a.label !== b.label) return a.label < b.label ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
