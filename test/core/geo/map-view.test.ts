/** core/geo/map-view: what the map shows for its data and layout. */
import { expect } from '@open-wc/testing';
import type { MapLayout } from '../../../src/core/geo/layout.js';
import {
  DOT_RADIUS,
  anchorOf,
  boundsOf,
  dataCodes,
  dotRadius,
  fillClass,
  gridRows,
  gridStep,
  layoutKey,
  mapRows,
  rowsByCode,
  targetView,
  tooltipPosition,
} from '../../../src/core/geo/map-view.js';
import { colorScale } from '../../../src/core/geo/scale.js';
import { worldViewBox, zoomViewBox } from '../../../src/core/geo/zoom.js';

const layout = {
  width: 400,
  height: 200,
  shapes: [
    {
      code: 'FR',
      name: 'France',
      d: 'M0 0',
      area: 500,
      focus: [
        [10, 10],
        [30, 40],
      ],
      anchor: [20, 25],
    },
    {
      code: 'LU',
      name: 'Luxembourg',
      d: 'M1 1',
      area: 2,
      focus: [
        [50, 50],
        [51, 51],
      ],
      anchor: [50.5, 50.5],
    },
  ],
  dots: [
    { code: 'LU', x: 50.5, y: 50.5, reason: 'tiny' },
    { code: 'SG', x: 300, y: 150, reason: 'missing' },
  ],
  unplaced: [],
  projection: undefined,
} as unknown as MapLayout;

const data = [
  { key: 'FR', label: 'France', customers: 100, active: 80, added: 5 },
  { key: 'nl', label: 'Netherlands', customers: 50, active: 40, added: 2 },
  { key: 'Mars', label: '', customers: 3, active: 1, added: 0 },
  { key: '', label: 'Unknown', customers: 1, active: 1, added: 0 },
];

describe('core/geo/map-view', () => {
  it('maps breakdown rows to grid rows: known codes named in the locale, others by label or key', () => {
    const rows = mapRows(data, 'en');
    expect(rows.map((r) => r.code)).to.deep.equal(['FR', 'NL', undefined, undefined]);
    expect(rows[0]!.name).to.equal('France');
    expect(rows[1]!.name).to.equal('Netherlands');
    expect(mapRows(data, 'nl')[1]!.name).to.equal('Nederland');
    expect(rows[2]!.name).to.equal('Mars');
    expect(rows[3]!.name).to.equal('Unknown');
    expect(rows[0]).to.include({ key: 'FR', label: 'France', customers: 100, active: 80, added: 5 });
  });

  it('keys the layout by width and the sorted set of known codes', () => {
    const codes = dataCodes(data);
    expect([...codes].sort()).to.deep.equal(['FR', 'NL']);
    expect(layoutKey(960, codes)).to.equal('960|FR,NL');
    expect(layoutKey(960, new Set(['NL', 'FR']))).to.equal(layoutKey(960, new Set(['FR', 'NL'])));
  });

  it('indexes rows by code and colours them by step, "none" without a row', () => {
    const rows = mapRows(data, 'en');
    const byCode = rowsByCode(rows);
    expect([...byCode.keys()]).to.deep.equal(['FR', 'NL']);
    const scale = colorScale([100, 50]);
    expect(fillClass(undefined, 'customers', scale)).to.equal('none');
    expect(fillClass(byCode.get('FR'), 'customers', scale)).to.match(/^s\d$/);
  });

  it('zooms to a shape, a tiny shape, a dot, or the world', () => {
    expect(boundsOf(layout, 'FR')).to.deep.equal([
      [10, 10],
      [30, 40],
    ]);
    expect(boundsOf(layout, 'LU')).to.deep.equal([
      [50, 50],
      [51, 51],
    ]);
    expect(boundsOf(layout, 'SG')).to.deep.equal([
      [300, 150],
      [300, 150],
    ]);
    expect(boundsOf(layout, 'XX')).to.equal(undefined);
    expect(boundsOf(layout, undefined)).to.equal(undefined);
    expect(targetView(layout, undefined)).to.deep.equal(worldViewBox(400, 200));
    expect(targetView(layout, 'FR')).to.deep.equal(
      zoomViewBox(
        [
          [10, 10],
          [30, 40],
        ],
        400,
        200,
      ),
    );
  });

  it('keeps dots the same size on screen at any zoom', () => {
    expect(dotRadius({ x: 0, y: 0, width: 400, height: 200 }, 400)).to.equal(DOT_RADIUS);
    expect(dotRadius({ x: 0, y: 0, width: 100, height: 50 }, 400)).to.equal(DOT_RADIUS / 4);
    expect(dotRadius({ x: 0, y: 0, width: 100, height: 50 }, undefined)).to.equal(DOT_RADIUS);
  });

  it('points the tooltip at the dot or the shape anchor, inside the map', () => {
    expect(anchorOf(layout, 'SG')).to.deep.equal([300, 150]);
    expect(anchorOf(layout, 'LU')).to.deep.equal([50.5, 50.5]);
    expect(anchorOf(layout, 'FR')).to.deep.equal([20, 25]);
    expect(anchorOf(layout, 'XX')).to.equal(undefined);
    const world = worldViewBox(400, 200);
    // Near the left edge and the top: pushed in from the side, below the point.
    expect(tooltipPosition([20, 25], layout, world)).to.deep.equal({ x: 90, y: 25, below: true });
    // Lower down, mid-map: where the point is, above it.
    expect(tooltipPosition([200, 150], layout, world)).to.deep.equal({ x: 200, y: 150, below: false });
    // Zoomed 2× on the top-left quarter.
    const zoomed = { x: 0, y: 0, width: 200, height: 100 };
    expect(tooltipPosition([150, 60], layout, zoomed)).to.deep.equal({ x: 300, y: 120, below: false });
    expect(tooltipPosition([400, 400], layout, zoomed)).to.deep.equal({ x: 310, y: 200, below: false });
  });

  it('orders the grid known places first, and keeps the tab stop on a visible row', () => {
    const rows = mapRows(data, 'en');
    const g = gridRows(rows, '', 'customers', 'descending', 'en', 'NL');
    expect(g.known.map((r) => r.key)).to.deep.equal(['FR', 'nl']);
    expect(g.unknown.map((r) => r.key)).to.deep.equal(['Mars', '']);
    expect(g.visible.map((r) => r.key)).to.deep.equal(['FR', 'nl', 'Mars', '']);
    expect(g.focusKey).to.equal('FR');
    expect(gridRows(rows, '', 'customers', 'descending', 'en', 'nl').focusKey).to.equal('nl');
    const searched = gridRows(rows, 'neth', 'customers', 'descending', 'en', 'FR');
    expect(searched.visible.map((r) => r.key)).to.deep.equal(['nl']);
    expect(searched.focusKey).to.equal('nl');
    expect(gridRows(rows, 'zzz', 'name', 'ascending', 'en', 'FR').focusKey).to.equal('');
  });

  it('moves the grid focus without wrapping', () => {
    // [key, from, to] among 3 rows; null: not a key the grid moves on.
    const moves: [string, number, number | null][] = [
      ['ArrowDown', 0, 1],
      ['ArrowDown', 2, 2],
      ['ArrowUp', 0, 0],
      ['ArrowUp', 2, 1],
      ['Home', 2, 0],
      ['End', 0, 2],
      ['Enter', 0, null],
      ['a', 0, null],
    ];
    for (const [key, from, to] of moves) expect(gridStep(key, from, 3), `${key} from ${from}`).to.equal(to);
  });
});
