/**
 * The filters a signed-in user is locked to (`/dimensions` `scope`, set by the token the
 * endpoint verified) as chips that cannot be removed: Reset leaves them, and the member lists
 * already offer only the scoped values (the endpoint lists no others).
 */
import { css, html, svg } from 'lit';
import type { DimensionsResponse } from '../../data/contract.js';
import type { dimension } from '../../i18n/text/dimension.js';
import type { filterBar } from '../../i18n/text/filter-bar.js';
import { appliedValues, type AppliedValue } from './filter-options.js';

/** The scope's values, labelled in `locale` like applied ones; none without a scope. */
export function lockedValues(data: DimensionsResponse | undefined, locale: string): AppliedValue[] {
  return data?.scope ? appliedValues(data.scope, data, locale) : [];
}

const LOCK = svg`<svg class="lock" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
  <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.6" />
  <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
</svg>`;

/** One list item per locked value: "Partner location: Contoso Amsterdam", then ", locked by your sign-in" for screen readers. */
export function renderLockedChips(values: readonly AppliedValue[], names: (typeof dimension)['en'], m: (typeof filterBar)['en']) {
  return values.map(
    (value) =>
      html`<li>
        <span part="locked-chip" class="locked-chip" data-dimension=${value.dimension} data-key=${value.key} title=${m.lockedHint}
          >${LOCK}<span
            ><span class="chip-dimension">${names[value.dimension]}:</span> ${value.label}<span class="sr-only">, ${m.locked}</span></span
          ></span
        >
      </li>`,
  );
}

export const lockedChipStyles = css`
  .locked-chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg-subtle);
    padding: 2px 10px 2px 8px;
    min-height: 32px;
    box-sizing: border-box;
    overflow-wrap: anywhere;
  }
  .lock {
    flex: none;
    color: var(--_fg-muted);
  }
`;
