// Debian's Chromium, as every tool of the kit launches it (component tests, story tests,
// benches): headless as root on a machine with no network but the package registries.
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox', // root: without it the runners report a misleading "version mismatch"
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Chromium's own background traffic is refused here, many connections at a time.
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
