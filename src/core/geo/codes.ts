/**
 * Country codes: world-atlas ids (ISO 3166-1 numeric, zero-padded) → alpha-2, and which data
 * keys name a place the map knows. DOM-free.
 */
import { CENTROIDS } from './centroids.js';
import { NUMERIC_TO_ALPHA2 } from './iso-numeric.js';

/**
 * Atlas features that have a name but no id. Kosovo's user-assigned XK is what partners'
 * data uses; N. Cyprus and Somaliland have no ISO 3166-1 code, so they stay unlinked (drawn in
 * the neutral fill, never coloured by another country's figures).
 */
export const NAMED_FEATURES: Readonly<Record<string, string>> = { Kosovo: 'XK' };

/** "528" (or 528) → "NL"; `undefined` when the id is no ISO 3166-1 numeric code. */
export function alpha2FromNumeric(id: string | number | undefined | null): string | undefined {
  if (id === undefined || id === null || id === '') return undefined;
  const key = String(id).padStart(3, '0');
  return NUMERIC_TO_ALPHA2[key];
}

/** The alpha-2 code of an atlas feature, from its id or, for id-less features, its name. */
export function featureCode(id: string | number | undefined, name: string | undefined): string | undefined {
  return alpha2FromNumeric(id) ?? (name ? NAMED_FEATURES[name] : undefined);
}

const ALPHA2 = new Set([...Object.values(NUMERIC_TO_ALPHA2), ...Object.values(NAMED_FEATURES)]);

/**
 * A data key as the map matches it: trimmed and upper-cased when it then is a known alpha-2
 * code ("nl " → "NL"), otherwise `undefined` (the row goes under "unknown location").
 */
export function knownCode(key: string): string | undefined {
  const code = key.trim().toUpperCase();
  return ALPHA2.has(code) ? code : undefined;
}

/** `[longitude, latitude]` of a place drawn as a dot for lack of a polygon, if tabled. */
export function centroidOf(code: string): readonly [number, number] | undefined {
  return CENTROIDS[code];
}
