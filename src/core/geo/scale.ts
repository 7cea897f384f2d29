/**
 * The map's sequential colour scale: class breaks on a logarithmic ladder rounded to "nice"
 * numbers (1, 2, 5 × 10ⁿ), because customer counts are heavily skewed (one big market, a long
 * tail of small ones) and a linear scale would paint the tail in one colour. DOM-free.
 */

/** Number of colour steps the palette provides. */
export const COLOR_STEPS = 6;

export interface ColorScale {
  /** Ascending lower bounds of steps 1..n-1; step 0 holds everything below the first. */
  thresholds: number[];
  /** Number of steps actually used (thresholds.length + 1). */
  steps: number;
  /** The step (0-based) of a value. */
  step(value: number): number;
  /** The palette index (0..paletteSize-1) of a step, spreading few steps over the palette. */
  color(step: number, paletteSize?: number): number;
}

/** Rounds up to the next 1, 2 or 5 × 10ⁿ. */
export function niceCeil(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const f = value / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
  return nice * power;
}

/** A scale for `values` (negative, NaN and infinite values are ignored) in at most `steps`. */
export function colorScale(values: readonly number[], steps = COLOR_STEPS): ColorScale {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  const thresholds: number[] = [];
  if (positive.length) {
    const max = Math.max(...positive);
    const lo = Math.max(1, Math.min(...positive));
    if (max > lo) {
      for (let i = 1; i < steps; i++) {
        const t = niceCeil(lo * (max / lo) ** (i / steps));
        if (t > lo && t <= max && t > (thresholds.at(-1) ?? 0)) thresholds.push(t);
      }
    }
  }
  const used = thresholds.length + 1;
  return {
    thresholds,
    steps: used,
    step(value: number) {
      let s = 0;
      while (s < thresholds.length && value >= thresholds[s]) s++;
      return s;
    },
    color(step: number, paletteSize = steps) {
      if (used <= 1) return paletteSize - 1 - Math.floor((paletteSize - 1) / 2);
      return Math.round((step * (paletteSize - 1)) / (used - 1));
    },
  };
}

/**
 * Legend labels of each step: "< 2", "2–4", …, "≥ 500", numbers formatted by `format`; `single`
 * when the scale has one step (every country with data in one colour).
 */
export function stepLabels(scale: ColorScale, format: (n: number) => string, single: string): string[] {
  const t = scale.thresholds;
  if (!t.length) return [single];
  return Array.from({ length: scale.steps }, (_, i) => {
    if (i === 0) return `< ${format(t[0])}`;
    if (i === t.length) return `≥ ${format(t[i - 1])}`;
    return `${format(t[i - 1])}–${format(t[i] - 1)}`;
  });
}
