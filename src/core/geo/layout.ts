/**
 * The map's geometry for one size: an Equal Earth projection fitted to the width, one SVG path
 * per country, and dots for places with data whose shape is missing or too small to see.
 * DOM-free (d3-geo only), so it is unit-tested without a page.
 */
import type { Feature } from 'geojson';
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { AtlasCountry, CountryGeometry } from './atlas.js';
import { centroidOf } from './codes.js';

/** `[[x0, y0], [x1, y1]]` in map pixels. */
export type Bounds = [[number, number], [number, number]];

export interface MapShape {
  code: string | undefined;
  name: string;
  /** SVG path data. */
  d: string;
  /** Projected area in px² (all polygons). */
  area: number;
  /** Bounds of the country's main mass: what the map zooms to (see `mainMassBounds`). */
  focus: Bounds;
  /** Centre of the largest polygon, where a dot goes when the shape is tiny. */
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

/** A projected ring: what the antimeridian clipping leaves of a polygon, measured. */
export interface ProjectedRing {
  /** Shoelace area, signed: exterior rings and holes have opposite signs. */
  signedArea: number;
  area: number;
  bounds: Bounds;
  centroid: [number, number];
}

/** A country's projected shape: its SVG path, its area and its rings. */
export interface ProjectedFeature {
  d: string;
  area: number;
  rings: ProjectedRing[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A feature's rings as the projection streams them, after clipping: points, and whether it closed. */
type RawRing = { points: [number, number][]; closed: boolean };

/**
 * Streams a feature through the projection into rings of points. A polygon that crosses the
 * antimeridian (Fiji, Chukotka) comes out as separate pieces at both edges of the map.
 */
function projectRings(projection: GeoProjection, f: Feature<CountryGeometry>): RawRing[] {
  const rings: RawRing[] = [];
  let ring: RawRing | undefined;
  const context = {
    beginPath() {},
    moveTo(x: number, y: number) {
      ring = { points: [[x, y]], closed: false };
      rings.push(ring);
    },
    lineTo(x: number, y: number) {
      ring?.points.push([x, y]);
    },
    closePath() {
      if (ring) ring.closed = true;
      ring = undefined;
    },
    arc() {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(f);
  return rings;
}

/** The path data (to 0.1 px), the area and each ring measured on its own, keeping each box small and right. */
function describeRings(rings: readonly RawRing[]): ProjectedFeature {
  let d = '';
  for (const { points, closed } of rings) {
    points.forEach(([x, y], i) => (d += `${i ? 'L' : 'M'}${round1(x)},${round1(y)}`));
    if (closed) d += 'Z';
  }
  const measured = rings.filter((r) => r.points.length > 2).map((r) => measureRing(r.points));
  const area = Math.abs(measured.reduce((sum, r) => sum + r.signedArea, 0));
  return { d, area, rings: measured };
}

function measureRing(points: [number, number][]): ProjectedRing {
  let a = 0;
  let cx = 0;
  let cy = 0;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < points.length; i++) {
    const [xa, ya] = points[i];
    const [xb, yb] = points[(i + 1) % points.length];
    const cross = xa * yb - xb * ya;
    a += cross;
    cx += (xa + xb) * cross;
    cy += (ya + yb) * cross;
    x0 = Math.min(x0, xa);
    y0 = Math.min(y0, ya);
    x1 = Math.max(x1, xa);
    y1 = Math.max(y1, ya);
  }
  const centroid: [number, number] = a ? [cx / (3 * a), cy / (3 * a)] : [(x0 + x1) / 2, (y0 + y1) / 2];
  return {
    signedArea: a / 2,
    area: Math.abs(a / 2),
    bounds: [
      [x0, y0],
      [x1, y1],
    ],
    centroid,
  };
}

interface PartMeasure {
  area: number;
  bounds: Bounds;
}

/**
 * Bounds of a country's main mass, from its projected pieces: the largest piece plus every
 * piece of at least `minShare` of its area that lies near it (a gap no wider than the largest
 * piece is big). Pieces across the map (cut off by the antimeridian, like Russia's Chukotka
 * tip or Fiji's eastern islands) and far-away territories are left out. So the USA includes
 * Alaska but not Hawaii, Russia is one box, and France zooms to Europe rather than to the
 * Atlantic between Paris and Cayenne.
 */
export function mainMassBounds(parts: readonly PartMeasure[], worldWidth: number, minShare = 0.1): Bounds {
  if (!parts.length)
    return [
      [0, 0],
      [0, 0],
    ];
  const largest = parts.reduce((a, b) => (b.area > a.area ? b : a));
  const [[lx0, ly0], [lx1, ly1]] = largest.bounds;
  const reach = Math.max(lx1 - lx0, ly1 - ly0);
  let [[x0, y0], [x1, y1]] = largest.bounds;
  for (const p of parts) {
    if (p === largest || p.area < largest.area * minShare) continue;
    const [[px0, py0], [px1, py1]] = p.bounds;
    const gx = Math.max(0, px0 - lx1, lx0 - px1);
    const gy = Math.max(0, py0 - ly1, ly0 - py1);
    if (Math.hypot(gx, gy) > reach || gx > worldWidth / 2) continue;
    x0 = Math.min(x0, px0);
    y0 = Math.min(y0, py0);
    x1 = Math.max(x1, px1);
    y1 = Math.max(y1, py1);
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** Should a place with data be drawn as a dot? When it has no shape, or its shape is tiny. */
export function dotReason(shapeArea: number | undefined, minArea: number): MapDot['reason'] | undefined {
  if (shapeArea === undefined) return 'missing';
  return shapeArea < minArea ? 'tiny' : undefined;
}

/** The drawn countries projected to fit `width`: the projection, the height it needs, each country's rings. */
interface ProjectedWorld {
  projection: GeoProjection;
  height: number;
  rings: RawRing[][];
}

/** A projected atlas' rings as they are: a copy, since the fit moves the points in place. */
function planarRings(f: Feature<CountryGeometry>): RawRing[] {
  const g = f.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.flat().map((ring) => ({ points: ring.slice(0, -1).map(([x, y]) => [x!, y!] as [number, number]), closed: true }));
}

/** The scale of an atlas projected at build time (every country at the same), else undefined. */
function projectedScale(countries: readonly AtlasCountry[]): number | undefined {
  const scale = countries[0]?.projectedAt;
  return scale !== undefined && countries.every((c) => c.projectedAt === scale) ? scale : undefined;
}

/**
 * Fits an Equal Earth projection to `width` and projects every country, in one pass where d3's
 * `fitWidth` would take three (bounds at a trial scale, bounds again, then the paths): the
 * countries are projected at the scale that fits a world reaching the antimeridian, and their
 * points then scaled and moved to fit exactly. The projection is linear in scale and
 * translation, so that is the fitted projection's own output; it resamples curves at the trial
 * scale, which is the final one within a few percent (else the countries are projected again).
 * An atlas projected at build time (`AtlasCountry.projectedAt`) is only scaled and moved: no
 * point goes through d3-geo.
 */
function projectWorld(countries: readonly AtlasCountry[], width: number, margin: number): ProjectedWorld {
  const inner = Math.max(1, width - 2 * margin);
  const measure = (scale: number, rings: RawRing[][]) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const country of rings) {
      for (const ring of country) {
        for (const [x, y] of ring.points) {
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
          if (y < y0) y0 = y;
          if (y > y1) y1 = y;
        }
      }
    }
    return { scale, rings, x0, y0, k: x1 > x0 ? inner / (x1 - x0) : 1, height: y1 - y0 };
  };
  const project = (scale: number) => {
    const projection = geoEqualEarth().scale(scale).translate([0, 0]);
    return measure(
      scale,
      countries.map((c) => projectRings(projection, c.feature)),
    );
  };
  const planar = projectedScale(countries);
  let world: ReturnType<typeof measure>;
  if (planar !== undefined)
    world = measure(
      planar,
      countries.map((c) => planarRings(c.feature)),
    );
  else {
    const unit = geoEqualEarth().scale(1).translate([0, 0]);
    const trial = inner / (2 * unit([180, 0])![0]);
    world = project(trial);
    if (Math.abs(world.k - 1) > 0.05) world = project(trial * world.k);
  }
  const { scale, rings, x0, y0, k } = world;
  for (const country of rings) {
    for (const ring of country) {
      for (const point of ring.points) {
        point[0] = (point[0] - x0) * k + margin;
        point[1] = (point[1] - y0) * k + margin;
      }
    }
  }
  const projection = geoEqualEarth()
    .scale(scale * k)
    .translate([margin - x0 * k, margin - y0 * k]);
  return { projection, height: Math.ceil(world.height * k + 2 * margin), rings };
}

/** The shapes of one atlas at one width, with or without Antarctica: the costly part of a layout. */
interface MapGeometry {
  height: number;
  shapes: MapShape[];
  projection: GeoProjection;
}

/**
 * Geometries by atlas, the last few widths of each: a new answer with other countries (a filter
 * change) only places its dots again.
 */
const geometries = new WeakMap<readonly AtlasCountry[], Map<string, MapGeometry>>();
const KEPT_GEOMETRIES = 4;

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
  const { projection, height, rings } = projectWorld(drawn, width, margin);
  const shapes: MapShape[] = drawn.map((c, i) => {
    const { d, area, rings: measured } = describeRings(rings[i]!);
    // Holes are part of their exterior ring's box; only exterior pieces count as masses.
    const parts = measured.filter((r) => r.signedArea > 0 || measured.length === 1);
    const largest = parts.length ? parts.reduce((a, b) => (b.area > a.area ? b : a)) : undefined;
    const anchor: [number, number] = largest ? largest.centroid : [NaN, NaN];
    return { code: c.code, name: c.name, d, area, focus: mainMassBounds(parts, width), anchor };
  });
  const geometry = { height, shapes, projection };
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
  const { projection, height, shapes } = mapGeometry(countries, width, codes.has(ANTARCTICA), options.margin ?? 4);

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
  return { width, height, shapes, dots, unplaced, projection };
}
