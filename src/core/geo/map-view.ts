/**
 * What the map element shows for its data and layout: grid rows, the view box it zooms to, the
 * dot radius at a zoom, where the tooltip goes and the grid's order and tab stop. DOM-free and
 * Lit-free, so it is unit-tested without a page.
 */
import { knownCode } from './codes.js';
import type { Bounds, MapDot, MapLayout, MapShape } from './layout.js';
import { countryName } from './names.js';
import { COLOR_STEPS, type ColorScale } from './scale.js';
import { searchRows, sortRows, type GeoColumn, type GeoMetric, type GeoRow, type SortDirection } from './table.js';
import { worldViewBox, zoomViewBox, type ViewBox } from './zoom.js';

/** Dot radius in screen px. */
export const DOT_RADIUS = 3.5;

/** A breakdown row as the endpoint sends it (the fields the map reads). */
export interface MapDataRow {
  key: string;
  label: string;
  customers: number;
  active: number;
  added: number;
}

/** A grid row with the breakdown's label. */
export interface MapRow extends GeoRow {
  label: string;
}

/** Grid rows for the breakdown's rows: known codes named in `locale`, the rest by label or key. */
export function mapRows(rows: readonly MapDataRow[], locale: string): MapRow[] {
  return rows.map((r) => {
    const code = knownCode(r.key);
    return {
      key: r.key,
      code,
      label: r.label,
      name: code ? countryName(code, locale, r.label) : r.label || r.key,
      customers: r.customers,
      active: r.active,
      added: r.added,
    };
  });
}

/** The known country codes among the breakdown's keys. */
export function dataCodes(rows: readonly { key: string }[]): Set<string> {
  return new Set(rows.map((r) => knownCode(r.key)).filter((c): c is string => !!c));
}

/** A key that changes when the layout must be recomputed: the width or the set of codes. */
export function layoutKey(width: number, codes: ReadonlySet<string>): string {
  return `${width}|${[...codes].sort().join(',')}`;
}

/** Rows with a known code, by code. */
export function rowsByCode<T extends GeoRow>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.filter((r) => r.code).map((r) => [r.code!, r]));
}

/** The colour class of a row for `metric`: `s<palette index>`, or `none` without a row. */
export function fillClass(row: GeoRow | undefined, metric: GeoMetric, scale: ColorScale): string {
  return row ? `s${scale.color(scale.step(row[metric]), COLOR_STEPS)}` : 'none';
}

export function shapeOf(layout: MapLayout, code: string | undefined): MapShape | undefined {
  return code ? layout.shapes.find((s) => s.code === code) : undefined;
}

export function dotOf(layout: MapLayout, code: string | undefined): MapDot | undefined {
  return code ? layout.dots.find((d) => d.code === code) : undefined;
}

/** What the map zooms to for a code: the shape's main mass, or the dot. */
export function boundsOf(layout: MapLayout, code: string | undefined): Bounds | undefined {
  if (!code) return undefined;
  const dot = dotOf(layout, code);
  const shape = shapeOf(layout, code);
  if (shape && (!dot || dot.reason === 'tiny')) return shape.focus;
  return dot
    ? [
        [dot.x, dot.y],
        [dot.x, dot.y],
      ]
    : undefined;
}

/** The view box for a selected code: zoomed to it, or the world when it is not on the map. */
export function targetView(layout: MapLayout, code: string | undefined): ViewBox {
  const bounds = boundsOf(layout, code);
  return bounds ? zoomViewBox(bounds, layout.width, layout.height) : worldViewBox(layout.width, layout.height);
}

/** The dot radius in map units that keeps dots `DOT_RADIUS` screen px wide at `view`. */
export function dotRadius(view: ViewBox, layoutWidth: number | undefined): number {
  return layoutWidth ? (DOT_RADIUS * view.width) / layoutWidth : DOT_RADIUS;
}

/** Where a country's tooltip points: its dot, or its shape's anchor. */
export function anchorOf(layout: MapLayout, code: string | undefined): [number, number] | undefined {
  const dot = dotOf(layout, code);
  return dot ? [dot.x, dot.y] : shapeOf(layout, code)?.anchor;
}

/** Tooltip position in screen px inside the map, and whether it goes below the point. */
export interface TooltipPosition {
  x: number;
  y: number;
  below: boolean;
}

/**
 * Where the tooltip for `point` (map units) goes at `view`: away from the side edges, and below
 * the point near the top, so it stays inside the map.
 */
export function tooltipPosition(point: readonly [number, number], layout: MapLayout, view: ViewBox): TooltipPosition {
  const scale = layout.width / view.width;
  const margin = Math.min(90, layout.width / 2);
  const x = Math.min(layout.width - margin, Math.max(margin, (point[0] - view.x) * scale));
  const y = Math.min(layout.height, Math.max(0, (point[1] - view.y) * scale));
  return { x, y, below: y < 90 };
}

/** The grid's rows as shown: searched and sorted, known places first, then unknown locations. */
export interface GridRows<T> {
  known: T[];
  unknown: T[];
  /** `known` then `unknown`: the order of the rows on screen. */
  visible: T[];
  /** Key of the row holding the grid's one tab stop. */
  focusKey: string;
}

/**
 * The grid's rows for a search and sort. The tab stop is the last focused row (`focusKey`)
 * while it is visible, else the first row.
 */
export function gridRows<T extends GeoRow>(
  rows: readonly T[],
  search: string,
  column: GeoColumn,
  direction: SortDirection,
  locale: string,
  focusKey: string,
): GridRows<T> {
  const sorted = sortRows(searchRows(rows, search), column, direction, locale);
  const known = sorted.filter((r) => r.code);
  const unknown = sorted.filter((r) => !r.code);
  const visible = [...known, ...unknown];
  const stop = visible.some((r) => r.key === focusKey) ? focusKey : (visible[0]?.key ?? '');
  return { known, unknown, visible, focusKey: stop };
}

/**
 * The row a key moves the grid's focus to from `index` among `count` rows (no wrapping), or
 * `null` when the key does not move it.
 */
export function gridStep(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
