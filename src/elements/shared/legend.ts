/**
 * The kit's one legend: a list of toggle buttons, one per series or member, pressed while it is
 * shown. Used by the charts and by distribution-tabs. Names are Lit text (never HTML); colours
 * come from the palette slot table (`themes/palette.ts`), the same one that colours the series.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { slotStyles, type SeriesSlot } from '../../themes/palette.js';

export interface LegendItem {
  key: string;
  /** Raw text from data; rendered as text. */
  label: string;
  slot: SeriesSlot;
  hidden: boolean;
  /** The member selected in the chart (cross-filtering): marked, and outlined. */
  selected?: boolean;
  /** Drawn as a dashed line (not a column): the swatch is a dash too. */
  line?: boolean;
  /** The comparison's entry (`compare`): a hollow swatch with a dotted outline, as its marks. */
  comparison?: boolean;
  /** Drawn after the name, inside the button (the donut's change per member, `change-view.ts`). */
  after?: TemplateResult;
}

/** One toggle button (`part="legend-item"`) per item; `onToggle(key)` when pressed. `label` names the list. */
export function renderLegend(items: readonly LegendItem[], label: string, onToggle: (key: string) => void): TemplateResult {
  return html`<ul part="legend" aria-label=${label}>
    ${items.map(
      (item) =>
        html`<li>
          <button
            type="button"
            part="legend-item"
            class=${item.after ? 'with-after' : nothing}
            data-key=${item.key}
            aria-pressed=${item.hidden ? 'false' : 'true'}
            aria-current=${item.selected ? 'true' : nothing}
            title=${item.label}
            @click=${() => onToggle(item.key)}
          >
            <span class=${item.comparison ? 'swatch previous' : item.line ? 'swatch line' : 'swatch'} data-slot=${item.slot}></span
            ><span class="name">${item.label}</span>${item.after ?? nothing}
          </button>
        </li>`,
    )}
  </ul>`;
}

/** The legend's look; a hidden item is struck through and its swatch hollow (not colour alone). */
export const legendStyles = [
  slotStyles,
  css`
    [part='legend'] {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 6px;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.8125rem;
    }
    [part='legend-item'] {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      max-width: 24ch;
      font: inherit;
      color: var(--_fg);
      background: none;
      border: 1px solid transparent;
      border-radius: 4px;
      padding: 2px 6px;
      cursor: pointer;
    }
    [part='legend-item']:hover {
      border-color: var(--_border);
    }
    [part='legend-item'][aria-current='true'] {
      border-color: var(--_accent);
      font-weight: 600;
    }
    [part='legend-item']:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 1px;
    }
    [part='legend-item'][aria-pressed='false'] {
      color: var(--_fg-muted);
      text-decoration: line-through;
    }
    /* A series' swatch: a square, or a dash for a dashed line (the legend, the month chart's tooltip). */
    .swatch {
      flex: none;
      width: 10px;
      height: 10px;
      border-radius: 2px;
      background: var(--_slot);
    }
    .swatch.line {
      width: 14px;
      height: 0;
      border-radius: 0;
      background: none;
      border-top: 3px dashed var(--_slot);
    }
    .swatch.previous {
      background: none;
      border: 2px dotted var(--_fg-muted);
      box-sizing: border-box;
    }
    [part='legend-item'][aria-pressed='false'] .swatch {
      background: transparent;
      box-shadow: inset 0 0 0 1.5px var(--_fg-muted);
    }
    [part='legend-item'][aria-pressed='false'] .swatch.line {
      box-shadow: none;
      border-top-color: var(--_fg-muted);
    }
    /* Why the comparison has no figures for (part of) its range, under the legend. */
    [part='comparison-note'] {
      margin: 0;
      font-size: 0.8125rem;
      color: var(--_fg-muted);
    }
    /* Forced colours drop backgrounds: a swatch keeps its own colour, outlined. */
    @media (forced-colors: active) {
      .swatch {
        forced-color-adjust: none;
        outline: 1px solid CanvasText;
      }
      .swatch.line {
        outline: none;
      }
      [part='legend-item'][aria-pressed='false'] .swatch {
        background: Canvas;
      }
    }
    /* Room for what follows the name (a change) without cutting the name shorter. */
    [part='legend-item'].with-after {
      max-width: min(34ch, 100%);
    }
    [part='legend'] > li {
      max-width: 100%;
    }
    [part='legend-item'] .change {
      flex: none;
    }
    [part='legend-item'] .name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      min-width: 0;
    }
  `,
];
