/** English words and plural helpers the message groups share. DOM-free, Lit-free. */
import { plural } from './plural.js';

/** The figures of the map and grid (as `GeoMetric` in `core/geo/table.ts`). */
export type GeoMetricKey = 'customers' | 'active' | 'added';

export const enPlural = (n: number, one: string, other: string) => plural('en', n, { one, other });

/** "1 customer", "812 customers" (the count already formatted for the locale). */
export const enCustomers = (n: number, shown: string) => `${shown} ${enPlural(n, 'customer', 'customers')}`;

export const enGeoMetric: Record<GeoMetricKey, string> = { customers: 'customers', active: 'active', added: 'added' };
export const enMapMetric: Record<GeoMetricKey, string> = {
  customers: 'current customers',
  active: 'active customers',
  added: 'added customers',
};
