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
  /** Longitude/latitude, or planar points where `projectedAt` says so. */
  feature: Feature<CountryGeometry, { name?: string }>;
  /**
   * The Equal Earth scale (translate 0) at which `feature` is already projected: the bundled
   * atlas, projected at build time (`scripts/project-atlas.mjs`). Absent: longitude/latitude.
   */
  projectedAt?: number;
}

/** A topology's `projection` member, as `scripts/project-atlas.mjs` writes it. */
function projectedScale(topology: unknown): number | undefined {
  const p = (topology as { projection?: { type?: unknown; scale?: unknown } }).projection;
  return p?.type === 'EqualEarth' && typeof p.scale === 'number' && p.scale > 0 ? p.scale : undefined;
}

/** Is `value` a TopoJSON topology with a `countries` object, as world-atlas ships it? */
export function isCountriesTopology(value: unknown): value is Topology<{ countries: GeometryCollection<{ name?: string }> }> {
  const v = value as { type?: unknown; objects?: { countries?: { type?: unknown } } } | null;
  return !!v && v.type === 'Topology' && v.objects?.countries?.type === 'GeometryCollection';
}

/**
 * The countries of a world-atlas topology (`countries-110m.json` or a self-hosted copy), or of
 * the bundled one projected at build time.
 */
export function atlasCountries(topology: unknown): AtlasCountry[] {
  if (!isCountriesTopology(topology)) throw new Error('The atlas is not a world-atlas countries topology.');
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<CountryGeometry | null, { name?: string }>;
  const projectedAt = projectedScale(topology);
  const countries: AtlasCountry[] = [];
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const name = f.properties?.name ?? '';
    countries.push({
      code: featureCode(f.id as string | number | undefined, name),
      name,
      feature: f as Feature<CountryGeometry, { name?: string }>,
      ...(projectedAt ? { projectedAt } : {}),
    });
  }
  return countries;
}
