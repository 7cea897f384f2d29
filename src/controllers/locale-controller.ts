/**
 * The one owner of a widget's locale. It resolves the locale once per read — the element's own
 * `locale` attribute, then its `filter-context`'s, then the page's `lang`, then the browser's
 * language — and hands the element its messages and formatters, so no helper takes a bare
 * locale string and cuts it down again. It also re-renders the host when the page's
 * `<html lang>` changes (one observer for the whole page).
 *
 * Words: English is bundled; another shipped language loads its modules on first use (English
 * meanwhile, then a re-render); a language registered with `registerLanguage()` and the
 * context's `messages` overrides are laid over them, key by key (`i18n/languages.ts`).
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
import type { TextGroup } from '../i18n/define-text.js';
import { hasWords, onLanguagesChange, primaryLanguage, wordsFor } from '../i18n/languages.js';
import { mergeWords } from '../i18n/merge-words.js';
import type { PartialMessages } from '../i18n/messages.js';

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
let stopLanguages: (() => void) | undefined;

function watchPageLang(host: ReactiveControllerHost): void {
  hosts.add(host);
  stopLanguages ??= onLanguagesChange(() => hosts.forEach((h) => h.requestUpdate()));
  if (pageLangObserver || typeof MutationObserver === 'undefined') return;
  pageLangObserver = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

function unwatchPageLang(host: ReactiveControllerHost): void {
  hosts.delete(host);
  if (hosts.size === 0) {
    pageLangObserver?.disconnect();
    pageLangObserver = undefined;
    stopLanguages?.();
    stopLanguages = undefined;
  }
}

/** Overridden words, by the words they override and the overrides object: built once each. */
const overridden = new WeakMap<object, WeakMap<object, unknown>>();

function override<T>(words: T, patch: unknown, name: string): T {
  if (typeof patch !== 'object' || patch === null || typeof words !== 'object' || words === null) {
    return mergeWords(words, patch, name);
  }
  let byPatch = overridden.get(words);
  if (!byPatch) overridden.set(words, (byPatch = new WeakMap()));
  let out = byPatch.get(patch) as T | undefined;
  if (!out) byPatch.set(patch, (out = mergeWords(words, patch, name)));
  return out;
}

export class LocaleController implements ReactiveController {
  /** The modules this host already waits for (one re-render each). */
  private readonly awaited = new WeakSet<Promise<void>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The locales the host was given, most specific first (attribute, then context). */
    private readonly given: () => readonly (string | null | undefined)[],
    /** Messages that replace the language's own (a `filter-context`'s `messages`). */
    private readonly overrides: () => PartialMessages | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  /** The locale in force, always one `Intl` accepts. */
  get locale(): string {
    return resolveLocale(...this.given());
  }

  /** The language whose words are shown (`nl` for `nl-BE`; `en` for a language without words). */
  get language(): string {
    const locale = this.locale;
    return hasWords(locale) ? primaryLanguage(locale) : 'en';
  }

  /** Number, percent and month formatting in the locale in force. */
  get format(): Formatter {
    return formatter(this.locale);
  }

  /**
   * The words of `groups` in the language in force, with the overrides laid over them. Until
   * every group's module of a shipped language has arrived, all of them read English (never
   * half one language, half the other); then the host re-renders once.
   */
  text<G extends Record<string, TextGroup<unknown>>>(groups: G): { [K in keyof G]: G[K]['en'] } {
    const locale = this.locale;
    const found = {} as Record<string, unknown>;
    let waiting = false;
    for (const key in groups) {
      const { words, pending } = wordsFor(groups[key], locale);
      found[key] = words;
      if (pending) {
        waiting = true;
        if (!this.awaited.has(pending)) {
          this.awaited.add(pending);
          void pending.then(() => this.host.requestUpdate());
        }
      }
    }
    const patches = this.overrides() as Record<string, unknown> | undefined;
    const out = {} as Record<string, unknown>;
    for (const key in groups) {
      const group = groups[key];
      const words = waiting ? wordsFor(group, 'en').words : found[key];
      const patch = patches?.[group.name];
      out[key] = patch === undefined ? words : override(words, patch, group.name);
    }
    return out as { [K in keyof G]: G[K]['en'] };
  }

  hostConnected(): void {
    watchPageLang(this.host);
  }

  hostDisconnected(): void {
    unwatchPageLang(this.host);
  }
}
