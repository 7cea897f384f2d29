// Runs against the npm build (`dist/`, made by `npm run build` before the tests; its bare `lit`
// imports resolved by the test runner as a host's bundler would):
// one element's entry defines that element alone and loads no atlas.
import { expect } from '@open-wc/testing';

const loaded = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('package entry per element', () => {
  it('kpi-card defines kpi-card only, without the atlas', async () => {
    await import(/* @vite-ignore */ '/dist/elements/kpi-card.js' as string);
    expect(customElements.get('kpi-card')).to.exist;
    for (const other of [
      'adds-churn-chart',
      'active-vs-total',
      'distribution-trend',
      'customer-geo-map',
      'product-sunburst',
      'distribution-tabs',
      'filter-context',
    ]) {
      expect(customElements.get(other), other).to.equal(undefined);
    }
    const files = loaded().filter((p) => p.startsWith('/dist/'));
    expect(
      files.some((p) => /countries|world/i.test(p)),
      files.join(', '),
    ).to.equal(false);
  });

  it('defining an element twice (two copies of the kit) does not throw, and the first stays', async () => {
    await import(/* @vite-ignore */ '/dist/elements/kpi-card.js' as string);
    const first = customElements.get('kpi-card');
    expect(first).to.exist;
    // A second copy of the code that defines kpi-card: the entry's define chunk evaluated again
    // (a query string makes it a new module; importing the entry again would run nothing).
    const entry = await (await fetch('/dist/elements/kpi-card.js')).text();
    const chunk = /["']([^"']*chunks\/define-[^"'?]+\.js)/.exec(entry)?.[1];
    expect(chunk, `the entry imports its define chunk: ${entry.slice(0, 300)}`).to.be.a('string');
    const asked: string[] = [];
    const get = customElements.get;
    customElements.get = function (this: CustomElementRegistry, name: string) {
      asked.push(name);
      return get.call(this, name);
    };
    try {
      await import(/* @vite-ignore */ new URL(`${chunk}?copy=${Date.now()}`, new URL('/dist/elements/', location.href)).href);
    } finally {
      customElements.get = get;
    }
    expect(asked, 'the second copy ran and looked before defining').to.include('kpi-card');
    expect(customElements.get('kpi-card')).to.equal(first);
  });
});
