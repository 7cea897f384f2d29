/**
 * The month chart's timing: how long a slide runs (the style sheet's transitions and
 * `complete` wait the same), and the next frame.
 */

/** How long a kit chart animates, when it does (a legend toggle, a zoom). */
export const ANIMATION_MS = 300;

/** Resolves at the next animation frame: what is drawn now has been painted by then. */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
