/**
 * Storybook 10 for the kit: stories in stories/, the MSW worker served from public/, controls
 * and docs from custom-elements.json. The manifest is regenerated whenever Storybook or the
 * story tests start and it is older than a file under src/ or the analyzer's config (and, in
 * `storybook dev`, when a file under src/ changes), so neither `npx vitest run` nor
 * `storybook dev` can read a stale or missing one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');

/** Runs the analyzer (≈4 s: the expanded-types plugin builds a TypeScript program) with custom-elements-manifest.config.mjs. */
function writeManifest(): void {
  execFileSync(process.execPath, [cem, 'analyze', '--litelement'], { cwd: root, stdio: 'inherit' });
}

/** True when custom-elements.json is newer than every source it is made from (`npm test` has just written it). */
function manifestIsFresh(): boolean {
  const manifest = `${root}custom-elements.json`;
  if (!existsSync(manifest)) return false;
  const written = statSync(manifest).mtimeMs;
  const sources = [
    `${root}custom-elements-manifest.config.mjs`,
    ...readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' }).map((file) => `${root}src/${file}`),
  ];
  return sources.every((file) => statSync(file).mtimeMs <= written);
}

/** Regenerates the manifest when an element's source changes, so controls follow in dev. */
function manifestPlugin(): Plugin {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    name: 'insights:custom-elements-manifest',
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (!file.startsWith(`${root}src/`) || !file.endsWith('.ts')) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          try {
            writeManifest();
          } catch (error) {
            server.config.logger.error(`custom-elements manifest: ${(error as Error).message}`);
          }
        }, 200);
      });
    },
  };
}

/**
 * Vite's dev server answers a JSON import with a JS module (`…json?import`), so a dynamic
 * `import('x.json', { with: { type: 'json' } })` (the geo map's lazily loaded atlas) fails in
 * the browser on the MIME check. Drop the attribute in dev only; production builds bundle the
 * JSON and keep working.
 */
function jsonImportAttributesPlugin(): Plugin {
  const attribute = /,\s*\{\s*with:\s*\{\s*type:\s*['"]json['"]\s*\}\s*\}/g;
  return {
    name: 'insights:dev-json-import-attributes',
    apply: 'serve',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(`${root}src/`) || !id.endsWith('.ts') || !attribute.test(code)) return null;
      attribute.lastIndex = 0;
      return { code: code.replace(attribute, ''), map: null };
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    if (!manifestIsFresh()) writeManifest();
    return {
      ...viteConfig,
      plugins: [...(viteConfig.plugins ?? []), manifestPlugin(), jsonImportAttributesPlugin()],
      // Pre-bundle Lit once for the renderer, the kit and the stories: otherwise the dev
      // server can serve it twice ("Multiple versions of Lit loaded").
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        include: [
          ...(viteConfig.optimizeDeps?.include ?? []),
          'lit',
          'lit/decorators.js',
          'lit/directive-helpers.js',
          'lit/directives/repeat.js',
          'lit/directives/style-map.js',
          '@lit/context',
          '@lit/task',
        ],
      },
    };
  },
};

export default config;
