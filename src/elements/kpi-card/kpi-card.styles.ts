import { css } from 'lit';

export const kpiCardStyles = css`
  :host {
    min-width: 160px;
  }
  [part='base'] {
    gap: 4px;
  }
  [part='value'] {
    font-size: 2rem;
    font-weight: 600;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  [part='delta'] {
    font-size: 0.875rem;
    color: var(--_fg-muted);
  }
  .up {
    color: var(--_positive);
  }
  .down {
    color: var(--_negative);
  }
  /* For churn a rise is bad news: the colour follows meaning, the arrow follows direction. */
  :host([metric='churned']) .up {
    color: var(--_negative);
  }
  :host([metric='churned']) .down {
    color: var(--_positive);
  }
  [part='sparkline'] {
    width: 100%;
    height: 40px;
    color: var(--_accent);
    overflow: visible;
  }
  [part='sparkline'] polyline {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  /* The comparison range: a faint, thinner line behind the figure's own. */
  [part='sparkline'] polyline.previous {
    stroke: var(--_fg-muted);
    stroke-width: 1.5;
    opacity: 0.6;
  }
  [part='sparkline'] .goal {
    stroke: var(--_fg);
    stroke-width: 1;
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
    opacity: 0.7;
  }
  [part='comparison'] {
    font-size: 0.8125rem;
  }
  @media (forced-colors: active) {
    /* Told apart by dashes, not shades. */
    [part='sparkline'] polyline.previous {
      stroke: GrayText;
      stroke-dasharray: 2 2;
      opacity: 1;
    }
    [part='sparkline'] .goal {
      stroke: CanvasText;
      opacity: 1;
    }
  }
  [part='target'] {
    display: grid;
    gap: 3px;
  }
  [part='target'] .glyph {
    display: inline-grid;
    place-items: center;
    width: 1.1em;
    height: 1.1em;
    border-radius: 50%;
    font-size: 0.75rem;
    font-weight: 700;
    color: var(--_bg);
    background: var(--_positive);
  }
  /* Missed: a square "!" and a hatched bar, so it reads without colour too. */
  [part='target'].missed .glyph {
    border-radius: 2px;
    background: var(--_negative);
  }
  [part='target-bar'] {
    display: block;
    height: 6px;
    border-radius: 3px;
    background: var(--_bg-subtle);
    overflow: hidden;
  }
  [part='target-bar'] .fill {
    display: block;
    width: var(--_progress);
    height: 100%;
    background: var(--_positive);
  }
  [part='target'].missed .fill {
    background: repeating-linear-gradient(135deg, var(--_negative) 0 3px, transparent 3px 6px);
    box-shadow: inset 0 0 0 1px var(--_negative);
  }
  @media (forced-colors: active) {
    [part='target-bar'] {
      border: 1px solid CanvasText;
    }
    [part='target-bar'] .fill,
    [part='target'] .glyph {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    [part='target'].missed .fill {
      background: repeating-linear-gradient(135deg, CanvasText 0 2px, Canvas 2px 5px);
      box-shadow: none;
    }
  }
  [part='bars'] {
    list-style: none;
    margin: 4px 0 0;
    padding: 0;
    display: grid;
    gap: 6px;
    font-size: 0.8125rem;
  }
  [part='bars'] li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 2px 8px;
  }
  [part='bars'] .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part='bars'] .count {
    font-variant-numeric: tabular-nums;
    color: var(--_fg-muted);
  }
  [part='bars'] .bar {
    grid-column: 1 / -1;
    width: var(--_width);
    height: 6px;
    border-radius: 3px;
    background: var(--_accent);
  }
  .secondary {
    font-size: 0.8125rem;
    color: var(--_fg-muted);
  }
`;
