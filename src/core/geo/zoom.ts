/** The zoom of the map: a view box around a country, and the tween between two. DOM-free. */
import type { Bounds } from './layout.js';

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ZoomOptions {
  /** Margin around the country, as a share of its size. Default 0.2. */
  padding?: number;
  /** Smallest view box width, as a share of the world's width (zoom limit for microstates). */
  minShare?: number;
}

/** The whole map. */
export function worldViewBox(width: number, height: number): ViewBox {
  return { x: 0, y: 0, width, height };
}

/**
 * The view box that shows `bounds` (with a margin) at the map's aspect ratio, centred on it,
 * never narrower than `minShare` of the world (a dot or a microstate zooms only so far).
 */
export function zoomViewBox(bounds: Bounds, width: number, height: number, options: ZoomOptions = {}): ViewBox {
  const padding = options.padding ?? 0.2;
  const minShare = options.minShare ?? 0.06;
  const [[x0, y0], [x1, y1]] = bounds;
  const aspect = width / height;
  let w = Math.max((x1 - x0) * (1 + 2 * padding), width * minShare);
  let h = Math.max((y1 - y0) * (1 + 2 * padding), (width * minShare) / aspect);
  if (w / h > aspect) h = w / aspect;
  else w = h * aspect;
  // Never zoom out beyond the world itself.
  if (w > width) {
    w = width;
    h = height;
  }
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { x: cx - w / 2, y: cy - h / 2, width: w, height: h };
}

/** Does `outer` contain `bounds` entirely? */
export function containsBounds(outer: ViewBox, bounds: Bounds): boolean {
  const [[x0, y0], [x1, y1]] = bounds;
  return x0 >= outer.x && y0 >= outer.y && x1 <= outer.x + outer.width && y1 <= outer.y + outer.height;
}

/**
 * The view box at progress `t` ∈ [0, 1] of a zoom from `a` to `b` (`t` already eased by the
 * tween), with the size tweened geometrically so zooming in feels as steady as zooming out.
 */
export function interpolateViewBox(a: ViewBox, b: ViewBox, t: number): ViewBox {
  const e = Math.min(1, Math.max(0, t));
  const width = a.width * (b.width / a.width) ** e;
  const height = width * (b.height / b.width);
  const acx = a.x + a.width / 2;
  const acy = a.y + a.height / 2;
  const cx = acx + (b.x + b.width / 2 - acx) * e;
  const cy = acy + (b.y + b.height / 2 - acy) * e;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/** "x y w h" for the SVG attribute, rounded to 0.01 px. */
export function viewBoxAttribute(v: ViewBox): string {
  const r = (n: number) => Math.round(n * 100) / 100;
  return `${r(v.x)} ${r(v.y)} ${r(v.width)} ${r(v.height)}`;
}
