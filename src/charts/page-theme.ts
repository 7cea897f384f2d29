/**
 * Tells charts when the page may have changed its colours: the OS colour scheme, forced colours
 * (a contrast theme) switched on or off, or an
 * attribute of `<html>` or `<body>` (class, style, data-theme, …), which is how pages switch
 * themes. ApexCharts holds colours as values, not CSS variables, so a chart must re-read the
 * tokens then. One observer serves every chart on the page.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;
let media: MediaQueryList | undefined;
let forced: MediaQueryList | undefined;

const notify = () => listeners.forEach((listener) => listener());

/**
 * Tells every chart that colours may have changed in a way no observer sees: a `theme`
 * attribute on a `filter-context` or a widget (they call this after the change).
 */
export function themeChanged(): void {
  notify();
}

/** Calls `listener` on every possible theme change; returns the function that stops it. */
export function watchPageTheme(listener: () => void): () => void {
  if (listeners.size === 0) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true });
    if (document.body) observer.observe(document.body, { attributes: true });
    media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', notify);
    forced = matchMedia('(forced-colors: active)');
    forced.addEventListener('change', notify);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      media?.removeEventListener('change', notify);
      forced?.removeEventListener('change', notify);
      observer = media = forced = undefined;
    }
  };
}
