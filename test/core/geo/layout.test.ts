/** core/geo/layout: the projected world map, its dots and zoom boxes, against the real atlas. */
import { expect } from '@open-wc/testing';
import { geoEqualEarth, geoPath } from 'd3-geo';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import preparedAtlas from '../../../src/core/geo/projected/countries-110m.json' with { type: 'json' };
import { feature } from 'topojson-client';
import { atlasCountries } from '../../../src/core/geo/atlas.js';
import { atlasProjection } from '../../../src/core/geo/prepare.js';
import { NUMERIC_TO_ALPHA2 } from '../../../src/core/geo/iso-numeric.js';
import { dotReason, layoutMap, mainMassBounds, type Bounds, type MapLayout } from '../../../src/core/geo/layout.js';

const countries = atlasCountries(atlas);
const ALL = [...Object.values(NUMERIC_TO_ALPHA2), 'XK'];
const layout: MapLayout = layoutMap(countries, 960, new Set(ALL));
const project = (lon: number, lat: number) => layout.projection([lon, lat])!;
const inside = (b: Bounds, [x, y]: [number, number]) => x >= b[0][0] && x <= b[1][0] && y >= b[0][1] && y <= b[1][1];
const shape = (code: string) => layout.shapes.find((s) => s.code === code)!;
const width = (b: Bounds) => b[1][0] - b[0][0];

describe('core/geo/layout', () => {
  it('places every known country it has data for: none unplaced', () => {
    expect(layout.unplaced).to.deep.equal([]);
  });

  it('draws a dot where the shape is missing or tiny, not where it is visible', () => {
    const dot = (code: string) => layout.dots.find((d) => d.code === code);
    expect(dot('SG')?.reason).to.equal('missing');
    expect(dot('MC')?.reason).to.equal('missing');
    expect(dot('LU')?.reason).to.equal('tiny');
    expect(shape('LU').area).to.be.lessThan(3);
    expect(dot('NL')).to.equal(undefined);
    expect(dot('FR')).to.equal(undefined);
    expect(dotReason(undefined, 8)).to.equal('missing');
    expect(dotReason(2, 8)).to.equal('tiny');
    expect(dotReason(50, 8)).to.equal(undefined);
    // Singapore's dot is where Singapore is.
    const [x, y] = project(103.82, 1.35);
    expect(dot('SG')!.x).to.be.closeTo(x, 0.01);
    expect(dot('SG')!.y).to.be.closeTo(y, 0.01);
  });

  it('fits the width and leaves Antarctica out unless it has data', () => {
    expect(layout.width).to.equal(960);
    expect(layout.height).to.be.within(380, 480);
    expect(layout.shapes.some((s) => s.code === 'AQ')).to.equal(true);
    const noAq = layoutMap(countries, 480, new Set(['NL']));
    expect(noAq.shapes.some((s) => s.code === 'AQ')).to.equal(false);
    expect(noAq.height).to.be.lessThan(layout.height / 2);
  });

  it('zooms Russia to one box, not across the antimeridian', () => {
    const ru = shape('RU').focus;
    expect(width(ru)).to.be.lessThan(960 * 0.45);
    expect(inside(ru, project(37.6, 55.75))).to.equal(true); // Moscow
    expect(inside(ru, project(158.6, 53.0))).to.equal(true); // Petropavlovsk-Kamchatsky
  });

  it('zooms Fiji to its islands and the USA to Alaska plus the lower 48, not Hawaii', () => {
    const fj = shape('FJ').focus;
    expect(width(fj)).to.be.lessThan(20);
    expect(inside(fj, project(178.0, -17.8))).to.equal(true);
    const us = shape('US').focus;
    expect(inside(us, project(-98, 39))).to.equal(true); // Kansas
    expect(inside(us, project(-150, 61.2))).to.equal(true); // Anchorage
    expect(inside(us, project(-157.8, 21.3))).to.equal(false); // Honolulu
    const fr = shape('FR').focus;
    expect(inside(fr, project(2.35, 48.85))).to.equal(true); // Paris
    expect(inside(fr, project(-52.3, 4.9))).to.equal(false); // Cayenne
  });

  it("fits as d3's fitWidth does, in one pass", () => {
    const topology = atlas as unknown as Parameters<typeof feature>[0];
    const all = (
      feature(topology, topology.objects.countries!) as unknown as { features: { properties: { name: string }; geometry: unknown }[] }
    ).features;
    const world = { type: 'FeatureCollection', features: all.filter((f) => f.geometry && f.properties.name !== 'Antarctica') } as never;
    const fitted = geoEqualEarth().fitWidth(720 - 8, world);
    const [[, y0], [, y1]] = geoPath(fitted).bounds(world);
    const own = layoutMap(countries, 720, new Set(['NL']));
    expect(own.height).to.equal(Math.ceil(y1 - y0 + 8));
    const [x, y] = fitted([5.3, 52.1])!;
    const [ox, oy] = own.projection([5.3, 52.1])!;
    // Within the paths' rounding: the world's extent is read from points to a tenth of a unit.
    expect(ox).to.be.closeTo(x + 4, 0.1);
    expect(oy).to.be.closeTo(y - y0 + 4, 0.1);
  });

  it('keeps the shapes of a width for a new answer: only the dots are placed again', () => {
    const before = layoutMap(countries, 600, new Set(['NL', 'SG']));
    const after = layoutMap(countries, 600, new Set(['DE', 'LU']));
    expect(after.shapes).to.equal(before.shapes);
    expect(after.dots.map((d) => d.code)).to.deep.equal(['LU']);
    expect(layoutMap(countries, 601, new Set(['DE'])).shapes).not.to.equal(before.shapes);
    expect(layoutMap(countries, 600, new Set(['AQ'])).shapes).not.to.equal(before.shapes);
  });

  it('reads the atlas prepared at build time as the page prepares the original, and fits it to every width with one transform', () => {
    const prepared = atlasCountries(preparedAtlas);
    expect(prepared.map((c) => [c.code, c.name])).to.deep.equal(countries.map((c) => [c.code, c.name]));
    prepared.forEach(({ shape }, i) => {
      const theirs = countries[i]!.shape;
      // The same path, point for point (the antimeridian's cuts too); measures to the file's thousandth.
      expect(shape.d, countries[i]!.name).to.equal(theirs.d);
      expect(shape.area).to.be.closeTo(theirs.area, 0.001);
      [...shape.bounds, ...shape.focus, shape.anchor ?? [0, 0]].flat().forEach((v, j) => {
        expect(v).to.be.closeTo([...theirs.bounds, ...theirs.focus, theirs.anchor ?? [0, 0]].flat()[j]!, 0.001);
      });
    });
    for (const w of [390, 960, 1600]) {
      const own = layoutMap(prepared, w, new Set(ALL));
      expect(own.height).to.equal(layoutMap(countries, w, new Set(ALL)).height);
      // The transform puts a path's first point where the projection fitted to the width puts it.
      const [, k, , tx, ty] = /matrix\(([-\d.e]+) 0 0 ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)\)/.exec(own.transform)!.map(Number);
      const nl = own.shapes.find((x) => x.code === 'NL')!;
      const [x, y] = /^M([-\d.]+),([-\d.]+)/.exec(nl.d)!.slice(1).map(Number);
      expect(k! * x! + tx!).to.be.within(0, w);
      expect(own.projection([5.3, 52.1])![0]).to.be.closeTo(k! * atlasProjection()([5.3, 52.1])![0] + tx!, 0.01);
      expect(own.projection([5.3, 52.1])![1]).to.be.closeTo(k! * atlasProjection()([5.3, 52.1])![1] + ty!, 0.01);
      expect(Math.hypot(k! * x! + tx! - own.projection([4.5, 52])![0], k! * y! + ty! - own.projection([4.5, 52])![1])).to.be.lessThan(
        w / 20,
      );
    }
  });

  it('rejects a prepared atlas with anything but path data in its paths, in words', () => {
    const hostile = structuredClone(preparedAtlas) as { countries: { shape: { d: string } }[] };
    hostile.countries[0]!.shape.d = 'M0,0"/><script>alert(1)</script>';
    expect(() => atlasCountries(hostile)).to.throw('The atlas is not a world-atlas countries topology.');
    expect(() => atlasCountries({ ...preparedAtlas, scale: 100 })).to.throw('The atlas was prepared for another version of the kit');
  });

  it('mainMassBounds drops far and small pieces', () => {
    const main = {
      area: 100,
      bounds: [
        [10, 10],
        [30, 30],
      ] as Bounds,
    };
    const near = {
      area: 30,
      bounds: [
        [35, 10],
        [45, 20],
      ] as Bounds,
    };
    const far = {
      area: 50,
      bounds: [
        [900, 10],
        [920, 30],
      ] as Bounds,
    };
    const speck = {
      area: 1,
      bounds: [
        [0, 0],
        [1, 1],
      ] as Bounds,
    };
    expect(mainMassBounds([main, near, far, speck], 960)).to.deep.equal([
      [10, 10],
      [45, 30],
    ]);
  });
});
