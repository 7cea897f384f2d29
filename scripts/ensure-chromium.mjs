// Makes sure Debian's Chromium is there before the component tests; installs it when missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROME_PATH as path } from './chromium.mjs';

if (existsSync(path)) process.exit(0);

console.log(`Chromium is missing at ${path}; installing Debian's chromium (about 2 minutes)…`);
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: 'inherit',
  });
} catch {
  console.error(
    `Could not install Chromium. Install it by hand (apt-get install chromium) or point CHROME_PATH at a Chromium/Chrome binary, then run npm test again.`,
  );
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing; set CHROME_PATH to your Chromium binary.`);
  process.exit(1);
}
