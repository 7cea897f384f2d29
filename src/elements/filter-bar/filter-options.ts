/** The values each page filter offers: `/dimensions` members, labelled in the locale, searchable. */
import { DIMENSIONS, type Dimension, type DimensionsResponse, type Filters } from '../../data/contract.js';
import { countryName } from '../../core/geo/names.js';
import { nameCollator } from '../../core/format.js';

/** The six page filters of the source dashboard, in its order. */
export const PAGE_FILTERS = ['product', 'market', 'attributionType', 'partnerLocation', 'salesChannel', 'segment'] as const;
export type PageFilter = (typeof PAGE_FILTERS)[number];

/** A list longer than this gets a search box. */
export const SEARCH_THRESHOLD = 8;

export interface FilterOption {
  key: string;
  label: string;
}

/** The label of a member in `locale`: country names through `Intl`, others as the endpoint wrote them. */
export function memberLabel(dimension: Dimension, key: string, label: string, locale: string): string {
  return dimension === 'market' ? countryName(key, locale, label) : label;
}

/** The members of `dimension` that exist in the data, labelled in `locale` and sorted by label. */
export function filterOptions(data: DimensionsResponse, dimension: Dimension, locale: string): FilterOption[] {
  const collator = nameCollator(locale);
  return (data.dimensions[dimension] ?? [])
    .map((m) => ({ key: m.key, label: memberLabel(dimension, m.key, m.label, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label) || (a.key < b.key ? -1 : 1));
}

/** Lower case without accents, so "cote" finds "Côte d’Ivoire". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The options whose label (or key) holds `search`, ignoring case and accents. */
export function searchOptions(options: readonly FilterOption[], search: string): FilterOption[] {
  const needle = fold(search.trim());
  if (!needle) return [...options];
  return options.filter((o) => fold(o.label).includes(needle) || fold(o.key).includes(needle));
}

/** One applied value, as a chip shows it. */
export interface AppliedValue {
  dimension: Dimension;
  key: string;
  label: string;
}

/** Every applied value in contract order (page filters and any other dimension set on the context). */
export function appliedValues(filters: Filters, data: DimensionsResponse | undefined, locale: string): AppliedValue[] {
  return DIMENSIONS.flatMap((dimension) =>
    (filters[dimension] ?? []).map((key) => {
      const member = data?.dimensions[dimension]?.find((m) => m.key === key);
      return { dimension, key, label: memberLabel(dimension, key, member?.label ?? key, locale) };
    }),
  );
}

/** `partnerLocation` → `partner-location`: the attribute a dimension has on `filter-context`. */
export const attributeOf = (dimension: Dimension) => dimension.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
