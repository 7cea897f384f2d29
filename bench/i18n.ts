/**
 * What the languages cost each element entry (min+gzip, in one run): the entry as shipped
 * (English bundled, Dutch, German and French one lazy module per group), against the same
 * source with no other language at all, and with all four bundled into the entry; and what a
 * page in each language fetches on top (its modules for the element's groups).
 */
import { readdirSync, existsSync } from 'node:fs';
import type { Plugin } from 'rollup';
import { entrySize, kb } from './support/bundle.ts';

type Mode = 'lazy' | 'eager' | 'none';

/** Rewrites the loaders of the English group files: `de: () => import('./de/kpi.js')`. */
function languages(mode: Mode): Plugin {
  return {
    name: `i18n-${mode}`,
    transform(code, id) {
      if (mode === 'lazy' || !/src\/i18n\/text\/[\w-]+\.ts$/.test(id)) return null;
      const imports: string[] = [];
      const out = code.replace(/\b(nl|de|fr): \(\) => import\('([^']+)'\)/g, (_all, language: string, path: string) => {
        if (mode === 'none') return `${language}: () => Promise.reject(new Error('not built'))`;
        imports.push(`import __${language} from '${path}';`);
        return `${language}: () => Promise.resolve({ default: __${language} })`;
      });
      return { code: `${imports.join('\n')}\n${out}`, map: null };
    },
  };
}

const perLanguage = (lazy: Record<string, number>, language: string) =>
  Object.entries(lazy)
    .filter(([name]) => name.startsWith(`i18n-${language}-`))
    .reduce((sum, [, bytes]) => sum + bytes, 0);

const signed = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${Math.abs(bytes)} B`;

export async function bench(): Promise<void> {
  console.log('\n## Languages per element entry (min+gzip bytes of the first load)');
  console.log('entry               shipped  English only  lazy loaders   all 4 bundled   fetched by a page in nl / de / fr');
  const tags = readdirSync('src/elements').filter((d) => existsSync(`src/elements/${d}/define.ts`));
  for (const tag of tags) {
    const input = `src/elements/${tag}/define.ts`;
    const [shipped, none, eager] = await Promise.all(
      (['lazy', 'none', 'eager'] as const).map((mode) => entrySize(input, { plugins: [languages(mode)] })),
    );
    const fetched = ['nl', 'de', 'fr'].map((l) => `${perLanguage(shipped.lazy, l)} B`).join(' / ');
    console.log(
      `${tag.padEnd(20)}${kb(shipped.firstLoad).padStart(8)}${kb(none.firstLoad).padStart(14)}` +
        `${signed(shipped.firstLoad - none.firstLoad).padStart(14)}${signed(eager.firstLoad - none.firstLoad).padStart(16)}   ${fetched}`,
    );
  }
}
