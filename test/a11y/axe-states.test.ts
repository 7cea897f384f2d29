/**
 * axe-core on every widget in every state (loading, loaded, empty, error), in the light and dark
 * theme (the `theme` attribute): zero violations. One page per element: its eight instances
 * (4 states × 2 themes) are checked together. The same pages in forced colours: forced-colors.chromium.test.ts.
 */
import { expect } from '@open-wc/testing';
import { emulateFeatures } from './support.js';
import { AXE, WIDGETS, renderFilterBars, renderStates } from './states-page.js';

describe('axe: every widget × state × theme', () => {
  before(() => emulateFeatures());

  for (const { tag, attributes } of WIDGETS) {
    it(`${tag}${attributes ? ` ${attributes}` : ''}: loading, loaded, empty, error; light and dark`, async function () {
      this.timeout(30_000); // eight widgets and axe over them: slow in WebKit on a loaded machine
      const page = await renderStates(tag, attributes);
      await expect(page).to.be.accessible(AXE);
    });
  }

  it('filter-bar in a filter-context: loaded and error, light and dark', async () => {
    await expect(await renderFilterBars()).to.be.accessible(AXE);
  });
});
