import { expect } from '@open-wc/testing';
import { InsightsClient } from '../../src/data/client.js';
import { MonthlyResponseSchema } from '../../src/data/contract.js';
import { HttpError, InvalidResponseError, NetworkError } from '../../src/data/errors.js';
import { resetRequests, settledRequestCount } from '../support/helpers.js';

describe('InsightsClient', () => {
  beforeEach(() => resetRequests());

  it('makes one request for concurrent and later asks of one URL, and validates the answer', async () => {
    const client = new InsightsClient();
    const url = '/delay/100/api/customers/monthly?last=4';
    const answers = await Promise.all([1, 2, 3].map(() => client.get(url, MonthlyResponseSchema)));
    expect(answers[0]).to.equal(answers[2]);
    expect(answers[0].months).to.have.length(4);
    await client.get(url, MonthlyResponseSchema);
    expect(await settledRequestCount('last=4')).to.equal(1);
  });

  it('keeps a shared request alive while one caller still waits, and aborts it when none do', async () => {
    const client = new InsightsClient();
    const url = '/delay/300/api/customers/monthly?last=5';
    const a = new AbortController();
    const first = client.get(url, MonthlyResponseSchema, a.signal);
    const second = client.get(url, MonthlyResponseSchema, new AbortController().signal);
    a.abort();
    expect((await first.catch((e) => e)).name).to.equal('AbortError');
    expect((await second).months).to.have.length(5);

    // Counted where the client sends (an aborted request may still reach the server later).
    let sent = 0;
    const counting = new InsightsClient({ fetch: (input, init) => (sent++, fetch(input, init)) });
    const c = new AbortController();
    const lone = counting.get('/delay/300/api/customers/monthly?last=7', MonthlyResponseSchema, c.signal);
    c.abort();
    expect((await lone.catch((e) => e)).name).to.equal('AbortError');
    // Aborted before the answer: nothing cached, the next ask goes to the network again.
    expect(sent).to.equal(1);
    expect((await counting.get('/delay/300/api/customers/monthly?last=7', MonthlyResponseSchema)).months).to.have.length(7);
    expect(sent).to.equal(2);
  });

  it('sends the configured headers', async () => {
    let seen: Headers | undefined;
    const client = new InsightsClient({
      headers: { Authorization: 'Bearer t0k3n' },
      fetch: (input, init) => {
        seen = new Headers(init?.headers);
        return fetch(input, init);
      },
    });
    await client.get('/api/customers/monthly?last=2', MonthlyResponseSchema);
    expect(seen!.get('Authorization')).to.equal('Bearer t0k3n');
  });

  it('types its failures and does not cache them', async () => {
    const client = new InsightsClient();
    const bad = await client.get('/api/customers/monthly?from=2026-13', MonthlyResponseSchema).catch((e) => e);
    expect(bad).to.be.instanceOf(HttpError);
    expect(bad.status).to.equal(400);
    expect(bad.problem.parameter).to.equal('from');
    expect(bad.message).to.contain('2026-13');
    const invalid = await client.get('/fixtures/invalid-monthly/customers/monthly', MonthlyResponseSchema).catch((e) => e);
    expect(invalid).to.be.instanceOf(InvalidResponseError);
    const down = await client.get('http://127.0.0.1:9/customers/monthly', MonthlyResponseSchema).catch((e) => e);
    expect(down).to.be.instanceOf(NetworkError);
    await client.get('/api/customers/monthly?from=2026-13', MonthlyResponseSchema).catch(() => {});
    expect(await settledRequestCount('from=2026-13', 2)).to.equal(2);
  });
});
