// Makes sure the component tests' three engines are there (Debian's chromium, firefox-esr,
// webkit2gtk-driver and xvfb); installs what is missing in one apt-get. `BROWSERS` (see
// browsers.mjs) limits the check to the engines named.
import { execSync } from 'node:child_process';
import { ENGINES, missingFiles, selectedEngines } from './browsers.mjs';

const missing = selectedEngines().filter((engine) => missingFiles(engine).length > 0);
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((engine) => ENGINES[engine].packages);
const labels = missing.map((engine) => ENGINES[engine].label).join(', ');
console.log(`${labels} missing; installing Debian's ${packages.join(' ')} (a few minutes)…`);
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
const install = `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`;
let installed = false;
// Another apt (unattended upgrades, a second terminal) may hold the lock for a while.
for (let attempt = 1; attempt <= 5 && !installed; attempt++) {
  try {
    execSync(install, { stdio: 'inherit' });
    installed = true;
  } catch {
    if (attempt < 5) {
      console.error(`apt-get failed (attempt ${attempt}); the lock may be held, retrying in 20 s`);
      execSync('sleep 20');
    }
  }
}
if (!installed) {
  console.error(
    `Could not install ${packages.join(' ')}. Install them by hand (apt-get install ${packages.join(' ')}), ` +
      `or run fewer engines (BROWSERS=chromium npm test), or point CHROME_PATH / FIREFOX_PATH / ` +
      `WEBKIT_DRIVER_PATH / MINIBROWSER_PATH at the binaries, then run npm test again.`,
  );
  process.exit(1);
}
const still = missing.flatMap(missingFiles);
if (still.length) {
  console.error(`apt-get finished but ${still.join(', ')} is still missing; set the matching *_PATH variable (scripts/browsers.mjs).`);
  process.exit(1);
}
