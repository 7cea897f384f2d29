/**
 * A country's shape in the atlas' own units: Equal Earth at `ATLAS_SCALE` (the world 1,000 units
 * wide), translate 0. Its SVG path and measures do not depend on the map's width: the map draws
 * the paths under one transform that fits them to its width (`layout.ts`), so a page projects
 * and writes no path at all for the bundled atlas (prepared at build time by
 * `scripts/project-atlas.mjs`, with this module) and a self-hosted one once, whatever its width.
 * DOM-free (d3-geo only).
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';

export type CountryGeometry = Polygon | MultiPolygon;

/** `[[x0, y0], [x1, y1]]`. */
export type Bounds = [[number, number], [number, number]];

/** The width of the world (±180°) in atlas units. */
export const ATLAS_WORLD_WIDTH = 1000;

/** The Equal Earth scale (translate 0) of the atlas units. */
export const ATLAS_SCALE = ATLAS_WORLD_WIDTH / 2 / geoEqualEarth().scale(1).translate([0, 0])([180, 0])![0];

/** The projection of the atlas units. */
export const atlasProjection = (): GeoProjection => geoEqualEarth().scale(ATLAS_SCALE).translate([0, 0]);

/** A country's shape in atlas units. */
export interface PreparedShape {
  /** SVG path data: each ring's first point absolute, the others relative, to a tenth of a unit. */
  d: string;
  /** Area of all polygons, in square units. */
  area: number;
  /** Bounds of every ring: the world's extent is theirs. */
  bounds: Bounds;
  /** Bounds of the country's main mass: what the map zooms to (see `mainMassBounds`). */
  focus: Bounds;
  /** Centre of the largest polygon, where a dot goes when the shape is tiny; null without one. */
  anchor: [number, number] | null;
}

/** A projected ring, measured. */
interface Ring {
  /** Shoelace area, signed: exterior rings and holes have opposite signs. */
  signedArea: number;
  area: number;
  bounds: Bounds;
  centroid: [number, number];
}

/**
 * Streams a feature through the projection into rings of points (in tenths of a unit, so the
 * path and the measures agree). A polygon that crosses the antimeridian (Fiji, Chukotka) comes
 * out as separate pieces at both edges of the map.
 */
function projectRings(projection: GeoProjection, f: Feature<CountryGeometry>): { points: [number, number][]; closed: boolean }[] {
  const rings: { points: [number, number][]; closed: boolean }[] = [];
  let ring: { points: [number, number][]; closed: boolean } | undefined;
  const tenth = (x: number, y: number): [number, number] => [Math.round(x * 10), Math.round(y * 10)];
  const context = {
    beginPath() {},
    moveTo(x: number, y: number) {
      ring = { points: [tenth(x, y)], closed: false };
      rings.push(ring);
    },
    lineTo(x: number, y: number) {
      ring?.points.push(tenth(x, y));
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

/** Tenths of a unit as path text: `123.4`, `-.5`, `7`. */
const tenths = (v: number) => String(v / 10).replace(/^(-?)0\./, '$1.');

function measureRing(points: readonly [number, number][]): Ring {
  let a = 0;
  let cx = 0;
  let cy = 0;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < points.length; i++) {
    const [xa, ya] = points[i]!;
    const [xb, yb] = points[(i + 1) % points.length]!;
    const cross = xa * yb - xb * ya;
    a += cross;
    cx += (xa + xb) * cross;
    cy += (ya + yb) * cross;
    x0 = Math.min(x0, xa);
    y0 = Math.min(y0, ya);
    x1 = Math.max(x1, xa);
    y1 = Math.max(y1, ya);
  }
  // Measured in tenths: back to units.
  const centroid: [number, number] = a ? [cx / (3 * a) / 10, cy / (3 * a) / 10] : [(x0 + x1) / 20, (y0 + y1) / 20];
  return {
    signedArea: a / 200,
    area: Math.abs(a / 200),
    bounds: [
      [x0 / 10, y0 / 10],
      [x1 / 10, y1 / 10],
    ],
    centroid,
  };
}

/**
 * Bounds of a country's main mass, from its projected pieces: the largest piece plus every
 * piece of at least `minShare` of its area that lies near it (a gap no wider than the largest
 * piece is big). Pieces across the map (cut off by the antimeridian, like Russia's Chukotka
 * tip or Fiji's eastern islands) and far-away territories are left out. So the USA includes
 * Alaska but not Hawaii, Russia is one box, and France zooms to Europe rather than to the
 * Atlantic between Paris and Cayenne.
 */
export function mainMassBounds(parts: readonly { area: number; bounds: Bounds }[], worldWidth: number, minShare = 0.1): Bounds {
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

/** A longitude/latitude feature projected to atlas units: its path, area, bounds, main mass and anchor. */
export function prepareShape(f: Feature<CountryGeometry>, projection: GeoProjection = atlasProjection()): PreparedShape {
  const rings = projectRings(projection, f);
  let d = '';
  for (const { points, closed } of rings) {
    let [px, py] = points[0] ?? [0, 0];
    d += `M${tenths(px)},${tenths(py)}`;
    for (let i = 1; i < points.length; i++) {
      const [x, y] = points[i]!;
      const dy = y - py;
      // A point that rounds onto the last one draws nothing (the measures keep it: it adds nothing there either).
      if (x === px && dy === 0) continue;
      d += `l${tenths(x - px)}${dy < 0 ? '' : ','}${tenths(dy)}`;
      [px, py] = [x, y];
    }
    if (closed) d += 'z';
  }
  const measured = rings.filter((r) => r.points.length > 2).map((r) => measureRing(r.points));
  const area = Math.abs(measured.reduce((sum, r) => sum + r.signedArea, 0));
  // Holes are part of their exterior ring's box; only exterior pieces count as masses.
  const parts = measured.filter((r) => r.signedArea > 0 || measured.length === 1);
  const largest = parts.length ? parts.reduce((a, b) => (b.area > a.area ? b : a)) : undefined;
  const all = rings.flatMap((r) => r.points);
  const bounds: Bounds = all.length
    ? [
        [Math.min(...all.map((p) => p[0])) / 10, Math.min(...all.map((p) => p[1])) / 10],
        [Math.max(...all.map((p) => p[0])) / 10, Math.max(...all.map((p) => p[1])) / 10],
      ]
    : [
        [0, 0],
        [0, 0],
      ];
  return { d, area, bounds, focus: mainMassBounds(parts, ATLAS_WORLD_WIDTH), anchor: largest ? largest.centroid : null };
}
