/**
 * One group of UI text in every language of the kit. English defines the shape; Dutch must
 * match it (a missing or extra key does not compile). Groups are separate modules so that an
 * element bundles only the text it shows.
 */
export interface TextGroup<T> {
  en: T;
  nl: NoInfer<T>;
}

export function defineText<T>(group: TextGroup<T>): TextGroup<T> {
  return group;
}

/** The languages with text of their own; any other locale reads English. */
export type UiLanguage = keyof TextGroup<unknown>;

/** `nl`, `nl-NL`, `nl_BE` → `nl`; anything else → `en`. */
export function uiLanguage(locale: string | undefined): UiLanguage {
  return (locale ?? '').trim().split(/[-_]/)[0]!.toLowerCase() === 'nl' ? 'nl' : 'en';
}

/**
 * The text of `groups` in the language of `locale`.
 *
 * @example
 * ```ts
 * const m = text(this.effectiveLocale, { common, kpi });
 * html`<h3>${m.kpi.title.customers}</h3> <span>${m.kpi.overMonths(12)}</span>`;
 * ```
 */
export function text<G extends Record<string, TextGroup<unknown>>>(
  locale: string | undefined,
  groups: G,
): { [K in keyof G]: G[K]['en'] } {
  const language = uiLanguage(locale);
  const out = {} as Record<string, unknown>;
  for (const key in groups) out[key] = groups[key][language];
  return out as { [K in keyof G]: G[K]['en'] };
}
