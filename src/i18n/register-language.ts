/**
 * `registerLanguage()`, the partner's way to add a language at run time. A module of its own so
 * that only the package index carries it, not every element's entry.
 */
import { setRegistered } from './languages.js';
import type { PartialMessages } from './messages.js';

/**
 * Adds a language (or changes some words of one) at run time: every widget whose locale is
 * `language` (`es`) or one of its regions (`es-MX`) shows these words, English for any key left
 * out. A regional tag (`pt-BR`) applies to that region only, over the language's words. Widgets
 * already on the page re-render. For a shipped language (`de`), the words given replace its own.
 * Registering a language again replaces what it was given before.
 *
 * @example
 * ```ts
 * import { registerLanguage, plural } from 'insights-widgets';
 * registerLanguage('es', {
 *   common: { customers: 'Clientes', customerWord: (n) => plural('es', n, { one: 'cliente', other: 'clientes' }) },
 *   kpi: { title: { customers: 'Clientes', active: 'Clientes activos' } },
 * });
 * ```
 */
export function registerLanguage(language: string, messages: PartialMessages): void {
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(language)[0];
  } catch {
    tag = undefined;
  }
  if (!tag) {
    throw new RangeError(`registerLanguage: "${String(language)}" is not a language tag; give one such as "es" or "pt-BR".`);
  }
  if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) {
    throw new TypeError(
      `registerLanguage("${tag}"): the messages must be an object of groups, e.g. { kpi: { title: { customers: '…' } } }.`,
    );
  }
  setRegistered(tag.toLowerCase(), messages);
}
