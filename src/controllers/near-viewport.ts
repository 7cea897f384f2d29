/**
 * Lazy loading: tells when an element comes near the viewport, with one IntersectionObserver
 * for the whole page. "Near" is within one viewport height below (or above) the visible area,
 * so a widget is loaded a scroll ahead of being seen. Without IntersectionObserver (or a DOM)
 * everything is near at once.
 */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function watcher(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer!.unobserve(entry.target);
        waiting.get(entry.target)?.();
        waiting.delete(entry.target);
      }
    },
    { rootMargin: '100% 0px 100% 0px' },
  );
  return observer;
}

/** Settles once `el` is near the viewport; rejects with the signal's reason if withdrawn first. */
export function whenNearViewport(el: Element, signal?: AbortSignal): Promise<void> {
  if (typeof IntersectionObserver === 'undefined') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const previous = waiting.get(el);
    waiting.set(el, () => {
      previous?.();
      resolve();
    });
    watcher().observe(el);
    signal?.addEventListener(
      'abort',
      () => {
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
