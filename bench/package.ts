/** What a partner downloads: each element's entry, the script-tag bundle's first load, and
 * each lazy chunk (min+gzip). */
import { readdirSync, existsSync } from 'node:fs';
import { entrySize, kb } from './support/bundle.ts';

export async function bench(): Promise<void> {
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
  for (const [name, bytes] of Object.entries(bundle.lazy).filter(([n]) => !n.startsWith('i18n-'))) console.log(`  lazy chunk ${name.padEnd(22)} ${kb(bytes)}`);
}
