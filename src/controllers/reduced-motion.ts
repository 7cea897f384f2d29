/**
 * Whether the user asked for less motion (`prefers-reduced-motion: reduce`), read when a motion
 * is about to start: the kit's tween (`TweenController`) and the month chart's sliding marks
 * both ask here, so neither bundles the other's code to find out.
 * False without a DOM (a server render), so it is safe to call anywhere.
 */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
