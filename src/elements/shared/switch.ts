/**
 * A small segmented switch: a labelled group of toggle buttons, one pressed (adds-churn-chart's
 * view). The pressed one is marked by `aria-pressed` and, besides its colour, a bold label;
 * in forced colours by the system's Highlight.
 */
import { css, html, type TemplateResult } from 'lit';

export interface SwitchOptions<T extends string> {
  /** The group's part name. */
  part: string;
  /** Names the group for assistive technology. */
  label: string;
  options: readonly { key: T; label: string }[];
  selected: T;
  onSelect: (key: T) => void;
}

export function renderSwitch<T extends string>({ part, label, options, selected, onSelect }: SwitchOptions<T>): TemplateResult {
  return html`<div part=${part} class="switch" role="group" aria-label=${label}>
    ${options.map(
      (o) =>
        html`<button type="button" data-key=${o.key} aria-pressed=${o.key === selected ? 'true' : 'false'} @click=${() => onSelect(o.key)}>
          ${o.label}
        </button>`,
    )}
  </div>`;
}

export const switchStyles = css`
  .switch {
    display: inline-flex;
    justify-self: start;
    border: 1px solid var(--_border);
    border-radius: 6px;
    overflow: hidden;
  }
  .switch button {
    font: inherit;
    font-size: 0.8125rem;
    color: inherit;
    padding: 4px 10px;
    border: 0;
    background: var(--_bg);
    cursor: pointer;
  }
  .switch button + button {
    border-left: 1px solid var(--_border);
  }
  .switch button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }
  .switch button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  @media (forced-colors: active) {
    .switch button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
