import { css } from 'lit';

export const filterBarStyles = css`
  [hidden] {
    display: none !important;
  }
  [part='base'] {
    container-type: inline-size;
    font-size: 0.875rem;
  }
  button,
  select,
  input[type='search'] {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    min-height: 32px;
    box-sizing: border-box;
    max-width: 100%;
  }
  button,
  select {
    padding: 4px 10px;
    cursor: pointer;
  }
  input[type='search'] {
    padding: 4px 8px;
    width: 100%;
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .controls,
  .range,
  .applied,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: flex-end;
    min-width: 0;
  }
  .controls {
    gap: 8px;
  }
  .range {
    margin-inline-end: 8px;
  }
  .controls.narrow,
  .controls.narrow .range {
    display: grid;
    align-items: stretch;
  }
  [part='toggle'] {
    justify-self: start;
  }
  .actions {
    margin-inline-start: auto;
  }
  .field {
    display: grid;
    gap: 2px;
    min-width: 0;
  }
  .field > span {
    font-size: 0.75rem;
    color: var(--_fg-muted);
  }
  [part~='filter'],
  [part='toggle'] {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  [part~='filter'][aria-expanded='true'],
  [part='toggle'][aria-expanded='true'] {
    background: var(--_bg-subtle);
    border-color: var(--_fg-muted);
  }
  .caret {
    width: 0.4em;
    height: 0.4em;
    border-right: 1.5px solid currentColor;
    border-bottom: 1.5px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
  }
  [aria-expanded='true'] > .caret {
    transform: translateY(25%) rotate(-135deg);
  }
  .count {
    min-width: 1.4em;
    padding: 0 5px;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_bg);
    font-size: 0.75rem;
    font-weight: 600;
    text-align: center;
  }
  @media (forced-colors: active) {
    .count {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  .controls .skeleton {
    flex: 1 1 12rem;
    align-self: center;
  }
  /* After the row of buttons on a wide bar; under its own button (DOM order) on a narrow one. */
  .controls:not(.narrow) [part='panel'] {
    order: 1;
    flex-basis: 100%;
  }
  [part='panel'] {
    box-sizing: border-box;
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 8px 12px;
    background: var(--_bg-subtle);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 8px;
    font-weight: 600;
  }
  [part='options'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
    gap: 0 16px;
    max-height: 15rem;
    overflow: auto;
  }
  [part='option'] {
    display: flex;
    gap: 6px;
    align-items: flex-start;
    padding: 3px 0;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  [part='option'] input {
    margin: 2px 0 0;
    accent-color: var(--_accent);
  }
  .panel-foot {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    justify-content: space-between;
  }
  .note {
    margin: 0;
    color: var(--_fg-muted);
  }
  .problem {
    flex-basis: 100%;
    margin: 0;
    color: var(--_negative);
  }
  [part='chips'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    flex: 1 1 auto;
    min-width: 0;
  }
  [part='chips'] li {
    max-width: 100%;
  }
  [part='chip'] {
    border-radius: 999px;
    background: var(--_bg-subtle);
    padding: 2px 6px 2px 10px;
    text-align: start;
    overflow-wrap: anywhere;
  }
  [part='chip']:hover {
    border-color: var(--_fg-muted);
  }
  .chip-dimension {
    color: var(--_fg-muted);
  }
  .x {
    margin-inline-start: 6px;
    font-size: 1rem;
    line-height: 1;
  }
  .download-status {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    justify-content: flex-end;
    margin: 0;
  }
  .download-status.problem {
    justify-content: flex-start;
    color: var(--_fg);
  }
  .download-status.problem strong {
    color: var(--_negative);
  }
  progress {
    accent-color: var(--_accent);
  }
  .as-of {
    margin: 0;
    text-align: end;
    font-size: 0.8125rem;
    color: var(--_fg-muted);
  }
`;
