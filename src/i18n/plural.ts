/** Plural forms through `Intl.PluralRules`, cached per language. DOM-free, Lit-free. */
const rules = new Map<string, Intl.PluralRules>();

/**
 * Picks the form of `forms` that `Intl.PluralRules` selects for `n` in `language`; `other` when
 * the language's category has no form of its own.
 *
 * @example
 * plural('en', 1, { one: 'month', other: 'months' }) // → 'month'
 */
export function plural(language: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  let r = rules.get(language);
  if (!r) {
    r = new Intl.PluralRules(language);
    rules.set(language, r);
  }
  return forms[r.select(n)] ?? forms.other;
}
