/** Writes server/openapi.json from the contract: `node --import tsx server/write-openapi.ts`. */
import { writeFileSync } from 'node:fs';
import { buildOpenApi } from './openapi.ts';

/** The committed document's text: what `buildOpenApi()` gives, pretty-printed. */
export function openApiText(): string {
  return JSON.stringify(buildOpenApi(), null, 2) + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('./openapi.json', import.meta.url), openApiText());
}
