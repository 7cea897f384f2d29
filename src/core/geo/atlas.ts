/** world-atlas TopoJSON → country features with their alpha-2 codes. DOM-free. */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { featureCode } from './codes.js';

export type CountryGeometry = Polygon | MultiPolygon;

/** One country shape of the atlas. */
export interface AtlasCountry {
  /** Alpha-2 code; `undefined` for shapes with no ISO code (N. Cyprus, Somaliland). */
  code: string | undefined;
  /** The atlas's English name (only a fallback: the element names countries through `Intl`). */
  name: string;
  feature: Feature<CountryGeometry, { name?: string }>;
}

/** Is `value` a TopoJSON topology with a `countries` object, as world-atlas ships it? */
export function isCountriesTopology(value: unknown): value is Topology<{ countries: GeometryCollection<{ name?: string }> }> {
  const v = value as { type?: unknown; objects?: { countries?: { type?: unknown } } } | null;
  return !!v && v.type === 'Topology' && v.objects?.countries?.type === 'GeometryCollection';
}

/** The countries of a world-atlas topology (`countries-110m.json` or a self-hosted copy). */
export function atlasCountries(topology: unknown): AtlasCountry[] {
  if (!isCountriesTopology(topology)) throw new Error('The atlas is not a world-atlas countries topology.');
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<CountryGeometry | null, { name?: string }>;
  const countries: AtlasCountry[] = [];
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const name = f.properties?.name ?? '';
    countries.push({
      code: featureCode(f.id as string | number | undefined, name),
      name,
      feature: f as Feature<CountryGeometry, { name?: string }>,
    });
  }
  return countries;
}
