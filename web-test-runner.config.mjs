// Component tests in three engines from Debian's packages — Chromium, Firefox ESR (Puppeteer over
// WebDriver BiDi) and WebKitGTK (WebDriver, MiniBrowser under Xvfb) — against the real reference
// endpoint mounted in the dev server (no mocks of the data path). `BROWSERS=firefox` (or a
// comma-separated list) runs some of them only.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { register } from 'tsx/esm/api';
import { CHROME_ARGS, CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH, selectedEngines } from './scripts/browsers.mjs';
import { startWebKitDriver } from './scripts/webkit-driver.mjs';

register();
const { testApiMiddleware } = await import('./test/support/test-api.ts');
const { mediaPlugin } = await import('./test/support/engine-commands.mjs');

/** A launcher under the engine's name, which the runner prints beside each result and failure. */
const named = (name, launcher) => Object.assign(launcher, { name });

/** WebDriver's launcher names itself after `browserName` (MiniBrowser); the engine is WebKit. */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }
}

const launchers = {
  chromium: () =>
    named(
      'Chromium',
      chromeLauncher({
        launchOptions: {
          executablePath: CHROME_PATH,
          headless: true,
          args: [
            ...CHROME_ARGS,
            // Test pages run side by side; a background page must still get frames and timers.
            '--disable-background-timer-throttling',
            '--disable-renderer-backgrounding',
            '--disable-backgrounding-occluded-windows',
          ],
        },
      }),
    ),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        // No run-time media emulation over BiDi: the values of FIXED_MEDIA, set once.
        extraPrefsFirefox: {
          'ui.prefersReducedMotion': 1, // reduce
          'layout.css.prefers-color-scheme.content-override': 1, // light
        },
      },
    }),
  webkit: async () => {
    const { port } = await startWebKitDriver();
    return new WebKitLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Classic WebDriver: WebKitGTK's BiDi is incomplete.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      },
    });
  },
};

const engines = selectedEngines();
const browsers = {};
for (const engine of engines) browsers[engine] = await launchers[engine]();

/**
 * `*.chromium.test.ts`: tests that need a DevTools-protocol command (media features switched at
 * run time: forced colours, colour scheme, reduced motion), which no WebDriver command offers.
 * Each says why in its first comment. They run in Chromium alone, as the `chromium-only` group.
 */
const CHROMIUM_ONLY = 'test/**/*.chromium.test.ts';
// Files named on the command line run in every selected engine (BROWSERS), without the group.
const namedFiles = process.argv.slice(2).some((arg) => !arg.startsWith('-') && /\.test\.[jt]s$|\*/.test(arg));

export default {
  files: ['test/**/*.test.ts', `!${CHROMIUM_ONLY}`],
  nodeResolve: true,
  // One page at a time per browser: a background tab gets no animation frames, which charts and
  // @open-wc's fixture() wait for.
  concurrency: 1,
  // Two engines at a time on a 2-core machine: Chromium beside Firefox, then WebKit (measured in
  // README's "Three browser engines"; all three at once starved WebKit into timeouts).
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  // The runner's page, with one classic script before the framework (see the script's comment).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script src="/test/support/resize-observer-loop.js"></script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [await testApiMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' }), mediaPlugin()],
  browsers: Object.values(browsers),
  groups: browsers.chromium && !namedFiles ? [{ name: 'chromium-only', files: CHROMIUM_ONLY, browsers: [browsers.chromium] }] : [],
};
