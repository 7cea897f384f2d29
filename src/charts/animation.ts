/**
 * The timing both kinds of kit chart share (ApexCharts' redraws and the month chart's slides):
 * how long an animation runs, and the next frame. A module of its own so the month chart does
 * not bundle the ApexCharts adapter for them.
 */

/** How long a kit chart animates, when it does (a legend toggle, a zoom). */
export const ANIMATION_MS = 300;

/** Resolves at the next animation frame: what is drawn now has been painted by then. */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
