/**
 * `<link rel="modulepreload">` for a page of the kit's CDN build: the browser fetches and
 * compiles the chunks a page will need while it parses the HTML, instead of one after another
 * (the entry, then its shared chunk, then the world atlas when the map draws).
 *
 * The build writes `cdn/preload.json` (rollup.config.mjs, `preloadManifest`): the entry's static
 * chunks, and each lazy chunk by name. A served page holds a marker naming the lazy chunks it
 * uses, e.g. `<!-- modulepreload: countries-110m -->`, replaced here by the links of
 * the current build (its hashes change with every build, so they cannot be written in the page).
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** What `cdn/preload.json` holds: paths relative to `cdn/`. */
export interface PreloadManifest {
  /** The chunks the entry imports statically (and theirs). */
  entry: string[];
  /** Lazy chunks by their name without hash, each with its own static imports. */
  lazy: Record<string, string[]>;
}

const MARKER = /<!--\s*modulepreload:([^>]*?)-->/;

/** Per manifest file: the last one read, until the build rewrites it. */
const cached = new Map<string, { mtimeMs: number; manifest: PreloadManifest }>();

async function manifest(root: string): Promise<PreloadManifest | undefined> {
  const file = join(root, 'cdn', 'preload.json');
  const info = await stat(file).catch(() => undefined);
  if (!info) return undefined;
  let entry = cached.get(file);
  if (entry?.mtimeMs !== info.mtimeMs) {
    entry = { mtimeMs: info.mtimeMs, manifest: JSON.parse(await readFile(file, 'utf8')) as PreloadManifest };
    cached.set(file, entry);
  }
  return entry.manifest;
}

/**
 * The page with its marker replaced by the links (each chunk once), or undefined when the page
 * has no marker. Without a build (no manifest) the marker is dropped: the page still works.
 */
export async function withModulePreload(root: string, html: string): Promise<string | undefined> {
  const found = MARKER.exec(html);
  if (!found) return undefined;
  const built = await manifest(root);
  const names = found[1]!.trim().split(/\s+/).filter(Boolean);
  const chunks = new Set([...(built?.entry ?? []), ...names.flatMap((name) => built?.lazy[name] ?? [])]);
  const links = [...chunks].map((chunk) => `<link rel="modulepreload" href="/cdn/${chunk}" />`).join('\n    ');
  return html.replace(MARKER, links);
}
