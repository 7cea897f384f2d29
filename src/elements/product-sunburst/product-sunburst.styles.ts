import { css } from 'lit';

export const productSunburstStyles = css`
  :host {
    min-width: 200px;
  }
  [part='base'] {
    container-type: inline-size;
  }
  .body {
    display: grid;
    grid-template-columns: minmax(160px, 300px) minmax(220px, 1fr);
    gap: 16px 24px;
    align-items: start;
  }
  @container (max-width: 560px) {
    .body {
      grid-template-columns: minmax(0, 1fr);
    }
    .chart {
      max-width: 320px;
      justify-self: center;
      width: 100%;
    }
  }
  [part~='arc'] {
    stroke: var(--_bg);
    stroke-width: 0.6;
    cursor: pointer;
    outline: none;
    transition: fill-opacity 120ms;
  }
  [part~='arc']:hover {
    stroke: var(--_fg);
    stroke-width: 0.8;
  }
  [part~='arc']:focus-visible {
    stroke: var(--_focus);
    stroke-width: 2;
  }
  [part='center'] {
    position: absolute;
    /* The hole is 34/200 of the box's radius... of its side: 34% of the width. */
    inset: 33% 33%;
    box-sizing: border-box;
    border-radius: 50%;
    display: grid;
    place-content: center;
    justify-items: center;
    text-align: center;
    gap: 2px;
    padding: 4px;
    font: inherit;
    color: var(--_fg);
    background: transparent;
    border: 0;
    overflow: hidden;
  }
  button[part='center'] {
    cursor: pointer;
  }
  button[part='center']:hover {
    background: var(--_bg-subtle);
  }
  button[part='center']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .center-label {
    font-size: 0.75rem;
    line-height: 1.2;
    color: var(--_fg-muted);
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .center-value {
    font-size: 1.25rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  .center-back {
    font-size: 0.6875rem;
    color: var(--_accent);
  }
  [part='list'] {
    display: grid;
    gap: 8px;
    align-content: start;
    min-width: 0;
  }
  [part='list'] .subtitle {
    margin: 0;
    font-size: 0.8125rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part='list'] ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2px;
    font-size: 0.8125rem;
    max-height: 320px;
    overflow-y: auto;
  }
  .row {
    display: grid;
    grid-template-columns: 10px minmax(0, 1fr) auto 3.5em;
    align-items: center;
    gap: 8px;
    padding: 3px 4px;
    border-radius: 4px;
    width: 100%;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    text-align: start;
    background: none;
    border: 0;
  }
  .row.compared {
    grid-template-columns: 10px minmax(0, 1fr) auto 3.5em 5.5em;
  }
  .row .change {
    text-align: end;
  }
  button.row {
    cursor: pointer;
  }
  button.row:hover {
    background: var(--_bg-subtle);
  }
  button.row:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .swatch {
    width: 10px;
    height: 10px;
    border-radius: 2px;
    background: var(--_slot);
  }
  /* Forced colours: every segment outlined, the focused one in Highlight. */
  @media (forced-colors: active) {
    [part~='arc'] {
      stroke: CanvasText;
      stroke-width: 1;
    }
    [part~='arc']:focus-visible {
      stroke: Highlight;
      stroke-width: 3;
    }
  }
`;
