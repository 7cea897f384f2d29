/**
 * `onWebFontsLoaded(listener)`: calls `listener` whenever the page's web fonts finish loading
 * (`loadingdone` on `document.fonts`), so text measured with a fallback font is measured again.
 * Returns the function that stops it.
 *
 * The page's FontFaceSet is held here for the page's life: WebKit lets go of a `document.fonts`
 * wrapper that no script holds at its next garbage collection, and of the listeners added
 * through it, so `document.fonts.addEventListener(…)` alone stops firing in Safari.
 */
let fonts: FontFaceSet | null | undefined;

export function onWebFontsLoaded(listener: () => void): () => void {
  fonts ??= typeof document !== 'undefined' && document.fonts ? document.fonts : null;
  fonts?.addEventListener('loadingdone', listener);
  return () => fonts?.removeEventListener('loadingdone', listener);
}
