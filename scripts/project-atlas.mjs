#!/usr/bin/env node
/**
 * Writes src/core/geo/projected/countries-110m.json: world-atlas' countries-110m, projected
 * with the map's Equal Earth projection at build time, so a page with the map does not project
 * 10,000 points through d3-geo (antimeridian clipping, resampling) before its first paint; the
 * map only scales and moves the points to fit its width (`core/geo/layout.ts`).
 *
 * A TopoJSON topology like the original: the same arcs (shared borders stored once) with
 * projected points, quantized to 0.01 px at `projection.scale` (a world 1,000 px wide: the precision of
 * the original, whose longitudes are quantized to 0.0036°), and
 * the same geometries; a country that d3's antimeridian clipping cuts (Fiji, Russia,
 * Antarctica) gets new arcs of its own, its rings as d3-geo projects them. At this atlas'
 * detail, d3's adaptive resampling adds no point at any width up to 2,600 px, so scaling these
 * points gives what d3-geo would draw at that width. `projection` (a foreign member) tells
 * `atlasCountries()` that the coordinates are projected.
 *
 * `--check`: exits 1 if the committed file is not what this script writes (`npm run test:node`).
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const out = fileURLToPath(new URL('../src/core/geo/projected/countries-110m.json', import.meta.url));
const topology = require('world-atlas/countries-110m.json');

/** The projection's scale at which the world (±180°) is 1,000 px wide, translate 0. */
const WORLD_WIDTH = 1000;
const scale = WORLD_WIDTH / 2 / geoEqualEarth().scale(1).translate([0, 0])([180, 0])[0];
/** Projected coordinates are stored as integers of this many px. */
const QUANTUM = 0.01;
const projection = geoEqualEarth().scale(scale).translate([0, 0]);

/** The original arcs as absolute longitude/latitude points. */
const [kx, ky] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;
const lonLatArcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => [(x += dx) * kx + tx, (y += dy) * ky + ty]);
});

/** A feature's rings as d3-geo's path draws them (after clipping), each closed. */
function d3Rings(f) {
  const rings = [];
  let ring;
  const context = {
    beginPath() {},
    moveTo(x, y) {
      ring = [[x, y]];
      rings.push(ring);
    },
    lineTo(x, y) {
      ring.push([x, y]);
    },
    closePath() {
      ring.closed = true;
    },
    arc() {},
  };
  geoPath(projection, context)(f);
  if (rings.some((r) => !r.closed)) throw new Error(`${f.properties.name}: an open ring`);
  return rings;
}

/** The rings of a feature projected point by point (without the closing point), as the arcs will be. */
function pointRings(f) {
  const g = f.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.flat().map((ring) => ring.slice(0, -1).map((p) => projection(p)));
}

const sameRings = (a, b) =>
  a.length === b.length &&
  a.every((r, i) => r.length === b[i].length && r.every(([x, y], j) => Math.abs(x - b[i][j][0]) < 1e-9 && Math.abs(y - b[i][j][1]) < 1e-9));

const arcs = lonLatArcs.map((arc) => arc.map((p) => projection(p)));
const features = feature(topology, topology.objects.countries).features;
const geometries = topology.objects.countries.geometries.map((geometry, i) => {
  const f = features[i];
  if (!f.geometry) return geometry;
  const drawn = d3Rings(f);
  if (sameRings(drawn, pointRings(f))) return geometry;
  // Clipped at the antimeridian: the rings as d3 draws them, as arcs of their own.
  const own = drawn.map((ring) => {
    arcs.push([...ring, ring[0]]);
    return [[arcs.length - 1]];
  });
  return { type: 'MultiPolygon', arcs: own, id: geometry.id, properties: geometry.properties };
});

const points = arcs.flat();
const x0 = Math.min(...points.map((p) => p[0]));
const y0 = Math.min(...points.map((p) => p[1]));
const x1 = Math.max(...points.map((p) => p[0]));
const y1 = Math.max(...points.map((p) => p[1]));
const q = (v, origin) => Math.round((v - origin) / QUANTUM);
const projected = {
  type: 'Topology',
  projection: { type: 'EqualEarth', scale },
  bbox: [x0, y0, x1, y1],
  transform: { scale: [QUANTUM, QUANTUM], translate: [x0, y0] },
  objects: { countries: { type: 'GeometryCollection', geometries } },
  arcs: arcs.map((arc) => {
    let [px, py] = [0, 0];
    return arc.map(([x, y]) => {
      const [ix, iy] = [q(x, x0), q(y, y0)];
      const delta = [ix - px, iy - py];
      [px, py] = [ix, iy];
      return delta;
    });
  }),
};
const text = `${JSON.stringify(projected)}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(out, 'utf8');
  } catch {
    // missing: stale
  }
  if (committed !== text) {
    console.error(`${out} is stale: run node scripts/project-atlas.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out} (${(text.length / 1024).toFixed(0)} KB)`);
}
