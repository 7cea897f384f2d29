/**
 * The atlas → country shapes in atlas units (`prepare.ts`) with their alpha-2 codes. Two inputs:
 * a world-atlas TopoJSON topology (a self-hosted `countries-110m.json`), projected here once, or
 * the kit's prepared atlas (`projected/countries-110m.json`, written at build time by
 * `scripts/project-atlas.mjs`), read as it is. DOM-free.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { featureCode } from './codes.js';
import { ATLAS_SCALE, atlasProjection, prepareShape, type Bounds, type CountryGeometry, type PreparedShape } from './prepare.js';

export type { CountryGeometry } from './prepare.js';

/** One country shape of the atlas. */
export interface AtlasCountry {
  /** Alpha-2 code; `undefined` for shapes with no ISO code (N. Cyprus, Somaliland). */
  code: string | undefined;
  /** The atlas's English name (only a fallback: the element names countries through `Intl`). */
  name: string;
  /** Its path and measures in atlas units. */
  shape: PreparedShape;
}

/** The kit's prepared atlas, as `scripts/project-atlas.mjs` writes it. */
export interface PreparedAtlas {
  type: 'PreparedAtlas';
  /** `ATLAS_SCALE` when it was written: the units of every shape. */
  scale: number;
  countries: { code?: string; name: string; shape: PreparedShape }[];
}

/** Is `value` a TopoJSON topology with a `countries` object, as world-atlas ships it? */
export function isCountriesTopology(value: unknown): value is Topology<{ countries: GeometryCollection<{ name?: string }> }> {
  const v = value as { type?: unknown; objects?: { countries?: { type?: unknown } } } | null;
  return !!v && v.type === 'Topology' && v.objects?.countries?.type === 'GeometryCollection';
}

const PATH_DATA = /^[MmLlZz\d.,\- ]*$/;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPoint = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every(isNumber);
const isBounds = (v: unknown): v is Bounds => Array.isArray(v) && v.length === 2 && v.every(isPoint);

/** A prepared shape from a file: path data of path commands and numbers only, finite measures. */
function isPreparedShape(v: unknown): v is PreparedShape {
  const s = v as Partial<PreparedShape> | null;
  return (
    !!s &&
    typeof s.d === 'string' &&
    PATH_DATA.test(s.d) &&
    isNumber(s.area) &&
    isBounds(s.bounds) &&
    isBounds(s.focus) &&
    (s.anchor === null || isPoint(s.anchor))
  );
}

function preparedCountries(atlas: PreparedAtlas): AtlasCountry[] {
  if (Math.abs(atlas.scale - ATLAS_SCALE) > 1e-9 || !Array.isArray(atlas.countries))
    throw new Error('The atlas was prepared for another version of the kit: use its own atlas or a world-atlas topology.');
  return atlas.countries.map((c) => {
    if (typeof c?.name !== 'string' || (c.code !== undefined && typeof c.code !== 'string') || !isPreparedShape(c.shape))
      throw new Error('The atlas is not a world-atlas countries topology.');
    return { code: c.code, name: c.name, shape: c.shape };
  });
}

/**
 * The countries of a world-atlas topology (`countries-110m.json` or a self-hosted copy) or of
 * the kit's prepared atlas.
 */
export function atlasCountries(value: unknown): AtlasCountry[] {
  if ((value as { type?: unknown } | null)?.type === 'PreparedAtlas') return preparedCountries(value as PreparedAtlas);
  if (!isCountriesTopology(value)) throw new Error('The atlas is not a world-atlas countries topology.');
  const collection = feature(value, value.objects.countries) as FeatureCollection<CountryGeometry | null, { name?: string }>;
  const projection = atlasProjection();
  const countries: AtlasCountry[] = [];
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const name = f.properties?.name ?? '';
    countries.push({
      code: featureCode(f.id as string | number | undefined, name),
      name,
      shape: prepareShape(f as Feature<CountryGeometry>, projection),
    });
  }
  return countries;
}
