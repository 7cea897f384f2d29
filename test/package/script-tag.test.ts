// The plain-HTML path: one <script type="module"> of the built bundle, no build step, renders
// every widget on the reference endpoint.
import { expect } from '@open-wc/testing';
import { until, WIDGET_TAGS } from '../support/helpers.js';

describe('script-tag bundle', () => {
  it('registers every element and renders each widget with data', async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/cdn/insights-widgets.js';
    document.head.append(script);
    await until(() => customElements.get('filter-context') && WIDGET_TAGS.every((t) => customElements.get(t)), 10_000, 'definitions');

    const page = document.createElement('div');
    page.style.width = '1200px';
    page.innerHTML = `<filter-context endpoint="/api" loading="eager">${WIDGET_TAGS.map((t) => `<${t}></${t}>`).join('')}</filter-context>`;
    document.body.append(page);
    const widgets = WIDGET_TAGS.map((t) => page.querySelector(t)!);
    // Each widget leaves its loading state for content that is neither an error nor empty.
    const settled = (el: Element) => {
      const root = el.shadowRoot;
      return root && !root.querySelector('[part~="skeleton"]') && root.textContent!.trim().length > 0;
    };
    await until(() => widgets.every(settled), 20_000, 'every widget to render');
    for (const el of widgets) {
      expect(el.shadowRoot!.querySelector('[part~="error"]'), el.localName).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="empty"]'), el.localName).to.equal(null);
    }
    // The map's atlas arrived as its own lazy chunk (the build's preload.json names it among the
    // lazy ones, not the entry's), once the map asked for it; so did every other lazy chunk loaded.
    const files = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    const preload = (await (await fetch('/cdn/preload.json')).json()) as { entry: string[]; lazy: Record<string, string[]> };
    const atlas = preload.lazy['countries-110m']?.[0];
    expect(atlas, 'the atlas is a lazy chunk').to.be.a('string');
    expect(preload.entry).to.not.include(atlas);
    expect(files, 'the atlas chunk was loaded').to.include(`/cdn/${atlas}`);
    const lazy = new Set(
      Object.values(preload.lazy)
        .flat()
        .map((f) => `/cdn/${f}`),
    );
    const entry = new Set(preload.entry.map((f) => `/cdn/${f}`));
    for (const file of files.filter((p) => lazy.has(p))) expect(entry.has(file), file).to.equal(false);
    page.remove();
  });
});
