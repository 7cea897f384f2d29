/** `npm run bench`: runs every bench/*.ts that exports `bench()` (or one named on the command
 * line, e.g. `npm run bench -- server`) and prints its figures. */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const only = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')));

for (const file of files) {
  const mod = await import(pathToFileURL(new URL(file, import.meta.url).pathname).href);
  const run = mod.bench ?? mod.benchServer;
  if (typeof run !== 'function') continue;
  console.log(`\n# ${file}`);
  await run();
}
