/** The members as horizontal bars (`variant="bars"`), as a plain render function. */
import { html, nothing } from 'lit';
import { barPercents } from '../../core/distribution.js';
import { formatNumber, formatPercent } from '../../core/format.js';
import { share } from '../../core/sunburst.js';
import type { TopMember } from '../../core/top-members.js';
import type { common } from '../../i18n/text/common.js';
import { memberColor } from './member-legend.js';

export interface BarsOptions {
  shown: readonly TopMember[];
  /** The endpoint's distinct total: what percentages are of. */
  total: number;
  /** Key of the selected member, if any. */
  selected: string | undefined;
  /** The list's accessible name (the dimension). */
  label: string;
  locale: string;
  common: (typeof common)['en'];
  onSelect: (member: TopMember) => void;
}

/** One button per member: name, bar, count and share; "Other" is not selectable. */
export function renderBars(o: BarsOptions) {
  const { shown, total, selected, locale, common } = o;
  const widths = barPercents(shown.map((m) => m.customers));
  return html`<ol part="bars" aria-label=${o.label}>
    ${shown.map(
      (m, i) => html`<li>
        <button
          type="button"
          class=${m.other ? 'bar-row other' : 'bar-row'}
          data-key=${m.key}
          data-customers=${m.customers}
          aria-pressed=${m.other ? nothing : selected === m.key ? 'true' : 'false'}
          aria-disabled=${m.other ? 'true' : nothing}
          @click=${() => o.onSelect(m)}
        >
          <span class="name" title=${m.label}>${m.label}</span>
          <span class="track"
            ><span part="bar" style="width:${widths[i]}%;background:${memberColor(m)}"></span
          ></span>
          <span class="count"
            >${formatNumber(m.customers, locale)}<span class="sr-only">
              ${common.customerWord(m.customers)},</span
            ></span
          >
          <span class="pct">${formatPercent(share(m.customers, total), locale)}</span>
        </button>
      </li>`,
    )}
  </ol>`;
}
