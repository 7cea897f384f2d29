// Makes sure chdb (embedded ClickHouse, ≈ 0.5 GB) is there for the ClickHouse truth tests.
// It is not a dependency of the package: the demo and the kit never need it, so it lives in
// .chdb/ beside node_modules and only the tests (and `--db chdb`) load it from there.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHDB_VERSION = '3.4.0';
const prefix = fileURLToPath(new URL('../.chdb/', import.meta.url));

if (existsSync(`${prefix}node_modules/chdb/package.json`)) process.exit(0);
console.log(`Installing chdb ${CHDB_VERSION} into .chdb/ for the ClickHouse tests (about 0.5 GB, a minute)…`);
try {
  execSync(`npm install --prefix "${prefix}" --no-save --no-package-lock --no-audit --no-fund chdb@${CHDB_VERSION}`, { stdio: 'inherit' });
} catch {
  console.error(
    'Could not install chdb. Install it by hand (npm install --prefix .chdb chdb@' + CHDB_VERSION + ') and run npm test again.',
  );
  process.exit(1);
}
