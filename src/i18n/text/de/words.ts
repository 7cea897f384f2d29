/** German words and plural helpers the German groups share (loaded only with them). */
import { plural } from '../../plural.js';
import type { GeoMetricKey } from '../../words.js';

export const dePlural = (n: number, one: string, other: string) => plural('de', n, { one, other });

/** "1 Kunde", "812 Kunden". */
export const deCustomers = (n: number, shown: string) => `${shown} ${dePlural(n, 'Kunde', 'Kunden')}`;

/** After "Farbskala:". */
export const deGeoMetric: Record<GeoMetricKey, string> = {
  customers: 'Kunden',
  active: 'aktive Kunden',
  added: 'neue Kunden',
};

/** After "Weltkarte der" (genitive plural). */
export const deMapMetric: Record<GeoMetricKey, string> = {
  customers: 'aktuellen Kunden',
  active: 'aktiven Kunden',
  added: 'neuen Kunden',
};
