/** The members as a donut of slices (`variant="donut"`), as a plain render function. */
import { html, nothing, svg } from 'lit';
import { donutSlices } from '../../core/donut.js';
import type { Formatter } from '../../core/format.js';
import { round4 } from '../../core/round.js';
import { arcPath, isVisible, share } from '../../core/sunburst.js';
import type { TopMember } from '../../core/top-n.js';
import type { common } from '../../i18n/text/common.js';
import { paletteSlot } from '../../themes/palette.js';

type CommonText = (typeof common)['en'];

/**
 * What a slice says to assistive technology (and in its tooltip); with `compare`, its change
 * after it: "Education: 1,234 customers, 12.3% (+4.1%)" (none when the change is not defined).
 */
export function memberLabel(m: TopMember, total: number, format: Formatter, common: CommonText, change?: number | null): string {
  const label = common.memberLabel(m.label, m.customers, format.number(m.customers), format.percent(share(m.customers, total)));
  return change == null ? label : `${label} (${format.signedPercent(change)})`;
}

export interface DonutOptions {
  shown: readonly TopMember[];
  /** The endpoint's distinct total: the centre, and what percentages are of. */
  total: number;
  /** Key of the selected member, if any. */
  selected: string | undefined;
  /** Index of the slice holding the roving tab stop. */
  sliceIndex: number;
  /** The SVG's accessible name (the dimension). */
  label: string;
  format: Formatter;
  common: CommonText;
  onKeydown: (event: KeyboardEvent) => void;
  /** A slice was clicked. */
  onSlice: (member: TopMember, index: number) => void;
  /** With `compare`: each member's change against the comparison range (in the slice's name; the legend shows it). */
  change?: (member: TopMember) => number | null;
}

/** The slices (one tab stop, buttons) and the total in the centre. */
export function renderDonut(o: DonutOptions) {
  const { shown, total, selected, format, common } = o;
  const slices = donutSlices(shown.map((m) => ({ id: m.key, value: m.customers })));
  const stop = Math.min(o.sliceIndex, shown.length - 1);
  return html`<div class="donut radial">
    <svg part="donut" viewBox="-100 -100 200 200" role="group" aria-label=${o.label} @keydown=${o.onKeydown}>
      ${shown.map((m, i) => {
        const a = slices[i]!;
        if (!isVisible(a)) return nothing;
        const label = memberLabel(m, total, format, common, o.change?.(m));
        return svg`<path
          part="slice"
          class=${m.other ? 'other' : ''}
          d=${arcPath(a)}
          data-slot=${paletteSlot(m.index, m.other)}
          data-key=${m.key}
          data-customers=${m.customers}
          data-a0=${round4(a.a0)}
          data-a1=${round4(a.a1)}
          role="button"
          tabindex=${i === stop ? 0 : -1}
          aria-label=${label}
          aria-pressed=${m.other ? nothing : selected === m.key ? 'true' : 'false'}
          aria-disabled=${m.other ? 'true' : nothing}
          @click=${() => o.onSlice(m, i)}
        ><title>${label}</title></path>`;
      })}
    </svg>
    <div class="donut-center" aria-hidden="true">
      <span>${common.customers}</span><span data-total=${total}>${format.number(total)}</span>
    </div>
  </div>`;
}
