// Two builds:
// 1. the package: ESM, one entry per element (`dist/elements/<tag>.js`) plus `dist/index.js`,
//    shared code in chunks, so importing kpi-card never pulls in ApexCharts or the atlas;
// 2. the script-tag bundle `dist/insights-widgets.js`: every element registered by one
//    `<script type="module">`, heavy parts (charts, atlas) left as lazy chunks beside it.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, existsSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/define.ts`))
  .map((d) => d.name);

const plugins = () => [
  nodeResolve({ browser: true }),
  json({ preferConst: true, compact: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  terser({ format: { comments: false }, ecma: 2020, module: true }),
];

/** A shipped language's words get a name that says so: `chunks/i18n-de-kpi-<hash>.js`. */
const chunkName = (dir) => (chunk) => {
  const words = /i18n\/text\/([a-z]{2})\/([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
  return words ? `${dir}/i18n-${words[1]}-${words[2]}-[hash].js` : `${dir}/[name]-[hash].js`;
};

const onwarn = (warning, warn) => {
  // ApexCharts and d3 use `this` at module top level and circular imports; both are harmless.
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

export default [
  {
    input: {
      index: 'src/index.ts',
      ...Object.fromEntries(elements.map((tag) => [`elements/${tag}`, `src/elements/${tag}/define.ts`])),
    },
    output: { dir: 'dist', format: 'es', chunkFileNames: chunkName('chunks'), sourcemap: true },
    preserveEntrySignatures: 'strict',
    plugins: plugins(),
    onwarn,
  },
  {
    input: { 'insights-widgets': 'src/bundle.ts' },
    output: { dir: 'dist', format: 'es', chunkFileNames: chunkName('lazy'), sourcemap: true },
    plugins: plugins(),
    onwarn,
  },
];
