/**
 * The kit's design tokens. A partner themes every widget by setting `--insights-*` on any
 * ancestor (or `:root`); each element copies them into private `--_*` variables on `:host`.
 * Light or dark follows the host page's `color-scheme` (inherited), so a widget never looks
 * different from the page around it; `--insights-color-scheme: dark` or the `theme` attribute
 * (of the widget or its `filter-context`, `themeStyles`) forces one.
 *
 * Each public token's line ends with a comment saying what it colours: `scripts/readme-tokens.mjs`
 * lists them, with their defaults, in docs/THEMING.md.
 */
import { css } from 'lit';

/** The values of the `theme` attribute. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The `theme` attribute (`filter-context` and every widget): `light`/`dark` force that scheme,
 * `auto` follows the system's; unset inherits the page's `color-scheme`. It wins over
 * `--insights-color-scheme`.
 */
export const themeStyles = css`
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
`;

export const tokens = css`
  :host {
    --_font: var(--insights-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif); /* Font of every widget */
    --_fg: var(--insights-color-text, light-dark(#1b1f24, #e8eaed)); /* Text */
    --_fg-muted: var(--insights-color-text-muted, light-dark(#57606a, #a8b0ba)); /* Secondary text: titles, axis labels, notes */
    --_bg: var(--insights-color-surface, light-dark(#ffffff, #1e2227)); /* Card background */
    --_bg-subtle: var(--insights-color-surface-subtle, light-dark(#f3f5f7, #2a2f36)); /* Tracks, skeletons, table headers */
    --_border: var(--insights-color-border, light-dark(#d7dce1, #3a4049)); /* Card and control borders, grid lines */
    --_accent: var(--insights-color-accent, light-dark(#0f6cbd, #62abf5)); /* Sparklines, KPI bars, selection, pressed switches */
    --_positive: var(--insights-color-positive, light-dark(#107c41, #54c38a)); /* Good news (a rise, a fall in churn) */
    --_negative: var(--insights-color-negative, light-dark(#b3261e, #f2867f)); /* Bad news */
    --_focus: var(--insights-color-focus, light-dark(#0f6cbd, #8cc4ff)); /* Focus ring */
    --_radius: var(--insights-radius, 8px); /* Corner radius of cards */
    --_space: var(--insights-space, 16px); /* Padding of cards */
    /* Categorical palette (Okabe–Ito based: colour-blind safe). */
    --_series-1: var(--insights-series-1, light-dark(#0072b2, #56b4e9)); /* Series colour 1 (slot 1: existing customers, first member) */
    --_series-2: var(--insights-series-2, light-dark(#e69f00, #f0c05a)); /* Series colour 2 */
    --_series-3: var(--insights-series-3, light-dark(#009e73, #3fd1a5)); /* Series colour 3 (new customers) */
    --_series-4: var(--insights-series-4, light-dark(#cc79a7, #e6a5c9)); /* Series colour 4 */
    --_series-5: var(--insights-series-5, light-dark(#d55e00, #ff8f4a)); /* Series colour 5 (churned customers) */
    --_series-6: var(--insights-series-6, light-dark(#56b4e9, #9bd3f5)); /* Series colour 6 */
    --_series-7: var(--insights-series-7, light-dark(#8c6d1f, #d6b35a)); /* Series colour 7 */
    --_series-8: var(--insights-series-8, light-dark(#6a3d9a, #b69be0)); /* Series colour 8 */
    --_series-other: var(--insights-series-other, light-dark(#8b949e, #6e7681)); /* The "Other" group */
    /* Without the token this is invalid at computed time, so the page's value is inherited. */
    color-scheme: var(--insights-color-scheme); /* Forces light or dark (the theme attribute wins over it) */
    font-family: var(--_font);
    color: var(--_fg);
  }
  ${themeStyles}
  /*
   * Forced colours (Windows contrast themes): the user's system colours replace the kit's, the
   * partner's tokens included. Series get system colours by slot (the same table for a series
   * and its swatch); contrast themes give few distinct ones (LinkText, VisitedText and
   * ActiveText are often one colour), so slot 5 is hollow (Canvas, outlined) and charts, map
   * and sunburst add outlines and dashes (their styles).
   */
  @media (forced-colors: active) {
    :host {
      --_fg: CanvasText;
      --_fg-muted: CanvasText;
      --_bg: Canvas;
      --_bg-subtle: Canvas;
      --_border: CanvasText;
      --_accent: Highlight;
      --_positive: CanvasText;
      --_negative: CanvasText;
      --_focus: Highlight;
      --_series-1: CanvasText;
      --_series-2: Highlight;
      --_series-3: LinkText;
      --_series-4: GrayText;
      --_series-5: Canvas;
      --_series-6: Mark;
      --_series-7: CanvasText;
      --_series-8: Highlight;
      --_series-other: GrayText;
    }
  }
`;
