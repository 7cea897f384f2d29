/** Clamps for numbers that come from attributes or user input. Pure and DOM-free. */

/**
 * A number read from an attribute, as an integer (a fraction is floored) clamped into
 * `[min, max]`; anything that is not a finite number gives `fallback`.
 *
 * @example clampInt('12', 1, 8, 8) // → 8;  clampInt(2.7, 1, 8, 8) // → 2;  clampInt('abc', 1, 8, 8) // → 8
 */
export function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  const n = toNumber(value);
  if (n === undefined) return fallback;
  return Math.min(max, Math.max(min, Math.floor(n)));
}

/** `value` as a finite number (numbers and numeric strings), else `undefined` (also for null and blanks). */
export function toNumber(value: unknown): number | undefined {
  if (value == null || (typeof value === 'string' && value.trim() === '')) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Clamps a visible window `[start, end]` of indexes into `[0, length - 1]`, start ≤ end.
 * Missing or non-finite bounds mean "from the first" / "to the last".
 */
export function clampWindow(start: number | undefined, end: number | undefined, length: number): [number, number] {
  if (length <= 0) return [0, -1];
  const last = length - 1;
  const s = clampInt(start, 0, last, 0);
  const e = clampInt(end, 0, last, last);
  return s <= e ? [s, e] : [e, s];
}
