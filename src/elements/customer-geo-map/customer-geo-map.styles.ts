import { css, unsafeCSS } from 'lit';
import { COLOR_STEPS } from '../../core/geo/scale.js';

/**
 * Step `sK` (K = 0…COLOR_STEPS − 1, the class `core/geo/map-view.ts` gives a country and the
 * legend gives its swatch) paints with `--_geo-(K+1)`, the private twin of `--insights-geo-(K+1)`:
 * one table for the map and its legend, as `themes/palette.ts` does for the series.
 */
function stepRules(scope: string, property: 'fill' | 'background') {
  return unsafeCSS(Array.from({ length: COLOR_STEPS }, (_, k) => `${scope}.s${k} { ${property}: var(--_geo-${k + 1}); }`).join('\n'));
}

export const geoMapStyles = css`
  :host {
    container-type: inline-size;
    /* Sequential blues, light → dark in light mode and dim → bright in dark mode, so a larger
       figure always reads as more contrast against the surface. One hue: colour-blind safe. */
    --_geo-1: var(--insights-geo-1, light-dark(#c6dcf1, #1d4673)); /* Map scale, lowest step */
    --_geo-2: var(--insights-geo-2, light-dark(#98c1e5, #235f9c)); /* Map scale, step 2 */
    --_geo-3: var(--insights-geo-3, light-dark(#6aa3d4, #2f7bc2)); /* Map scale, step 3 */
    --_geo-4: var(--insights-geo-4, light-dark(#3b82c0, #539ddf)); /* Map scale, step 4 */
    --_geo-5: var(--insights-geo-5, light-dark(#1a5fa1, #8cc3f2)); /* Map scale, step 5 */
    --_geo-6: var(--insights-geo-6, light-dark(#0b3b73, #cde6fd)); /* Map scale, highest step */
    --_geo-none: var(--insights-geo-none, light-dark(#eceef1, #3a3f47)); /* Countries without data */
    --_geo-stroke: var(--insights-geo-stroke, light-dark(#ffffff, #1e2227)); /* Country borders */
    --_geo-water: var(--insights-geo-water, transparent); /* Map background (sea) */
  }
  /* The tools (info, table, export) sit in the top corner: the metric switch keeps clear of them. */
  header {
    padding-inline-end: 92px;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  header [part~='label'] {
    padding-inline-end: 0;
  }
  /* Narrow: the title has the first line beside the tools, the switch a line of its own below. */
  @container (max-width: 480px) {
    header {
      padding-inline-end: 0;
    }
    header [part~='label'] {
      flex-basis: 100%;
      padding-inline-end: 92px;
    }
  }
  button {
    font: inherit;
    color: inherit;
  }
  button:focus-visible,
  input:focus-visible,
  tr:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .body {
    display: grid;
    gap: 16px;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 760px) {
    .body {
      grid-template-columns: minmax(0, 3fr) minmax(280px, 2fr);
      align-items: start;
    }
  }
  .map {
    position: relative;
    min-height: 120px;
  }
  [part='map'] {
    display: block;
    width: 100%;
    height: auto;
    background: var(--_geo-water);
    border-radius: 4px;
  }
  [part='map'] path,
  [part='map'] circle {
    stroke: var(--_geo-stroke);
    stroke-width: 0.5px;
    vector-effect: non-scaling-stroke;
  }
  [part='map'] .none {
    fill: var(--_geo-none);
  }
  [part='map'] [data-code] {
    cursor: pointer;
  }
  ${stepRules('', 'fill')}
  [part='map'] circle {
    r: var(--_dot-r, 3.5px);
    stroke: var(--_fg);
    stroke-width: 0.75px;
  }
  [part='map'] .outline {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 1.5px;
    pointer-events: none;
  }
  [part='map'] .outline.selected {
    stroke: var(--_accent);
    stroke-width: 2.5px;
  }
  [part='home'] {
    position: absolute;
    top: 8px;
    left: 8px;
    font-size: 0.8125rem;
    padding: 4px 10px;
    border-radius: 6px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    cursor: pointer;
  }
  [part='tooltip'] {
    position: absolute;
    z-index: 1;
    pointer-events: none;
    transform: translate(-50%, calc(-100% - 10px));
    min-width: 140px;
    padding: 6px 10px;
    border-radius: 6px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: 0.8125rem;
    white-space: nowrap;
  }
  [part='tooltip'].below {
    transform: translate(-50%, 10px);
  }
  [part='tooltip'] strong {
    display: block;
    margin-bottom: 2px;
  }
  [part='tooltip'] dl {
    display: grid;
    grid-template-columns: auto auto auto;
    gap: 0 8px;
    margin: 0;
  }
  [part='tooltip'] dt {
    color: var(--_fg-muted);
  }
  [part='tooltip'] dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  [part='legend'] {
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    font-size: 0.75rem;
    color: var(--_fg-muted);
  }
  [part='legend'] li {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .swatch {
    display: inline-block;
    width: 14px;
    height: 10px;
    border-radius: 2px;
    outline: 1px solid var(--_border);
    outline-offset: -1px;
  }
  ${stepRules('.swatch', 'background')}
  .swatch.none {
    background: var(--_geo-none);
  }
  [part='grid'] {
    display: grid;
    gap: 8px;
    min-width: 0;
  }
  [part='search'] {
    font: inherit;
    font-size: 0.875rem;
    padding: 6px 8px;
    border-radius: 6px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
  }
  .scroll {
    max-height: var(--insights-geo-grid-height, 420px); /* Max height of the scrolling country grid */
    overflow: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_bg);
    text-align: end;
    padding: 0;
    border-bottom: 1px solid var(--_border);
  }
  thead th:first-child {
    text-align: start;
  }
  thead button {
    width: 100%;
    padding: 6px;
    border: 0;
    background: none;
    text-align: inherit;
    font-weight: 600;
    cursor: pointer;
    white-space: nowrap;
  }
  .arrow {
    display: inline-block;
    width: 1em;
    color: var(--_fg-muted);
  }
  tbody tr {
    cursor: pointer;
  }
  tbody tr:hover,
  tbody tr.hovered {
    background: var(--_bg-subtle);
  }
  tbody tr[aria-current='true'] {
    background: color-mix(in srgb, var(--_accent) 16%, transparent);
  }
  td,
  tbody th {
    padding: 4px 6px;
    border-bottom: 1px solid var(--_border);
    text-align: end;
    vertical-align: baseline;
  }
  tbody th {
    text-align: start;
    font-weight: normal;
    max-width: 14em;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  td.change {
    white-space: nowrap;
  }
  .compare-note {
    margin: 0;
    font-size: 0.75rem;
    color: var(--_fg-muted);
  }
  .pct {
    display: block;
    color: var(--_fg-muted);
    font-size: 0.75rem;
  }
  code {
    font-size: 0.75rem;
    color: var(--_fg-muted);
    margin-inline-start: 4px;
  }
  .unknown-note th {
    text-align: start;
    font-weight: 600;
    color: var(--_fg-muted);
    padding-top: 12px;
    cursor: default;
  }
  .unknown-note td {
    border-bottom: 1px solid var(--_border);
  }
  .count {
    margin: 0;
    font-size: 0.75rem;
    color: var(--_fg-muted);
  }
  /* Forced colours: the scale keeps its fills (the grid has the figures), outlines in CanvasText, the selection in Highlight. */
  @media (forced-colors: active) {
    [part='map'] path,
    [part='map'] circle {
      stroke: CanvasText;
    }
    [part='map'] .outline.selected {
      stroke: Highlight;
    }
  }
`;
