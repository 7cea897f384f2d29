// Debian's Chromium, as every tool of the kit launches it (story tests, benches); the three
// engines of the component tests are described in browsers.mjs.
export { CHROME_ARGS, CHROME_PATH } from './browsers.mjs';
