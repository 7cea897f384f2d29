/** Easing for the kit's tweens (`controllers/tween-controller.ts`). Pure. */

/** Cubic ease-in-out: a smooth start and stop; 0 → 0, 0.5 → 0.5, 1 → 1. */
export function easeCubicInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}
