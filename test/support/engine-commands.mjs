// The `media` test command (test/support/media.ts) in each engine. Chromium emulates media
// features through the DevTools protocol (`Emulation.setEmulatedMedia`; Puppeteer's own
// `emulateMediaFeatures` refuses `forced-colors`). Firefox and WebKit have no run-time media
// emulation in WebDriver (classic or BiDi): their values are fixed at launch (`FIXED_MEDIA`),
// and asking them for another value is an error that says so.

/** What Firefox and WebKit are launched with (see web-test-runner.config.mjs): charts draw without animation. */
export const FIXED_MEDIA = { 'prefers-reduced-motion': 'reduce', 'prefers-color-scheme': 'light', 'forced-colors': 'none' };

/** Each feature's value when nothing is emulated: in Chromium what a `media` command leaves unnamed
 * falls back to it; Firefox and WebKit keep `FIXED_MEDIA`. */
const NATURAL = { 'prefers-reduced-motion': 'no-preference', 'prefers-color-scheme': 'light', 'forced-colors': 'none' };

export function mediaPlugin() {
  // One CDP session per page: an emulation lasts as long as the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media') return undefined;
      const features = payload ?? {};
      const unknown = Object.keys(features).filter((name) => !(name in NATURAL));
      if (unknown.length) throw new Error(`media: unknown feature ${unknown.join(', ')}; known: ${Object.keys(NATURAL).join(', ')}`);
      const engine = session.browser.name;
      if (engine === 'Chromium') {
        const page = session.browser.getPage(session.id);
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        // Every feature at once: one not named goes back to its natural value.
        const list = Object.entries(features).map(([name, value]) => ({ name, value: String(value) }));
        await sessions.get(page).send('Emulation.setEmulatedMedia', { features: list });
        return true;
      }
      const refused = Object.entries(features).filter(([name, value]) => FIXED_MEDIA[name] !== value);
      if (refused.length) {
        const [name, value] = refused[0];
        throw new Error(
          `${engine} cannot emulate ${name}: ${value} (no WebDriver command switches media features; ` +
            `this engine runs with ${name}: ${FIXED_MEDIA[name]}). A test that needs it belongs to the Chromium-only group.`,
        );
      }
      return true;
    },
  };
}
