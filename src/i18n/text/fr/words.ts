/**
 * French words and helpers the French groups share (loaded only with them). French puts a
 * no-break space before ":" and ";" (`COLON`, `SEMI`) and elides "de" before a vowel.
 */
import { plural } from '../../plural.js';
import type { GeoMetricKey } from '../../words.js';

export const COLON = '\u00a0:';
export const SEMI = '\u202f;';

export const frPlural = (n: number, one: string, other: string) => plural('fr', n, { one, other });

/** "1 client", "812 clients". */
export const frCustomers = (n: number, shown: string) => `${shown} ${frPlural(n, 'client', 'clients')}`;

/** "de juin 2026", "d’avril 2026", "d’Office 365". */
export const deFr = (word: string) => (/^[aeiouyàâéèêëîïôûüœh]/i.test(word) ? `d’${word}` : `de ${word}`);

/** After "Échelle de couleurs :". */
export const frGeoMetric: Record<GeoMetricKey, string> = {
  customers: 'clients',
  active: 'clients actifs',
  added: 'nouveaux clients',
};

/** After "Carte du monde des". */
export const frMapMetric: Record<GeoMetricKey, string> = {
  customers: 'clients actuels',
  active: 'clients actifs',
  added: 'nouveaux clients',
};
