/**
 * The card every widget draws in, so the kit's tiles look alike: the host's display, the framed
 * `base` part, its title (`label` part) and a visually hidden class for text meant for screen
 * readers only. An element lists these after `tokens` and `stateStyles` and before its own
 * styles, which add only what is theirs (a `min-width`, another `gap`, container queries…).
 */
import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    box-sizing: border-box;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    display: grid;
    gap: 12px;
  }
  /*
   * The last answer while a newer one loads (ResourceController.renderLatest): busy once the
   * load outlasts the widget's wait for it (answer-wait.ts, 100 ms), dimmed in place once it has
   * taken 200 ms (the host's slow-load state), so a quick reload neither flickers nor costs a
   * repaint.
   */
  :host(:state(slow-load)) [part='base'][aria-busy='true'] > :not([part='label'], [part='tools'], header),
  :host(:state(slow-load)) [part='panel'][aria-busy='true'] > :not([part='switch']) {
    opacity: 0.6;
    transition: opacity 0.2s;
  }
  [part='label'] {
    margin: 0;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_fg-muted);
  }
  /*
   * Forced colours drop backgrounds; the marks that carry data (swatches, bars) keep the
   * system colours the tokens give them in that mode (tokens.ts), outlined.
   */
  @media (forced-colors: active) {
    .swatch,
    .bar,
    [part~='bar'] {
      forced-color-adjust: none;
      outline: 1px solid CanvasText;
    }
  }
  /* A change against the comparison range (change-view.ts): the arrow carries the direction, colour the meaning. */
  .change {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .change.up {
    color: var(--_positive);
  }
  .change.down {
    color: var(--_negative);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** For a card that fills its grid cell (tiles in a row end level), content at the top. */
export const cardFillStyles = css`
  [part='base'] {
    height: 100%;
    align-content: start;
  }
`;

/** Rows of members with figures (distribution-tabs, product-sunburst): names cut, figures aligned, a footnote. */
export const memberRowStyles = css`
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    min-width: 0;
  }
  .count,
  .pct {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .pct {
    color: var(--_fg-muted);
  }
  [part='footnote'] {
    margin: 0;
    font-size: 0.75rem;
    color: var(--_fg-muted);
  }
`;
