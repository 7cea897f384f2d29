/** The members as horizontal bars (`variant="bars"`), as a plain render function. */
import { html, nothing } from 'lit';
import { barPercents } from '../../core/distribution.js';
import type { Formatter } from '../../core/format.js';
import { share } from '../../core/sunburst.js';
import type { TopMember } from '../../core/top-n.js';
import { styleProps } from '../../directives/style-props.js';
import type { common } from '../../i18n/text/common.js';
import { paletteSlot } from '../../themes/palette.js';
import { renderChange } from '../shared/change-view.js';

export interface BarsOptions {
  shown: readonly TopMember[];
  /** The endpoint's distinct total: what percentages are of. */
  total: number;
  /** Key of the selected member, if any. */
  selected: string | undefined;
  /** The list's accessible name (the dimension). */
  label: string;
  format: Formatter;
  common: (typeof common)['en'];
  onSelect: (member: TopMember) => void;
  /** With `compare`: each member's change against the comparison range (a column after the share). */
  change?: (member: TopMember) => number | null;
}

/** One button per member: name, bar, count and share; "Other" is not selectable. */
export function renderBars(o: BarsOptions) {
  const { shown, total, selected, format, common } = o;
  const widths = barPercents(shown.map((m) => m.customers));
  return html`<ol part="bars" aria-label=${o.label}>
    ${shown.map(
      (m, i) =>
        html`<li>
          <button
            type="button"
            class="bar-row${m.other ? ' other' : ''}${o.change ? ' compared' : ''}"
            data-key=${m.key}
            data-customers=${m.customers}
            aria-pressed=${m.other ? nothing : selected === m.key ? 'true' : 'false'}
            aria-disabled=${m.other ? 'true' : nothing}
            @click=${() => o.onSelect(m)}
          >
            <span class="name" title=${m.label}>${m.label}</span>
            <span class="track"
              ><span part="bar" data-slot=${paletteSlot(m.index, m.other)} ${styleProps({ '--_width': `${widths[i]}%` })}></span
            ></span>
            <span class="count">${format.number(m.customers)}<span class="sr-only"> ${common.customerWord(m.customers)},</span></span>
            <span class="pct">${format.percent(share(m.customers, total))}</span>
            ${o.change ? renderChange(o.change(m), format) : nothing}
          </button>
        </li>`,
    )}
  </ol>`;
}
