/** Dutch words and plural helpers the Dutch groups share (loaded only with them). */
import { plural } from '../../plural.js';
import type { GeoMetricKey } from '../../words.js';

export const nlPlural = (n: number, one: string, other: string) => plural('nl', n, { one, other });

/** "1 klant", "812 klanten". */
export const nlCustomers = (n: number, shown: string) => `${shown} ${nlPlural(n, 'klant', 'klanten')}`;

export const nlGeoMetric: Record<GeoMetricKey, string> = {
  customers: 'klanten',
  active: 'actieve klanten',
  added: 'toegevoegde klanten',
};
