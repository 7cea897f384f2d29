/** The grid beside the map: rows with shares of the total, sorting and search. DOM-free. */
import { nameCollator } from '../format.js';

/** The figures the map and grid show. */
export const GEO_METRICS = ['customers', 'active', 'added'] as const;
export type GeoMetric = (typeof GEO_METRICS)[number];

/** A grid column: the country name, one of the figures, or (with `compare`) the change of the map's figure. */
export type GeoColumn = 'name' | GeoMetric | 'change';
export type SortDirection = 'ascending' | 'descending';

export interface GeoRow {
  /** The key as the endpoint gave it (shown as text when it names no known place). */
  key: string;
  /** The alpha-2 code it matches, or `undefined` for an unknown location. */
  code: string | undefined;
  /** Display name in the locale in force. */
  name: string;
  customers: number;
  active: number;
  added: number;
  /** With `compare`: the change of the map's figure against the comparison range (`null`: none then). */
  change?: number | null;
}

/** `part / total`, or 0 when the total is 0 (never NaN or Infinity). */
export function share(part: number, total: number): number {
  return total > 0 && Number.isFinite(part) ? part / total : 0;
}

/**
 * Rows sorted by `column`; names compare with the locale's collation, ties fall back to the
 * name then the key, so the order is stable and total. Does not mutate `rows`.
 */
export function sortRows<T extends GeoRow>(rows: readonly T[], column: GeoColumn, direction: SortDirection, locale = 'en'): T[] {
  const collator = nameCollator(locale);
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: T, b: T) => collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  // A change that is not defined (no figure then) sorts below every change.
  const value = (row: T) => (column === 'change' ? (row.change ?? Number.NEGATIVE_INFINITY) : row[column as GeoMetric]);
  return [...rows].sort((a, b) => {
    const va = column === 'name' ? 0 : value(a);
    const vb = column === 'name' ? 0 : value(b);
    const primary = column === 'name' ? byName(a, b) : va < vb ? -1 : va > vb ? 1 : 0;
    return primary !== 0 ? sign * primary : byName(a, b);
  });
}

/** Lower-case, without diacritics: "Curaçao" matches "curacao". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Rows whose name contains `query`, or whose key equals or starts with it (case-insensitive). */
export function searchRows<T extends GeoRow>(rows: readonly T[], query: string): T[] {
  const q = foldText(query);
  if (!q) return [...rows];
  return rows.filter((r) => foldText(r.name).includes(q) || foldText(r.key).startsWith(q));
}

/** The default direction when a column is first sorted: names A→Z, figures largest first. */
export function defaultDirection(column: GeoColumn): SortDirection {
  return column === 'name' ? 'ascending' : 'descending';
}
