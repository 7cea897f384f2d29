/** Rounding for numbers written into the DOM (data attributes, CSS widths). DOM-free. */

/** `n` rounded to 4 decimals, so attributes stay short and tests can compare them. */
export function round4(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}
