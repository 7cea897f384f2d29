// The plain-HTML path: one <script type="module"> of the built bundle, no build step, renders
// every widget on the reference endpoint.
import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';

const TAGS = ['kpi-card', 'adds-churn-chart', 'active-vs-total', 'distribution-trend', 'customer-geo-map', 'distribution-tabs', 'product-sunburst'];

describe('script-tag bundle', () => {
  it('registers every element and renders each widget with data', async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/cdn/insights-widgets.js';
    document.head.append(script);
    await until(() => customElements.get('filter-context') && TAGS.every((t) => customElements.get(t)), 10_000, 'definitions');

    const page = document.createElement('div');
    page.style.width = '1200px';
    page.innerHTML = `<filter-context endpoint="/api" loading="eager">${TAGS.map((t) => `<${t}></${t}>`).join('')}</filter-context>`;
    document.body.append(page);
    const widgets = TAGS.map((t) => page.querySelector(t)!);
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
    // The map's atlas and the chart engine arrived as lazy chunks, not in the bundle itself.
    const files = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(files.filter((p) => p.startsWith('/cdn/chunks/')).length).to.be.greaterThan(0);
    page.remove();
  });
});
