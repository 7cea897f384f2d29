/**
 * Which words a locale gets, group by group: English (bundled), laid over by the shipped
 * language's lazy module once it has loaded, then by a language a partner registered. DOM-free,
 * Lit-free; `LocaleController.text()` is its one reader and re-renders its host when a module
 * arrives or a language is registered.
 */
import { SHIPPED_LANGUAGES, type ShippedLanguage, type TextGroup } from './define-text.js';
import { mergeWords } from './merge-words.js';
import type { PartialMessages } from './messages.js';

/** `de-AT` → `de`; `pt_BR` → `pt`. */
export const primaryLanguage = (locale: string): string => locale.trim().split(/[-_]/)[0]!.toLowerCase();

const isShipped = (language: string): language is ShippedLanguage => (SHIPPED_LANGUAGES as readonly string[]).includes(language);

/** Loaded modules of shipped languages: group → language → words. */
const loaded = new WeakMap<TextGroup<unknown>, Map<ShippedLanguage, unknown>>();
/** Loads under way (or failed: then English stays), one per group and language. */
const loading = new WeakMap<TextGroup<unknown>, Map<ShippedLanguage, Promise<void>>>();
/** Registered languages, by lower-case tag (`es`, `pt-br`). */
const registered = new Map<string, PartialMessages>();
/** Registered words laid over a group's, by group, tags and base language; reset on registration. */
let resolved = new Map<string, unknown>();
const listeners = new Set<() => void>();

function changed(): void {
  resolved = new Map();
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a language is registered (words already shown may change). */
export function onLanguagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The tags under which a locale's registered words are looked up, broadest first: `pt`, `pt-br`. */
function registeredTags(locale: string): string[] {
  const tag = locale.trim().toLowerCase().replace(/_/g, '-');
  const primary = primaryLanguage(tag);
  return primary === tag ? [tag] : [primary, tag];
}

function load<T>(group: TextGroup<T>, language: ShippedLanguage): Promise<void> {
  let perGroup = loading.get(group);
  if (!perGroup) loading.set(group, (perGroup = new Map()));
  let pending = perGroup.get(language);
  if (!pending) {
    pending = group.load[language]().then(
      (module) => {
        let words = loaded.get(group);
        if (!words) loaded.set(group, (words = new Map()));
        words.set(language, module.default);
      },
      (reason: unknown) => {
        console.warn(`insights-widgets: the "${language}" words of "${group.name}" could not be loaded; showing English.`, reason);
      },
    );
    perGroup.set(language, pending);
  }
  return pending;
}

/**
 * The words of `group` for `locale`, and, while the shipped language's module is still on its
 * way, the promise of it (English meanwhile: the caller re-renders when it settles).
 */
export function wordsFor<T>(group: TextGroup<T>, locale: string): { words: T; pending?: Promise<void> } {
  const language = primaryLanguage(locale);
  let pending: Promise<void> | undefined;
  let words = group.en;
  if (isShipped(language)) {
    const own = loaded.get(group)?.get(language) as T | undefined;
    if (own) words = own;
    else pending = load(group, language);
  }
  const tags = registered.size ? registeredTags(locale).filter((tag) => registered.has(tag)) : [];
  if (tags.length === 0) return { words, pending };
  const key = `${group.name}\n${tags.join(',')}\n${words === group.en ? 'en' : language}`;
  let merged = resolved.get(key) as T | undefined;
  if (!merged) {
    merged = tags.reduce<T>(
      (base, tag) => mergeWords(base, (registered.get(tag) as Record<string, unknown>)[group.name], `${tag}.${group.name}`),
      words,
    );
    resolved.set(key, merged);
  }
  return { words: merged, pending };
}

/** Whether `locale` has words of its own (shipped or registered), or reads English. */
export function hasWords(locale: string): boolean {
  return isShipped(primaryLanguage(locale)) || registeredTags(locale).some((tag) => registered.has(tag));
}

/**
 * Lays `messages` over the words of `tag` (lower case) and re-renders every widget; `undefined`
 * forgets every registered language (tests). Partners call `registerLanguage()`.
 */
export function setRegistered(tag?: string, messages?: PartialMessages): void {
  if (tag && messages) registered.set(tag, messages);
  else registered.clear();
  changed();
}
