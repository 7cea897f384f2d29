/**
 * Styles for a monthly chart element's shadow root: the chart's box, the month range control of
 * `controls.ts`, and the columns' outlines in forced colours. The legend's styles are
 * `elements/shared/legend.ts`, the month chart's own `month-chart/month-chart.styles.ts`.
 */
import { css, unsafeCSS } from 'lit';

/**
 * Forced colours: a contrast theme has few distinct colours, so the outline of the third stack
 * on (the columns' `data-index`) also differs in dash or width, one rule each.
 */
const STACK_OUTLINES: Readonly<Record<number, string>> = {
  2: 'stroke-dasharray: 4 2',
  3: 'stroke-dasharray: 1 2',
  4: 'stroke-dasharray: 8 2 2 2',
  5: 'stroke-width: 2px',
  6: 'stroke-dasharray: 2 4',
  7: 'stroke-dasharray: 6 3',
  8: 'stroke-width: 2px; stroke-dasharray: 1 1',
};

export const chartStyles = css`
  .wrap {
    position: relative;
    width: 100%;
    min-width: 0;
  }
  .chart {
    width: 100%;
    min-height: var(--_chart-height, 320px);
  }
  /* Dimmed like the card's content (card.styles.ts): once a reload has taken 200 ms. */
  :host(:state(slow-load)) .wrap[aria-busy='true'] .chart {
    opacity: 0.6;
    transition: opacity 0.2s;
  }
  /* The shared legend (elements/shared/legend.ts) sits a little apart from the chart. */
  [part='legend'] {
    margin-bottom: 4px;
  }

  [part='zoom'] {
    display: grid;
    grid-template-columns: auto minmax(120px, 1fr);
    align-items: center;
    gap: 4px 12px;
    font-size: 0.8125rem;
    color: var(--_fg-muted);
    margin: 0 0 4px;
  }
  [part='zoom'] output {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .range {
    position: relative;
    height: 24px;
  }
  .range .track,
  .range .selected {
    position: absolute;
    top: 10px;
    height: 4px;
    border-radius: 2px;
  }
  .range .track {
    left: 0;
    right: 0;
    background: var(--_bg-subtle);
    border: 1px solid var(--_border);
    box-sizing: border-box;
  }
  .range .selected {
    background: var(--_accent);
  }
  .range input {
    position: absolute;
    inset: 0;
    width: 100%;
    margin: 0;
    background: none;
    pointer-events: none;
    appearance: none;
    -webkit-appearance: none;
  }
  .range input::-webkit-slider-runnable-track {
    background: none;
    height: 24px;
  }
  .range input::-webkit-slider-thumb {
    -webkit-appearance: none;
    pointer-events: auto;
    width: 14px;
    height: 14px;
    margin-top: 5px;
    border-radius: 50%;
    background: var(--_bg);
    border: 2px solid var(--_accent);
    cursor: ew-resize;
  }
  .range input::-moz-range-thumb {
    pointer-events: auto;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: var(--_bg);
    border: 2px solid var(--_accent);
    cursor: ew-resize;
  }
  .range input:focus-visible::-webkit-slider-thumb {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /*
   * Forced colours: the series already take system colours by slot (tokens.ts); each column
   * gets an outline so neighbouring stacks stay apart.
   */
  @media (forced-colors: active) {
    .month-chart .columns rect {
      stroke: CanvasText;
      stroke-width: 1px;
    }
    ${unsafeCSS(
      Object.entries(STACK_OUTLINES)
        .map(([index, rule]) => `.month-chart .columns[data-index='${index}'] rect { ${rule}; }`)
        .join('\n'),
    )}
    .range .selected {
      background: Highlight;
      forced-color-adjust: none;
    }
  }
`;

/**
 * What a chart element adds to the kit's card (`cardStyles` in `elements/shared/card.styles.ts`:
 * host, frame, title, `.sr-only`): full width, a tighter gap, and a placeholder as tall as the chart.
 */
export const chartFrameStyles = css`
  :host {
    width: 100%;
    min-width: 0;
  }
  [part='base'] {
    gap: 8px;
    min-width: 0;
  }
  .placeholder {
    min-height: var(--_chart-height, 320px);
    display: grid;
    align-content: center;
  }
`;
