#!/usr/bin/env node
/**
 * Writes src/core/geo/projected/countries-110m.json: world-atlas' countries-110m prepared for the
 * map at build time (`node --import tsx scripts/project-atlas.mjs`), so a page with the map
 * neither decodes TopoJSON, nor projects 10,000 points through d3-geo, nor writes 85 KB of path
 * data before its first paint: it reads each country's path in atlas units and fits them all to
 * its width with one SVG transform (`src/core/geo/layout.ts`).
 *
 * The file is what `atlasCountries()` makes of the original topology in a page (the same
 * `src/core/geo/atlas.ts` and `prepare.ts`: Equal Earth at `ATLAS_SCALE`, the world 1,000 units
 * wide, d3's antimeridian clipping; points to a tenth of a unit, as precise as the original's
 * 0.0036° at that scale), so a self-hosted `atlas-url` draws the same map. At this atlas' detail,
 * d3's adaptive resampling adds no point at any width up to 2,600 px, so scaling these paths
 * gives what d3-geo would draw at that width.
 *
 * `--check`: exits 1 if the committed file is not what this script writes (`npm run test:node`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { atlasCountries } from '../src/core/geo/atlas.ts';
import { ATLAS_SCALE } from '../src/core/geo/prepare.ts';

const require = createRequire(import.meta.url);
const out = fileURLToPath(new URL('../src/core/geo/projected/countries-110m.json', import.meta.url));
const topology = require('world-atlas/countries-110m.json');

/** Measures to a thousandth of a unit: the file stays small, and a thousandth is far below a pixel. */
const r3 = (n) => Math.round(n * 1000) / 1000;
const point = (p) => p && [r3(p[0]), r3(p[1])];
const prepared = {
  type: 'PreparedAtlas',
  scale: ATLAS_SCALE,
  countries: atlasCountries(topology).map(({ code, name, shape }) => ({
    ...(code ? { code } : {}),
    name,
    shape: {
      d: shape.d,
      area: r3(shape.area),
      bounds: shape.bounds.map(point),
      focus: shape.focus.map(point),
      anchor: point(shape.anchor),
    },
  })),
};
const text = `${JSON.stringify(prepared)}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(out, 'utf8');
  } catch {
    // missing: stale
  }
  if (committed !== text) {
    console.error(`${out} is stale: run node --import tsx scripts/project-atlas.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out} (${(text.length / 1024).toFixed(0)} KB)`);
}
