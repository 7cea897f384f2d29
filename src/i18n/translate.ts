/**
 * `t(locale)`: the UI text for a BCP 47 locale. Dutch for `nl` and its regions (`nl-NL`,
 * `nl-BE`), English for anything else. DOM-free, Lit-free.
 *
 * @example
 * ```ts
 * const m = t(this.effectiveLocale);
 * html`<h3>${m.kpi.title.customers}</h3> <span>${m.kpi.overMonths(12)}</span>`;
 * ```
 */
import { en, type GeoMetricKey, type Messages } from './en.js';
import { nl } from './nl.js';

export type { GeoMetricKey, Messages };
export { en, nl };

const catalogues = new Map<string, Messages>([
  ['en', en],
  ['nl', nl],
]);

/** The languages with a catalogue of their own. */
export const UI_LANGUAGES: readonly string[] = [...catalogues.keys()];

/** The language subtag of a locale tag, lower case ("nl-BE" → "nl"); "" for none. */
function language(locale: string | undefined): string {
  return (locale ?? '').trim().split(/[-_]/)[0]!.toLowerCase();
}

/** The catalogue for `locale`: Dutch for `nl`, `nl-NL`, `nl-BE`…; English otherwise. */
export function t(locale: string | undefined): Messages {
  return catalogues.get(language(locale)) ?? en;
}
