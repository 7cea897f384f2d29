// The three browser engines the component tests run in, each from Debian's packages (nothing is
// downloaded): where each binary lives, which package brings it, and how each is launched
// headless as root on a machine with no network but the package registries.
import { existsSync } from 'node:fs';

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

/** Firefox ESR, driven by Puppeteer over WebDriver BiDi. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** WebKitGTK's WebDriver server; it starts MiniBrowser, which needs an X display (Xvfb). */
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** MiniBrowser ships in libwebkit2gtk-4.1-0 (a dependency of webkit2gtk-driver), under the multiarch dir. */
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ||
  ['x86_64-linux-gnu', 'aarch64-linux-gnu'].map((arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`).find((path) => existsSync(path)) ||
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export const XVFB_PATH = process.env.XVFB_PATH || '/usr/bin/Xvfb';

/** Each engine: the Debian packages that install it and the files that must exist to run it. */
export const ENGINES = {
  chromium: { label: 'Chromium', packages: ['chromium'], paths: [CHROME_PATH] },
  firefox: { label: 'Firefox', packages: ['firefox-esr'], paths: [FIREFOX_PATH] },
  webkit: {
    label: 'WebKit',
    packages: ['webkit2gtk-driver', 'xvfb'],
    paths: [WEBKIT_DRIVER_PATH, MINIBROWSER_PATH, XVFB_PATH],
  },
};

/** The engines a run uses when `BROWSERS` is unset. */
export const DEFAULT_ENGINES = Object.keys(ENGINES);

/**
 * The engines named in `BROWSERS` (comma-separated: `chromium,firefox,webkit`), DEFAULT_ENGINES when unset.
 * An unknown name is an error that lists the known ones.
 */
export function selectedEngines(value = process.env.BROWSERS) {
  if (!value?.trim()) return DEFAULT_ENGINES;
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !(name in ENGINES));
  if (unknown.length) {
    throw new Error(`BROWSERS names ${unknown.join(', ')}; use one or more of ${Object.keys(ENGINES).join(', ')} (comma-separated).`);
  }
  return [...new Set(names)];
}

/** The files of an engine that are missing on this machine. */
export function missingFiles(engine) {
  return ENGINES[engine].paths.filter((path) => !existsSync(path));
}
