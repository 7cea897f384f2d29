// Runs against the npm build (`dist/`, made by `npm run build` before the tests; its bare `lit`
// imports resolved by the test runner as a host's bundler would):
// one element's entry defines that element alone and loads no atlas.
import { expect } from '@open-wc/testing';

const loaded = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('package entry per element', () => {
  it('kpi-card defines kpi-card only, without the atlas', async () => {
    await import(/* @vite-ignore */ '/dist/elements/kpi-card.js' as string);
    expect(customElements.get('kpi-card')).to.exist;
    for (const other of ['adds-churn-chart', 'active-vs-total', 'distribution-trend', 'customer-geo-map', 'product-sunburst', 'distribution-tabs', 'filter-context']) {
      expect(customElements.get(other), other).to.equal(undefined);
    }
    const files = loaded().filter((p) => p.startsWith('/dist/'));
    expect(files.some((p) => /countries|world/i.test(p)), files.join(', ')).to.equal(false);
  });

  it('defining an element twice (two copies of the kit) does not throw', async () => {
    const stamp = Date.now();
    await import(/* @vite-ignore */ (`/dist/elements/kpi-card.js?copy=${stamp}`) as string);
    expect(customElements.get('kpi-card')).to.exist;
  });
});
