/** The height rule every kit chart element shares. */
import { clampInt } from '../core/clamp.js';

/** Height limits of a chart element, in CSS pixels. */
export const MIN_HEIGHT = 160;
export const MAX_HEIGHT = 1200;
export const DEFAULT_HEIGHT = 320;

/** The `height` attribute clamped to 160–1200 px; anything not a number gives 320. */
export function chartHeight(value: unknown): number {
  return clampInt(value, MIN_HEIGHT, MAX_HEIGHT, DEFAULT_HEIGHT);
}
