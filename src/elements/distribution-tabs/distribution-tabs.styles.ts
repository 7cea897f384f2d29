import { css } from 'lit';

export const distributionTabsStyles = css`
  :host {
    min-width: 200px;
  }
  [part='base'] {
    container-type: inline-size;
  }
  button:focus-visible,
  [part='panel']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='panel'] {
    display: grid;
    gap: 12px;
    min-height: 120px;
    align-content: start;
  }
  [part='switch'] {
    display: inline-flex;
    justify-self: start;
    border: 1px solid var(--_border);
    border-radius: 6px;
    overflow: hidden;
  }
  [part='switch'] button {
    font: inherit;
    font-size: 0.8125rem;
    padding: 3px 10px;
    border: 0;
    background: none;
    color: var(--_fg);
    cursor: pointer;
  }
  [part='switch'] button[aria-pressed='true'] {
    background: var(--_bg-subtle);
    font-weight: 600;
  }
  [part='bars'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
    font-size: 0.8125rem;
  }
  .bar-row {
    display: grid;
    grid-template-columns: minmax(6ch, 14rem) minmax(0, 1fr) auto 3.5em;
    align-items: center;
    gap: 8px;
    width: 100%;
    box-sizing: border-box;
    padding: 3px 4px;
    font: inherit;
    color: inherit;
    text-align: start;
    background: none;
    border: 0;
    border-radius: 4px;
    cursor: pointer;
  }
  .bar-row.compared {
    grid-template-columns: minmax(6ch, 14rem) minmax(0, 1fr) auto 3.5em 5.5em;
  }
  .bar-row .change {
    text-align: end;
  }
  .bar-row:hover,
  .bar-row[aria-pressed='true'] {
    background: var(--_bg-subtle);
  }
  .bar-row[aria-pressed='true'] .name {
    font-weight: 600;
  }
  .bar-row.other {
    cursor: default;
  }
  .track {
    height: 12px;
  }
  [part~='bar'] {
    display: block;
    width: var(--_width);
    background: var(--_slot);
    height: 100%;
    min-width: 2px;
    border-radius: 3px;
  }
  @container (max-width: 420px) {
    .bar-row {
      grid-template-columns: minmax(0, 1fr) auto 3.5em;
    }
    .bar-row.compared {
      grid-template-columns: minmax(0, 1fr) auto 3.5em 5.5em;
    }
    .track {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }
  .donut {
    width: min(100%, 260px);
    justify-self: center;
  }
  [part~='slice'] {
    fill: var(--_slot);
    stroke: var(--_bg);
    stroke-width: 1;
    cursor: pointer;
    outline: none;
  }
  [part~='slice']:hover,
  [part~='slice'][aria-pressed='true'] {
    stroke: var(--_fg);
  }
  [part~='slice']:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  [part~='slice'].other {
    cursor: default;
  }
  .donut-center {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    text-align: center;
    pointer-events: none;
  }
  .donut-center span:first-child {
    font-size: 0.75rem;
    color: var(--_fg-muted);
  }
  .donut-center span:last-child {
    font-size: 1.375rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .note {
    margin: 0;
    font-size: 0.75rem;
    color: var(--_fg-muted);
  }
  /* Forced colours: every slice outlined, the pressed one thicker, the focused one in Highlight. */
  @media (forced-colors: active) {
    [part~='slice'] {
      stroke: Canvas;
    }
    [part~='slice'][aria-pressed='true'] {
      stroke: CanvasText;
      stroke-width: 3;
    }
    [part~='slice']:focus-visible {
      stroke: Highlight;
    }
  }
`;
