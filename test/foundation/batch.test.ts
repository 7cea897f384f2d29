import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import '../../src/elements/filter-context/define.js';
import '../../src/elements/kpi-card/define.js';
import '../../src/elements/distribution-tabs/define.js';
import { InsightsClient } from '../../src/data/client.js';
import { BreakdownResponseSchema, DimensionsResponseSchema, MonthlyResponseSchema, TrendResponseSchema } from '../../src/data/contract.js';
import { HttpError, InvalidResponseError, TimeoutError } from '../../src/data/errors.js';

/** A client that records the URLs it sends (and the signals they went with). */
function recording(options: ConstructorParameters<typeof InsightsClient>[0] = {}) {
  const sent: { url: string; signal?: AbortSignal | null }[] = [];
  const client = new InsightsClient({
    ...options,
    fetch: (input, init) => {
      sent.push({ url: String(input), signal: init?.signal });
      return fetch(input, init);
    },
  });
  return { client, sent };
}

/** The four resources of a dashboard under `endpoint`, asked in one moment. */
function dashboard(client: InsightsClient, endpoint: string) {
  return Promise.all([
    client.get(`${endpoint}/customers/monthly?last=6&market=NL`, MonthlyResponseSchema),
    client.get(`${endpoint}/customers/breakdown?by=market&last=6`, BreakdownResponseSchema),
    client.get(`${endpoint}/customers/trend?by=market&last=6`, TrendResponseSchema),
    client.get(`${endpoint}/dimensions`, DimensionsResponseSchema),
  ]);
}

describe('InsightsClient with batch', () => {
  it('sends the requests of one moment as one, and each caller gets its own answer', async () => {
    const { client, sent } = recording({ batch: true });
    const batched = await dashboard(client, '/api');
    expect(sent.map((s) => s.url)).to.have.length(1);
    const batch = new URL(sent[0]!.url, location.href);
    expect(batch.pathname).to.equal('/api/batch');
    expect(batch.searchParams.getAll('r')).to.deep.equal([
      '/customers/monthly?last=6&market=NL',
      '/customers/breakdown?by=market&last=6',
      '/customers/trend?by=market&last=6',
      '/dimensions',
    ]);
    // The same answers as asked one by one.
    const alone = await dashboard(new InsightsClient(), '/api');
    expect(batched).to.deep.equal(alone);
    expect(batched[0].months).to.have.length(6);
    expect(client.dataInfo).to.deep.equal(alone[3].data);
    // Cached per URL: asking again sends nothing.
    await dashboard(client, '/api');
    expect(sent).to.have.length(1);
  });

  it('sends a lone request alone, and revalidates an answer seen before alone', async () => {
    const { client, sent } = recording({ batch: true });
    await client.get('/api/customers/monthly?last=3', MonthlyResponseSchema);
    expect(sent.map((s) => new URL(s.url, location.href).pathname)).to.deep.equal(['/api/customers/monthly']);
    await client.revalidate('/api/customers/monthly?last=3', MonthlyResponseSchema);
    expect(sent).to.have.length(2);
  });

  it('gives a refused part its own error while the other parts answer', async () => {
    const { client, sent } = recording({ batch: true });
    const [bad, good] = await Promise.all([
      client.get('/api/customers/monthly?from=2026-13', MonthlyResponseSchema).catch((e: unknown) => e),
      client.get('/api/customers/monthly?last=2', MonthlyResponseSchema),
    ]);
    expect(sent).to.have.length(1);
    expect(bad).to.be.instanceOf(HttpError);
    expect((bad as HttpError).status).to.equal(400);
    expect((bad as HttpError).problem?.parameter).to.equal('from');
    expect(good.months).to.have.length(2);
  });

  it('asks an endpoint without the route one by one, from its first refusal on', async () => {
    const warned: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      const { client, sent } = recording({ batch: true });
      const endpoint = '/fixtures/geo-200';
      const urls = [`${endpoint}/customers/breakdown?by=market&last=12`, `${endpoint}/customers/breakdown?by=market&last=6`];
      const first = await Promise.all(urls.map((url) => client.get(url, BreakdownResponseSchema).catch((e: unknown) => e)));
      expect(new URL(sent[0]!.url, location.href).pathname).to.equal(`${endpoint}/batch`);
      expect(sent.slice(1).map((s) => s.url)).to.have.members(urls);
      // The fixture answers by=market whatever the range: both are the real fixture, not an error.
      expect((first[0] as { rows: unknown[] }).rows).to.have.length.above(100);
      expect(warned.join('\n')).to.contain(`${endpoint}/batch answered 404`);
      client.invalidate();
      sent.length = 0;
      await Promise.all(urls.map((url) => client.get(url, BreakdownResponseSchema)));
      expect(sent.map((s) => s.url)).to.have.members(urls);
      expect(warned).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('falls back to one request each when the batch answer is not one', async () => {
    const { client, sent } = recording({ batch: true });
    const errors = await Promise.all(
      ['/not-json/api/customers/monthly?last=2', '/not-json/api/customers/monthly?last=3'].map((url) =>
        client.get(url, MonthlyResponseSchema).catch((e: unknown) => e),
      ),
    );
    expect(sent).to.have.length(3);
    for (const error of errors) {
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).reason).to.equal('not-json');
    }
  });

  it('withdraws the batch only when every caller has left, and times out a hung one', async () => {
    const { client, sent } = recording({ batch: true });
    const a = new AbortController();
    const b = new AbortController();
    const both = Promise.all([
      client.get('/delay/300/api/customers/monthly?last=8', MonthlyResponseSchema, a.signal).catch((e: unknown) => e),
      client.get('/delay/300/api/customers/monthly?last=9', MonthlyResponseSchema, b.signal),
    ]);
    await Promise.resolve();
    a.abort();
    const [aborted, answered] = await both;
    expect((aborted as Error).name).to.equal('AbortError');
    expect(answered.months).to.have.length(9);
    expect(sent[0]!.signal?.aborted).to.equal(false);

    const c = new AbortController();
    const d = new AbortController();
    const withdrawn = Promise.all(
      ['last=10', 'last=11'].map((q, i) =>
        client.get(`/delay/300/api/customers/monthly?${q}`, MonthlyResponseSchema, [c, d][i]!.signal).catch((e: unknown) => e),
      ),
    );
    await Promise.resolve();
    c.abort();
    d.abort();
    await withdrawn;
    expect(sent).to.have.length(2);
    expect(sent[1]!.signal?.aborted).to.equal(true);

    const hung = new InsightsClient({ batch: true, timeout: 300 });
    const timedOut = await Promise.all(
      ['/hang/api/customers/monthly?last=2', '/hang/api/customers/monthly?last=3'].map((url) =>
        hung.get(url, MonthlyResponseSchema).catch((e: unknown) => e),
      ),
    );
    for (const error of timedOut) expect(error).to.be.instanceOf(TimeoutError);
  });

  it('signs in again after a batch refused for its token, then asks alone', async () => {
    const reasons: string[] = [];
    const { client, sent } = recording({
      batch: true,
      authProvider: async ({ reason }) => {
        reasons.push(reason);
        return { Authorization: reason === 'initial' ? 'Bearer stale' : 'Bearer fresh' };
      },
    });
    const answers = await Promise.all(
      ['last=2', 'last=3'].map((q) => client.get(`/auth/fresh/customers/monthly?${q}`, MonthlyResponseSchema)),
    );
    expect(answers.map((a) => a.months.length)).to.deep.equal([2, 3]);
    expect(reasons).to.deep.equal(['initial', 'unauthorized']);
    expect(new URL(sent[0]!.url, location.href).pathname).to.equal('/auth/fresh/batch');
    expect(sent.slice(1).map((s) => new URL(s.url, location.href).pathname)).to.deep.equal([
      '/auth/fresh/customers/monthly',
      '/auth/fresh/customers/monthly',
    ]);
  });

  it("sends a context's first batch before its widgets first render", async () => {
    const rendered: boolean[][] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (String(input).includes('/batch?')) {
        rendered.push([...document.querySelectorAll('#first-batch > *')].map((el) => (el as LitElement).hasUpdated));
      }
      return original(input, init);
    };
    try {
      await fixture(
        html`<filter-context id="first-batch" endpoint="/api" range="6" loading="eager" batch>
          <kpi-card metric="customers"></kpi-card>
          <distribution-tabs></distribution-tabs>
        </filter-context>`,
      );
      await waitUntil(() => rendered.length > 0, 'no batch sent');
      // One request for both widgets, sent while neither had drawn anything yet.
      expect(rendered).to.deep.equal([[false, false]]);
    } finally {
      window.fetch = original;
    }
  });

  it("leaves a nested context on its parent's client: the parent's headers and batch", async () => {
    const sent: { url: string; trace: string | null }[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      sent.push({ url: String(input), trace: new Headers(init?.headers).get('X-Trace') });
      return original(input, init);
    };
    try {
      const outer = await fixture<FilterContext>(
        html`<filter-context endpoint="/api" range="6" loading="eager" batch .headers=${{ 'X-Trace': 'outer' }}>
          <filter-context batch market="NL">
            <kpi-card metric="customers"></kpi-card>
            <distribution-tabs></distribution-tabs>
          </filter-context>
        </filter-context>`,
      );
      const inner = outer.querySelector('filter-context') as FilterContext;
      await waitUntil(() => sent.some((s) => s.url.includes('market%3DNL')), 'no request of the inner context');
      expect(inner.value.client).to.equal(outer.value.client);
      expect(sent.map((s) => s.trace)).to.deep.equal(sent.map(() => 'outer'));
    } finally {
      window.fetch = original;
    }
  });
});
