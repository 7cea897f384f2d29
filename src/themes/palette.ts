/**
 * The categorical palette's slots: the one table that colours a series in a chart, its legend
 * swatch, a bar or a list swatch. Slot N is `--insights-series-N` (N = 1…8, private
 * `--_series-N`); `other` is `--insights-series-other`. Markup names a slot with
 * `data-slot="N"` and `slotStyles` turns it into `--_slot`, so no colour is written inline
 * (a strict `style-src` CSP blocks inline `style=`).
 */
import { css, unsafeCSS } from 'lit';

/** How many colours the palette has before it repeats. */
export const PALETTE_SIZE = 8;

/** A palette slot: 1…8, or `other` for the "Other" group. */
export type SeriesSlot = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 'other';

/** The slot of the member at `index` (0-based): the palette in order, repeating after the eighth. */
export function paletteSlot(index: number, other = false): SeriesSlot {
  return other ? 'other' : (((((index % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE) + 1) as SeriesSlot);
}

/** The slot as a CSS colour, for SVG `fill` attributes (presentation attributes are not inline styles). */
export function slotVar(slot: SeriesSlot): string {
  return `var(--_series-${slot})`;
}

/** `[data-slot="N"]` → `--_slot: var(--_series-N)`: what swatches, bars and slices paint with. */
export const slotStyles = css`
  ${unsafeCSS(
    [...Array.from({ length: PALETTE_SIZE }, (_, i) => i + 1), 'other']
      .map((slot) => `[data-slot='${slot}'] { --_slot: var(--_series-${slot}); }`)
      .join('\n'),
  )}
`;
