// Two builds of one source, each in its own folder so every chunk exists once per build:
// 1. the npm build, `dist/`: ESM, one entry per element (`dist/elements/<tag>.js`) plus
//    `dist/index.js`, shared code in `dist/chunks/`. `lit`, `@lit/task`, `@lit/context` and
//    `valibot` (the contract's public types are valibot's) stay bare imports (package
//    dependencies): a host's bundler dedupes them with its own copy, and Node resolves Lit's
//    server build (SSR, Next.js). Everything else is bundled and tree-shaken, so importing
//    kpi-card never pulls in the month chart or the atlas.
// 2. the CDN build, `cdn/`: self-contained for one `<script type="module">` — the entry
//    `cdn/insights-widgets.js` registers every element; the world atlas is a lazy chunk in
//    `cdn/chunks/`, loaded only when the map is on the page (as are each language's words).
// Bundled libraries keep their `/*! … @license */` headers, and every bundled package's licence
// is collected into THIRD-PARTY-NOTICES (scripts/third-party-notices.mjs). Source maps are
// written without a `sourceMappingURL` comment and left out of the tarball (`files`).
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { thirdPartyNotices } from './scripts/third-party-notices.mjs';

/** Imported by bare specifier in the npm build: exactly package.json's `dependencies`. */
export const EXTERNAL = /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/task|@lit\/context|valibot)(\/|$)/;

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/define.ts`))
  .map((d) => d.name);

/**
 * Before writing, removes what the previous build wrote there, so its hashed chunks do not
 * pile up (two copies of the atlas). Only on write: `generate()` (the benches) leaves disk alone.
 */
const cleanBefore = (paths) => ({
  name: 'insights:clean-output',
  generateBundle(_options, _bundle, isWrite) {
    if (isWrite) for (const path of paths) rmSync(path, { recursive: true, force: true });
  },
});

const notices = thirdPartyNotices('THIRD-PARTY-NOTICES');

const plugins = (clean) => [
  cleanBefore(clean),
  nodeResolve({ browser: true }),
  json({ preferConst: true, compact: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  // `some`: keep `/*! … */`, `@license` and `@preserve` comments, drop the rest. NO_MINIFY=1
  // keeps names readable in profiles (`npm run bench -- browser` with BENCH_PROFILE).
  ...(process.env.NO_MINIFY ? [] : [terser({ format: { comments: 'some' }, ecma: 2020, module: true })]),
  notices.plugin(),
];

/** A shipped language's words get a name that says so: `chunks/i18n-de-kpi-<hash>.js`. */
const chunkName = (dir) => (chunk) => {
  const words = /i18n\/text\/([a-z]{2})\/([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
  return words ? `${dir}/i18n-${words[1]}-${words[2]}-[hash].js` : `${dir}/[name]-[hash].js`;
};

/**
 * Writes `preload.json` beside the CDN entry: the chunks the entry imports statically and each
 * lazy chunk (not the languages) by its name without hash, with its static imports. The server
 * turns a page's `<!-- modulepreload: countries-110m -->` into `<link rel="modulepreload">`s from it
 * (server/http/module-preload.ts), so the browser fetches them while it parses the page.
 */
const preloadManifest = () => ({
  name: 'insights:preload-manifest',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    const closure = (chunk, seen = new Set()) => {
      for (const name of chunk.imports) {
        if (seen.has(name)) continue;
        seen.add(name);
        closure(bundle[name], seen);
      }
      return seen;
    };
    const entry = chunks.find((c) => c.isEntry);
    const lazy = Object.fromEntries(
      chunks.filter((c) => c.isDynamicEntry && !c.fileName.includes('/i18n-')).map((c) => [c.name, [c.fileName, ...closure(c)]]),
    );
    const manifest = { entry: [...closure(entry)], lazy };
    this.emitFile({ type: 'asset', fileName: 'preload.json', source: JSON.stringify(manifest, null, 2) + '\n' });
  },
});

const onwarn = (warning, warn) => {
  // d3 and its dependencies use `this` at module top level and circular imports; both are harmless.
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

export default [
  {
    input: {
      index: 'src/index.ts',
      ...Object.fromEntries(elements.map((tag) => [`elements/${tag}`, `src/elements/${tag}/define.ts`])),
    },
    external: (id) => EXTERNAL.test(id),
    output: { dir: 'dist', format: 'es', chunkFileNames: chunkName('chunks'), sourcemap: 'hidden' },
    preserveEntrySignatures: 'strict',
    // dist/types is tsc's (npm run build:types); dist/insights-widgets.js and dist/lazy are
    // where the script-tag build used to go.
    plugins: plugins(['dist/index.js', 'dist/elements', 'dist/chunks', 'dist/insights-widgets.js', 'dist/lazy']),
    onwarn,
  },
  {
    input: { 'insights-widgets': 'src/bundle.ts' },
    output: { dir: 'cdn', format: 'es', chunkFileNames: chunkName('chunks'), sourcemap: 'hidden' },
    plugins: [...plugins(['cdn']), preloadManifest()],
    onwarn,
  },
];
