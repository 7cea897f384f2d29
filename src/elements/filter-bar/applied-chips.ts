/** The applied filters as chips (each a "Remove …" button), then Reset (and what follows it: Download). */
import { html, nothing } from 'lit';
import type { dimension } from '../../i18n/text/dimension.js';
import type { filterBar } from '../../i18n/text/filter-bar.js';
import type { AppliedValue } from './filter-options.js';

export interface ChipsOptions {
  applied: readonly AppliedValue[];
  /** Chips that cannot be removed (the sign-in's scope, `scope-chips.ts`), listed first. */
  locked?: readonly unknown[];
  names: (typeof dimension)['en'];
  m: (typeof filterBar)['en'];
  /** Something differs from the defaults (a filter, or a range other than the last 12 months). */
  canReset: boolean;
  onRemove: (value: AppliedValue, index: number) => void;
  onReset: () => void;
  /** Shown after Reset (the Download button). */
  after?: unknown;
}

export function renderChips({ applied, locked = [], names, m, canReset, onRemove, onReset, after = nothing }: ChipsOptions) {
  return html`<div class="applied">
    ${
      applied.length || locked.length
        ? html`<ul part="chips" aria-label=${m.applied}>
            ${locked}
            ${applied.map(
              (value, i) =>
                html`<li>
                  <button
                    part="chip"
                    type="button"
                    data-dimension=${value.dimension}
                    data-key=${value.key}
                    aria-label=${m.remove(`${names[value.dimension]}: ${value.label}`)}
                    @click=${() => onRemove(value, i)}
                  >
                    <span class="chip-dimension">${names[value.dimension]}:</span> ${value.label}<span class="x" aria-hidden="true">×</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <div class="actions">
      <button part="reset" type="button" aria-label=${m.resetLabel} ?disabled=${!canReset} @click=${onReset}>${m.reset}</button>
      ${after}
    </div>
  </div>`;
}
