/** A member's change against the comparison range, drawn the same in every widget (`part="change"`). */
import { html } from 'lit';
import type { Formatter } from '../../core/format.js';
import { changeDirection } from './comparison-text.js';

/**
 * "▲ +4.1%": the arrow says the direction to readers who cannot tell the colours (hidden from
 * screen readers, which read the signed figure); "—" when the change is not defined (nothing then).
 */
export function renderChange(change: number | null, format: Formatter) {
  if (change === null) return html`<span part="change" class="change">—</span>`;
  const { direction, arrow } = changeDirection(change);
  return html`<span part="change" class="change ${direction}"
    ><span aria-hidden="true">${arrow}</span> ${format.signedPercent(change)}</span
  >`;
}
