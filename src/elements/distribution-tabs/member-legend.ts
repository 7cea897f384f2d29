/** Members' colours and the legend whose items toggle them, as plain render functions. */
import { html } from 'lit';
import type { TopMember } from '../../core/top-members.js';

/** A member's colour: its palette slot (repeating beyond the eighth), or "other". */
export function memberColor(m: TopMember): string {
  return m.other ? 'var(--_series-other)' : `var(--_series-${(m.index % 8) + 1})`;
}

/** The legend: one toggle button per member, pressed while the member is shown. */
export function renderLegend(
  members: readonly TopMember[],
  hidden: ReadonlySet<string>,
  label: string,
  onToggle: (key: string) => void,
) {
  return html`<ul part="legend" aria-label=${label}>
    ${members.map(
      (m) => html`<li>
        <button
          type="button"
          data-key=${m.key}
          aria-pressed=${hidden.has(m.key) ? 'false' : 'true'}
          title=${m.label}
          @click=${() => onToggle(m.key)}
        >
          <span class="swatch" style="background:${memberColor(m)}"></span><span class="name">${m.label}</span>
        </button>
      </li>`,
    )}
  </ul>`;
}
