/**
 * The members of each dimension with their labels, the integer code of every member string
 * (queries compare codes), and the months with data: read from the engine once after loading.
 */
import { DIMENSIONS, type Dimension, type Member } from '../../src/data/contract.ts';
import { countryName } from '../../src/core/geo/names.ts';
import { monthKey } from '../months.ts';

/** Interned strings, members and month range of the loaded data. */
export class Catalog {
  /** Code → member string; code 0 is the empty string (no member). */
  private readonly codes = new Map<string, number>();
  private readonly strings = new Map<number, string>([[0, '']]);
  /** Every member per dimension, sorted by label then key. */
  readonly members = {} as Record<Dimension, Member[]>;
  private readonly byKey = {} as Record<Dimension, Map<string, Member>>;

  constructor(
    /** Rows `[dimension, key, label source]` (location name, SKU product, else ''). */
    members: readonly (readonly [Dimension, string, string])[],
    /** Rows `[string, code]`. */
    dictionary: readonly (readonly [string, number])[],
    /** First and last month index with data, or null when there is none. */
    readonly months: { min: number; max: number } | null,
  ) {
    for (const [value, code] of dictionary) {
      this.codes.set(value, code);
      this.strings.set(code, value);
    }
    for (const dim of DIMENSIONS) this.byKey[dim] = new Map();
    for (const [dim, key, source] of members) this.byKey[dim].set(key, labelOf(dim, key, source));
    for (const dim of DIMENSIONS) this.members[dim] = [...this.byKey[dim].values()].sort(byLabelThenKey);
  }

  /** First and last month with data (`YYYY-MM`), or null. */
  get range(): { min: string; max: string } | null {
    return this.months && { min: monthKey(this.months.min), max: monthKey(this.months.max) };
  }

  /** The code of `value`, or −1 when the data never holds it (matches nothing). */
  code(value: string): number {
    return this.codes.get(value) ?? -1;
  }

  /** The member string of `code`. */
  key(code: number): string {
    return this.strings.get(code) ?? '';
  }

  /** key, label and (for SKUs) product of a member of `dim`. */
  member(dim: Dimension, key: string): Member {
    return this.byKey[dim].get(key) ?? { key, label: key };
  }
}

function labelOf(dim: Dimension, key: string, source: string): Member {
  if (dim === 'market') return { key, label: countryName(key, 'en') };
  if (dim === 'partnerLocation') return { key, label: source || key };
  if (dim === 'sku') return { key, label: key, product: source };
  return { key, label: key };
}

function byLabelThenKey(a: Member, b: Member): number {
  if (a.label !== b.label) return a.label < b.label ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
