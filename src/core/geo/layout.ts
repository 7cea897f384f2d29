/**
 * The map's geometry for one size: the atlas' shapes (in atlas units, `prepare.ts`) fitted to
 * the width by one transform, their measures in map pixels, and dots for places with data whose
 * shape is missing or too small to see. DOM-free (d3-geo only), so it is unit-tested without a
 * page.
 */
import { geoEqualEarth, type GeoProjection } from 'd3-geo';
import type { AtlasCountry } from './atlas.js';
import { centroidOf } from './codes.js';
import { ATLAS_SCALE, type Bounds } from './prepare.js';

export { mainMassBounds, type Bounds } from './prepare.js';

export interface MapShape {
  code: string | undefined;
  name: string;
  /** SVG path data in atlas units: drawn under `MapLayout.transform`. */
  d: string;
  /** Area in px² (all polygons). */
  area: number;
  /** Bounds of the country's main mass, in map pixels: what the map zooms to (see `mainMassBounds`). */
  focus: Bounds;
  /** Centre of the largest polygon, in map pixels, where a dot goes when the shape is tiny. */
  anchor: [number, number];
}

export interface MapDot {
  code: string;
  x: number;
  y: number;
  /** Why it is a dot: the atlas has no polygon, or the polygon is under the area threshold. */
  reason: 'missing' | 'tiny';
}

export interface MapLayout {
  width: number;
  height: number;
  shapes: MapShape[];
  /** The SVG transform that draws the shapes' paths (atlas units) in map pixels. */
  transform: string;
  dots: MapDot[];
  /** Data codes that are known countries but can be placed neither as a shape nor a dot. */
  unplaced: string[];
  projection: GeoProjection;
}

export interface LayoutOptions {
  /** Shapes smaller than this (px²) also get a dot. Default 16. */
  minArea?: number;
  /** Margin around the world, px. Default 4. */
  margin?: number;
}

/** Antarctica is left out unless it has data: it would take an eighth of the height for nothing. */
const ANTARCTICA = 'AQ';

/** Should a place with data be drawn as a dot? When it has no shape, or its shape is tiny. */
export function dotReason(shapeArea: number | undefined, minArea: number): MapDot['reason'] | undefined {
  if (shapeArea === undefined) return 'missing';
  return shapeArea < minArea ? 'tiny' : undefined;
}

/** The shapes of one atlas at one width, with or without Antarctica. */
interface MapGeometry {
  height: number;
  shapes: MapShape[];
  transform: string;
  projection: GeoProjection;
}

/**
 * Geometries by atlas, the last few widths of each: a new answer with other countries (a filter
 * change) only places its dots again.
 */
const geometries = new WeakMap<readonly AtlasCountry[], Map<string, MapGeometry>>();
const KEPT_GEOMETRIES = 4;

/** Rounded for the transform attribute: a millionth of a unit is far below a pixel. */
const r6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Fits the drawn countries to `width`, as d3's `fitWidth` would (the projection is linear in
 * scale and translation): a scale `k` from atlas units to pixels and a translation, the one
 * transform of every path; the measures are moved to pixels, the paths left as they are.
 */
function mapGeometry(countries: readonly AtlasCountry[], width: number, withAntarctica: boolean, margin: number): MapGeometry {
  let byKey = geometries.get(countries);
  if (!byKey) geometries.set(countries, (byKey = new Map()));
  const key = `${width}|${withAntarctica}|${margin}`;
  const kept = byKey.get(key);
  if (kept) {
    byKey.delete(key); // most recently used last
    byKey.set(key, kept);
    return kept;
  }
  const drawn = countries.filter((c) => c.code !== ANTARCTICA || withAntarctica);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { shape } of drawn) {
    x0 = Math.min(x0, shape.bounds[0][0]);
    y0 = Math.min(y0, shape.bounds[0][1]);
    x1 = Math.max(x1, shape.bounds[1][0]);
    y1 = Math.max(y1, shape.bounds[1][1]);
  }
  const inner = Math.max(1, width - 2 * margin);
  const k = x1 > x0 ? inner / (x1 - x0) : 1;
  const [tx, ty] = [margin - x0 * k, margin - y0 * k];
  const at = ([x, y]: readonly [number, number]): [number, number] => [x * k + tx, y * k + ty];
  const shapes: MapShape[] = drawn.map(({ code, name, shape }) => ({
    code,
    name,
    d: shape.d,
    area: shape.area * k * k,
    focus: [at(shape.focus[0]), at(shape.focus[1])],
    anchor: shape.anchor ? at(shape.anchor) : [NaN, NaN],
  }));
  const geometry: MapGeometry = {
    height: Math.ceil((y1 - y0) * k + 2 * margin),
    shapes,
    transform: `matrix(${r6(k)} 0 0 ${r6(k)} ${r6(tx)} ${r6(ty)})`,
    projection: geoEqualEarth()
      .scale(ATLAS_SCALE * k)
      .translate([tx, ty]),
  };
  byKey.set(key, geometry);
  if (byKey.size > KEPT_GEOMETRIES) byKey.delete(byKey.keys().next().value!);
  return geometry;
}

/**
 * Lays out the map at `width` px for the data `codes` (known alpha-2 codes with data). The
 * shapes are computed once per atlas and width (and Antarctica or not) and shared: treat them
 * as read-only.
 */
export function layoutMap(
  countries: readonly AtlasCountry[],
  width: number,
  codes: ReadonlySet<string>,
  options: LayoutOptions = {},
): MapLayout {
  const minArea = options.minArea ?? 16;
  const { projection, height, shapes, transform } = mapGeometry(countries, width, codes.has(ANTARCTICA), options.margin ?? 4);

  const byCode = new Map(shapes.filter((s) => s.code).map((s) => [s.code!, s]));
  const dots: MapDot[] = [];
  const unplaced: string[] = [];
  for (const code of codes) {
    const shape = byCode.get(code);
    const reason = dotReason(shape?.area, minArea);
    if (!reason) continue;
    const lonLat = centroidOf(code);
    const point = shape && Number.isFinite(shape.anchor[0]) ? shape.anchor : lonLat ? projection([lonLat[0], lonLat[1]]) : null;
    if (point) dots.push({ code, x: point[0], y: point[1], reason });
    else unplaced.push(code);
  }
  return { width, height, shapes, transform, dots, unplaced, projection };
}
