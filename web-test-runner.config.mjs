// Component tests in Debian's Chromium, one browser for every file, against the real
// reference endpoint mounted in the dev server (no mocks of the data path).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { register } from 'tsx/esm/api';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';

register();
const { testApiMiddleware } = await import('./test/support/test-api.ts');

/**
 * `executeServerCommand('emulate-media-features', { 'forced-colors': 'active', … })`: media
 * features through the DevTools protocol, since Puppeteer's `emulateMediaFeatures` (behind
 * `emulateMedia`) refuses `forced-colors`. It sets every feature at once: name them all.
 */
function forcedColorsPlugin() {
  // One session per page: an emulation lasts as long as the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const cdp = sessions.get(page);
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames, which charts and
  // @open-wc's fixture() wait for. One browser serves every file.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [await testApiMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' }), forcedColorsPlugin()],
  browsers: [
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
  ],
};
