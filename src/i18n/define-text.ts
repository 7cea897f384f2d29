/**
 * One group of UI text. English is bundled with the element that shows it: it defines the shape
 * and is the fallback for every missing key. Every other shipped language is a module of its own
 * per group (`text/<language>/<group>.ts`), imported only when a widget needs that language, so
 * an element's entry carries English plus three small loaders, never the other languages' words.
 * Groups are separate modules so that an element bundles only the text it shows.
 */

/** The languages shipped beside English; each loads only when a widget needs it. */
export const SHIPPED_LANGUAGES = ['nl', 'de', 'fr'] as const;
export type ShippedLanguage = (typeof SHIPPED_LANGUAGES)[number];

export interface TextGroup<T> {
  /** The group's key in a catalogue, in `registerLanguage()` and in `filter-context.messages`. */
  readonly name: string;
  /** The English words: bundled, the shape of every language, the fallback of every key. */
  readonly en: T;
  /** One lazy module per shipped language; each must match English's shape (else no compile). */
  readonly load: Readonly<Record<ShippedLanguage, () => Promise<{ default: T }>>>;
}

/** The words of a group in one language. */
export type Words<G extends TextGroup<unknown>> = G['en'];

/**
 * @example
 * ```ts
 * // text/kpi.ts
 * const en = { title: 'Customers', overMonths: (n: number) => `over ${n} months` };
 * export type KpiText = typeof en;
 * export const kpi = defineText('kpi', en, {
 *   nl: () => import('./nl/kpi.js'), de: () => import('./de/kpi.js'), fr: () => import('./fr/kpi.js'),
 * });
 * // text/de/kpi.ts
 * const de: KpiText = { title: 'Kunden', overMonths: (n) => `in ${n} Monaten` };
 * export default de;
 * ```
 */
export function defineText<T>(name: string, en: T, load: Record<ShippedLanguage, () => Promise<{ default: NoInfer<T> }>>): TextGroup<T> {
  return { name, en, load };
}
