/**
 * Locale-aware formatting through `Intl`, DOM-free. Formatters are cached per locale because
 * constructing an `Intl` object costs far more than formatting with it.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** `safeLocale`'s answers: every render asks for the locale in force, several times. */
const canonicalLocales = new Map<string, string>();

/** A locale the runtime supports, or `en` (an unknown tag must not break a widget). */
export function safeLocale(locale: string | undefined): string {
  if (!locale) return 'en';
  let canonical = canonicalLocales.get(locale);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(locale)[0] ?? 'en';
    } catch {
      canonical = 'en';
    }
    if (canonicalLocales.size >= 64) canonicalLocales.clear(); // attribute values are the page's to choose
    canonicalLocales.set(locale, canonical);
  }
  return canonical;
}

/**
 * The locale's order for names (accents and case aside, "2" before "10"): the one collator of
 * the map's grid and the filter bar's options, made once per locale.
 */
export function nameCollator(locale: string): Intl.Collator {
  return cached(`c:${locale}`, () => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }));
}

/** 1234 → "1,234" (en) / "1.234" (nl). */
export function formatNumber(value: number, locale: string): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** 0.042 → "4.2%". */
export function formatPercent(ratio: number, locale: string): string {
  return cached(`p:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(ratio);
}

/** 0.042 → "+4.2%", -0.01 → "-1%"; the sign is spelled out so direction never rests on colour. */
export function formatSignedPercent(ratio: number, locale: string): string {
  return cached(
    `sp:${locale}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: 1,
        signDisplay: 'exceptZero',
      }),
  ).format(ratio);
}

/** Parses `YYYY-MM` into a UTC date on the first of the month. */
export function monthToDate(month: string): Date {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

/** "2026-01" → "Jan 2026" (en) / "jan 2026" (nl). */
export function formatMonth(month: string, locale: string, style: 'short' | 'long' = 'short'): string {
  return cached(`m:${style}:${locale}`, () => new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' })).format(
    monthToDate(month),
  );
}

/**
 * The formatting functions for one locale, handed to render helpers so none of them takes a
 * bare locale string again. Cached per locale; `locale` is there for the few callers that need
 * it themselves (collation, country names, chart options).
 */
export interface Formatter {
  readonly locale: string;
  number(value: number): string;
  percent(ratio: number): string;
  signedPercent(ratio: number): string;
  month(month: string, style?: 'short' | 'long'): string;
  /** An ISO 8601 instant as a date and time of the viewer's time zone: "4 Dec 2026, 06:12" (en-GB). */
  dateTime(iso: string): string;
}

const formatters = new Map<string, Formatter>();

/** The `Formatter` of `locale` (which must be one `Intl` accepts, see `safeLocale`). */
export function formatter(locale: string): Formatter {
  let f = formatters.get(locale);
  if (!f) {
    f = {
      locale,
      number: (value) => formatNumber(value, locale),
      percent: (ratio) => formatPercent(ratio, locale),
      signedPercent: (ratio) => formatSignedPercent(ratio, locale),
      month: (month, style) => formatMonth(month, locale, style),
      dateTime: (iso) =>
        cached(
          `dt:${locale}`,
          () =>
            new Intl.DateTimeFormat(locale, {
              day: 'numeric',
              month: 'short',
              year: 'numeric',
              hour: '2-digit',
              minute: '2-digit',
            }),
        ).format(new Date(iso)),
    };
    formatters.set(locale, f);
  }
  return f;
}
