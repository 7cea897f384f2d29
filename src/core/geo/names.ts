/** Country names in a locale through `Intl.DisplayNames`, DOM-free and cached per locale. */
const displayNames = new Map<string, Intl.DisplayNames>();

function regions(locale: string): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'none' });
    displayNames.set(locale, names);
  }
  return names;
}

/**
 * The name of country `code` in `locale` ("US", "nl" → "Verenigde Staten"); `fallback` (the
 * endpoint's label) when `Intl` does not know the code, else the code as given.
 */
export function countryName(code: string, locale: string, fallback?: string): string {
  // ZZ is CLDR's "Unknown Region": a name, but not the country the data meant.
  if (/^[A-Za-z]{2}$/.test(code) && code.toUpperCase() !== 'ZZ') {
    try {
      const name = regions(locale).of(code.toUpperCase());
      if (name && name.toUpperCase() !== code.toUpperCase()) return name;
    } catch {
      // an invalid code: fall through to the label
    }
  }
  return fallback || code;
}
