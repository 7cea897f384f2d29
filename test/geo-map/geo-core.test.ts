/** Unit tests of the map's pure geo code (src/core/geo), against the real atlas. */
import { expect } from '@open-wc/testing';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { atlasCountries } from '../../src/core/geo/atlas.js';
import { CENTROIDS } from '../../src/core/geo/centroids.js';
import { alpha2FromNumeric, featureCode, knownCode } from '../../src/core/geo/codes.js';
import { NUMERIC_TO_ALPHA2 } from '../../src/core/geo/iso-numeric.js';
import { dotReason, layoutMap, mainMassBounds, type Bounds, type MapLayout } from '../../src/core/geo/layout.js';
import { countryName } from '../../src/core/geo/names.js';
import { colorScale, niceCeil, stepLabels } from '../../src/core/geo/scale.js';
import { searchRows, share, sortRows, type GeoRow } from '../../src/core/geo/table.js';
import { containsBounds, interpolateViewBox, zoomViewBox } from '../../src/core/geo/zoom.js';

const countries = atlasCountries(atlas);
const ALL = [...Object.values(NUMERIC_TO_ALPHA2), 'XK'];
const layout: MapLayout = layoutMap(countries, 960, new Set(ALL));
const project = (lon: number, lat: number) => layout.projection([lon, lat])!;
const inside = (b: Bounds, [x, y]: [number, number]) => x >= b[0][0] && x <= b[1][0] && y >= b[0][1] && y <= b[1][1];
const shape = (code: string) => layout.shapes.find((s) => s.code === code)!;
const width = (b: Bounds) => b[1][0] - b[0][0];

describe('geo codes', () => {
  it('maps zero-padded ISO numeric ids to alpha-2', () => {
    expect(alpha2FromNumeric('528')).to.equal('NL');
    expect(alpha2FromNumeric('004')).to.equal('AF');
    expect(alpha2FromNumeric(4)).to.equal('AF');
    expect(alpha2FromNumeric('840')).to.equal('US');
    expect(alpha2FromNumeric('999')).to.equal(undefined);
    expect(alpha2FromNumeric('')).to.equal(undefined);
    expect(alpha2FromNumeric(undefined)).to.equal(undefined);
    // 249 ISO 3166-1 codes plus i18n-iso-countries' user-assigned 983 → XK (Kosovo).
    expect(Object.keys(NUMERIC_TO_ALPHA2)).to.have.length(250);
    expect(NUMERIC_TO_ALPHA2['983']).to.equal('XK');
  });

  it('codes every atlas shape but N. Cyprus and Somaliland; Kosovo by name', () => {
    const uncoded = countries.filter((c) => !c.code).map((c) => c.name).sort();
    expect(uncoded).to.deep.equal(['N. Cyprus', 'Somaliland']);
    expect(countries.find((c) => c.name === 'Kosovo')!.code).to.equal('XK');
    expect(featureCode(undefined, 'Kosovo')).to.equal('XK');
    expect(new Set(countries.map((c) => c.code).filter(Boolean)).size).to.equal(countries.length - 2);
  });

  it('matches data keys leniently and rejects what is no country', () => {
    expect(knownCode('NL')).to.equal('NL');
    expect(knownCode(' nl ')).to.equal('NL');
    expect(knownCode('XK')).to.equal('XK');
    for (const bad of ['ZZ', '', '<b>x</b>', 'NLD', 'EU']) expect(knownCode(bad), bad).to.equal(undefined);
  });

  it('places every ISO country and Kosovo: a shape or a tabled centroid (no customer disappears)', () => {
    const withShape = new Set(countries.map((c) => c.code));
    const nowhere = ALL.filter((c) => !withShape.has(c) && !CENTROIDS[c]);
    expect(nowhere).to.deep.equal([]);
    expect(layout.unplaced).to.deep.equal([]);
    for (const micro of ['SG', 'MT', 'BH', 'HK', 'MC', 'AD', 'LI', 'SM', 'VA', 'MV', 'BB', 'GI']) {
      expect(withShape.has(micro), micro).to.equal(false);
      expect(CENTROIDS[micro], micro).to.have.length(2);
    }
  });

  it('names countries in the locale, falling back to the label then the code', () => {
    expect(countryName('US', 'nl')).to.equal('Verenigde Staten');
    expect(countryName('DE', 'en')).to.equal('Germany');
    expect(countryName('ZZ', 'en', 'Somewhere')).to.equal('Somewhere');
    expect(countryName('<b>x</b>', 'en')).to.equal('<b>x</b>');
    expect(countryName('', 'en', '')).to.equal('');
  });
});

describe('geo layout', () => {
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

  it('mainMassBounds drops far and small pieces', () => {
    const main = { area: 100, bounds: [[10, 10], [30, 30]] as Bounds };
    const near = { area: 30, bounds: [[35, 10], [45, 20]] as Bounds };
    const far = { area: 50, bounds: [[900, 10], [920, 30]] as Bounds };
    const speck = { area: 1, bounds: [[0, 0], [1, 1]] as Bounds };
    expect(mainMassBounds([main, near, far, speck], 960)).to.deep.equal([[10, 10], [45, 30]]);
  });
});

describe('geo zoom', () => {
  it('frames the bounds at the map aspect ratio, with a floor for microstates', () => {
    const b: Bounds = [[100, 50], [140, 70]];
    const v = zoomViewBox(b, 960, 480);
    expect(containsBounds(v, b)).to.equal(true);
    expect(v.width / v.height).to.be.closeTo(2, 1e-9);
    expect(v.x + v.width / 2).to.be.closeTo(120, 1e-9);
    const dot = zoomViewBox([[500, 200], [500, 200]], 960, 480);
    expect(dot.width).to.be.closeTo(960 * 0.06, 1e-9);
    const world = zoomViewBox([[0, 0], [960, 480]], 960, 480);
    expect(world).to.deep.equal({ x: 0, y: 0, width: 960, height: 480 });
  });

  it('tweens from start to end', () => {
    const a = { x: 0, y: 0, width: 960, height: 480 };
    const b = { x: 400, y: 100, width: 96, height: 48 };
    expect(interpolateViewBox(a, b, 0)).to.deep.equal(a);
    const end = interpolateViewBox(a, b, 1);
    for (const k of ['x', 'y', 'width', 'height'] as const) expect(end[k]).to.be.closeTo(b[k], 1e-9);
    expect(interpolateViewBox(a, b, 0.5).width).to.be.within(96, 960);
  });
});

describe('geo colour scale', () => {
  it('puts larger values in equal or darker steps, on nice log breaks', () => {
    const values = [1, 2, 3, 8, 15, 40, 90, 120, 300];
    const s = colorScale(values);
    expect(s.thresholds).to.deep.equal([5, 10, 20, 50, 200]);
    const steps = values.map((v) => s.step(v));
    expect(steps).to.deep.equal([...steps].sort((a, b) => a - b));
    expect(s.step(300)).to.equal(s.steps - 1);
    expect(s.step(0)).to.equal(0);
    expect(s.color(s.steps - 1, 6)).to.equal(5);
    expect(stepLabels(s, String)).to.deep.equal(['< 5', '5–9', '10–19', '20–49', '50–199', '≥ 200']);
  });

  it('copes with one value, zeros and garbage', () => {
    expect(colorScale([]).thresholds).to.deep.equal([]);
    expect(colorScale([0, 0]).steps).to.equal(1);
    expect(colorScale([7, 7, 7]).step(7)).to.equal(0);
    expect(colorScale([NaN, -3, Infinity, 10, 1000]).thresholds.every(Number.isFinite)).to.equal(true);
    expect(niceCeil(3)).to.equal(5);
    expect(niceCeil(120)).to.equal(200);
  });
});

describe('geo grid', () => {
  const rows: GeoRow[] = [
    { key: 'NL', code: 'NL', name: 'Netherlands', customers: 50, active: 40, added: 9 },
    { key: 'US', code: 'US', name: 'United States', customers: 300, active: 100, added: 9 },
    { key: 'CW', code: 'CW', name: 'Curaçao', customers: 2, active: 2, added: 1 },
    { key: 'ZZ', code: undefined, name: 'ZZ', customers: 1, active: 0, added: 20 },
  ];
  const keys = (r: GeoRow[]) => r.map((x) => x.key);

  it('sorts on every column, both ways, ties by name', () => {
    expect(keys(sortRows(rows, 'customers', 'descending'))).to.deep.equal(['US', 'NL', 'CW', 'ZZ']);
    expect(keys(sortRows(rows, 'customers', 'ascending'))).to.deep.equal(['ZZ', 'CW', 'NL', 'US']);
    expect(keys(sortRows(rows, 'active', 'descending'))).to.deep.equal(['US', 'NL', 'CW', 'ZZ']);
    expect(keys(sortRows(rows, 'added', 'descending'))).to.deep.equal(['ZZ', 'NL', 'US', 'CW']);
    expect(keys(sortRows(rows, 'added', 'ascending'))).to.deep.equal(['CW', 'NL', 'US', 'ZZ']);
    expect(keys(sortRows(rows, 'name', 'ascending'))).to.deep.equal(['CW', 'NL', 'US', 'ZZ']);
    expect(keys(sortRows(rows, 'name', 'descending'))).to.deep.equal(['ZZ', 'US', 'NL', 'CW']);
    expect(keys(rows)).to.deep.equal(['NL', 'US', 'CW', 'ZZ']);
  });

  it('searches names (without accents) and codes', () => {
    expect(keys(searchRows(rows, 'neth'))).to.deep.equal(['NL']);
    expect(keys(searchRows(rows, 'CURACAO'))).to.deep.equal(['CW']);
    expect(keys(searchRows(rows, 'us'))).to.deep.equal(['US']);
    expect(keys(searchRows(rows, 'zz'))).to.deep.equal(['ZZ']);
    expect(keys(searchRows(rows, '  '))).to.have.length(4);
    expect(searchRows(rows, 'nothing here')).to.deep.equal([]);
  });

  it('computes shares without NaN', () => {
    expect(share(25, 100)).to.equal(0.25);
    expect(share(3, 0)).to.equal(0);
  });
});
