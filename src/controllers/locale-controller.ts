/**
 * The one owner of a widget's locale. It resolves the locale once per read — the element's own
 * `locale` attribute, then its `filter-context`'s, then the page's `lang`, then the browser's
 * language — and hands the element its messages and formatters, so no helper takes a bare
 * locale string and cuts it down again. It also re-renders the host when the page's
 * `<html lang>` changes (one observer for the whole page).
 *
 * Server-safe: nothing touches `document` or `navigator` at import, in the constructor, or
 * without a DOM (then the locale is English unless an attribute or the context names one).
 *
 * @example
 * ```ts
 * private readonly localize = new LocaleController(this, () => [this.locale, this.context?.locale]);
 * render() {
 *   const m = this.localize.text({ common, kpi });
 *   return html`<h3>${m.kpi.title.customers}</h3> ${this.localize.format.number(812)}`;
 * }
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatter, safeLocale, type Formatter } from '../core/format.js';
import { text, uiLanguage, type TextGroup, type UiLanguage } from '../i18n/define-text.js';

/** The page's own locale: `<html lang>`, else the browser's language; none without a DOM. */
export function pageLocale(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.documentElement.lang || (typeof navigator === 'undefined' ? undefined : navigator.language);
}

/**
 * The first locale given (blanks skipped), else the page's; always one `Intl` accepts
 * (`en` when none is usable). The one fallback chain of the kit.
 */
export function resolveLocale(...candidates: (string | null | undefined)[]): string {
  return safeLocale(candidates.find((c) => c && c.trim()) ?? pageLocale());
}

const hosts = new Set<ReactiveControllerHost>();
let pageLangObserver: MutationObserver | undefined;

function watchPageLang(host: ReactiveControllerHost): void {
  hosts.add(host);
  if (pageLangObserver || typeof MutationObserver === 'undefined') return;
  pageLangObserver = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

function unwatchPageLang(host: ReactiveControllerHost): void {
  hosts.delete(host);
  if (hosts.size === 0) {
    pageLangObserver?.disconnect();
    pageLangObserver = undefined;
  }
}

export class LocaleController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    /** The locales the host was given, most specific first (attribute, then context). */
    private readonly given: () => readonly (string | null | undefined)[],
  ) {
    host.addController(this);
  }

  /** The locale in force, always one `Intl` accepts. */
  get locale(): string {
    return resolveLocale(...this.given());
  }

  /** The language whose words are shown (`nl` for `nl-BE`; English for a language the kit lacks). */
  get language(): UiLanguage {
    return uiLanguage(this.locale);
  }

  /** Number, percent and month formatting in the locale in force. */
  get format(): Formatter {
    return formatter(this.locale);
  }

  /** The words of `groups` in the language in force (see `i18n/define-text.ts`). */
  text<G extends Record<string, TextGroup<unknown>>>(groups: G): { [K in keyof G]: G[K]['en'] } {
    return text(this.language, groups);
  }

  hostConnected(): void {
    watchPageLang(this.host);
  }

  hostDisconnected(): void {
    unwatchPageLang(this.host);
  }
}
