/**
 * Loads the world atlas once per URL. By default it is a lazily imported chunk of the kit
 * (`world-atlas/countries-110m.json` prepared at build time by `scripts/project-atlas.mjs`:
 * each country's SVG path in atlas units, ≈ 35 KB min+gzip), so pages without a map never load
 * it and a page with one projects nothing; `atlas-url` points the map at a self-hosted copy
 * instead (strict CSP, own CDN), prepared in the page once.
 */
import { atlasCountries, type AtlasCountry } from '../../core/geo/atlas.js';

const loaded = new Map<string, Promise<AtlasCountry[]>>();

/** The atlas at `atlas-url` answered with an error status (the map says so in its locale). */
export class AtlasLoadError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`The world atlas could not be loaded (${url}: HTTP ${status}).`);
  }
}

async function fetchAtlas(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new AtlasLoadError(url, response.status);
  return response.json();
}

async function bundledAtlas(): Promise<unknown> {
  // A separate chunk in the build (`countries-110m`, the name the pages' module preloads use);
  // import attributes need an esbuild target of esnext.
  const module = await import('../../core/geo/projected/countries-110m.json', { with: { type: 'json' } });
  return module.default;
}

/** The atlas's countries, from `url` or the bundled chunk; shared by every map on the page. */
export function loadAtlas(url = ''): Promise<AtlasCountry[]> {
  let promise = loaded.get(url);
  if (!promise) {
    promise = (url ? fetchAtlas(url) : bundledAtlas()).then(atlasCountries);
    // A failed load is not cached, so Retry really tries again.
    promise.catch(() => loaded.delete(url));
    loaded.set(url, promise);
  }
  return promise;
}
