/** What a partner downloads: each element's entry, the script-tag bundle's first load, and
 * each lazy chunk (min+gzip). */
import { readdirSync, existsSync } from 'node:fs';
import type { OutputChunk, OutputOptions, RollupOptions } from 'rollup';
import { entrySize, gzipSize, kb } from './support/bundle.ts';

export async function bench(): Promise<void> {
  await benchBuilds();
  console.log('\n## Package entries (min+gzip; first load = the entry and its static imports)');
  const tags = readdirSync('src/elements').filter((d) => existsSync(`src/elements/${d}/define.ts`));
  for (const tag of tags) {
    const size = await entrySize(`src/elements/${tag}/define.ts`);
    // A language's words (`i18n-*`) are listed by `npm run bench -- i18n`.
    const lazy = Object.entries(size.lazy)
      .filter(([name]) => !name.startsWith('i18n-'))
      .map(([name, bytes]) => `${name} ${kb(bytes)}`);
    console.log(`${tag.padEnd(20)} ${kb(size.firstLoad).padStart(9)}${lazy.length ? `   lazy: ${lazy.join(', ')}` : ''}`);
  }
  const bundle = await entrySize('src/bundle.ts');
  console.log(`\nscript-tag bundle (every element registered): first load ${kb(bundle.firstLoad)}`);
  const words = Object.entries(bundle.lazy).filter(([name]) => name.startsWith('i18n-'));
  console.log(`  lazy chunks i18n-*: ${words.length} (a language's words per group; see the i18n bench)`);
  for (const [name, bytes] of Object.entries(bundle.lazy).filter(([n]) => !n.startsWith('i18n-')))
    console.log(`  lazy chunk ${name.padEnd(22)} ${kb(bytes)}`);
}

/** Both shipped builds exactly as `npm run build` makes them (rollup.config.mjs, in memory). */
export async function benchBuilds(): Promise<void> {
  const { rollup } = await import('rollup');
  const configUrl = new URL('../rollup.config.mjs', import.meta.url).href;
  const configs = (await import(configUrl)).default as (RollupOptions & { output: OutputOptions })[];
  console.log('\n## Builds (min+gzip, as shipped)');
  for (const config of configs) {
    const build = await rollup({ ...config, onwarn: () => {} });
    const { output } = await build.generate(config.output);
    await build.close();
    const chunks = output.filter((o): o is OutputChunk => o.type === 'chunk');
    const entries = chunks.filter((c) => c.isEntry);
    const lazy = chunks.filter((c) => c.isDynamicEntry && !c.isEntry);
    const all = chunks.reduce((s, c) => s + gzipSize(c.code), 0);
    const external = [...new Set(chunks.flatMap((c) => c.imports.filter((i) => !i.endsWith('.js'))))].sort();
    const name = `${config.output.dir}/`.padEnd(6);
    if (entries.length === 1) {
      const first = entries[0]!;
      const statics = new Set(first.imports.filter((i) => i.endsWith('.js')));
      const firstLoad = gzipSize(first.code) + chunks.filter((c) => statics.has(c.fileName)).reduce((s, c) => s + gzipSize(c.code), 0);
      console.log(
        `${name} CDN build: first load ${kb(firstLoad)} (${first.fileName}); lazy ${lazy.map((c) => `${c.name} ${kb(gzipSize(c.code))}`).join(', ')}; ${chunks.length} files, ${kb(all)} in all, self-contained`,
      );
    } else {
      console.log(
        `${name} npm build: ${entries.length} entries, ${chunks.length} files, ${kb(all)} in all (each chunk once); from the host: ${external.join(', ')}`,
      );
    }
  }
}
