/**
 * demo/secure.html on the real sign-in (`/secure-api`, see test/support/test-api.ts): picking a
 * location narrows the figures and the export to that location's, a token that expires
 * mid-session is replaced through the `authProvider` (the export's request meets it first)
 * without an error showing, and a role outside the seed's four sees
 * the "not allowed" state.
 */
import { expect } from '@open-wc/testing';
import type { MonthlyResponse } from '../../src/data/contract.js';
import '../../src/bundle.js';
import type { FilterBar } from '../../src/elements/filter-bar/filter-bar.js';
import type { DownloadDetail } from '../../src/events/events.js';
import { stateOf } from '../a11y/support.js';
import { shadowText, until } from '../support/helpers.js';

/** `SECURE_TOKEN_SECONDS` of test-api.ts (a node module, not importable here). */
const TOKEN_SECONDS = 2;

interface SecureDemo {
  signIns: string[];
  ready: Promise<void>;
  stop(): void;
}

/** The page's body (its script left out), wired by demo/secure.js to the test's signed-in endpoint. */
async function mountSecureDemo() {
  const source = await (await fetch('/demo/secure.html')).text();
  const page = new DOMParser().parseFromString(source, 'text/html');
  const root = document.createElement('div');
  for (const node of [...page.body.childNodes]) if (!(node instanceof HTMLScriptElement)) root.append(document.importNode(node, true));
  document.body.append(root);
  const context = root.querySelector('filter-context')!;
  context.setAttribute('loading', 'eager');
  const { startSecureDemo } = (await import('/demo/secure.js' as string)) as { startSecureDemo: (o: object) => SecureDemo };
  const role = root.querySelector<HTMLSelectElement>('#role')!;
  const location = root.querySelector<HTMLSelectElement>('#location')!;
  const status = root.querySelector('#sign-in-status')!;
  const demo = startSecureDemo({ context, role, location, status, endpoint: '/secure-api' });
  await demo.ready;
  return { root, demo, role, location, status, kpi: root.querySelector('kpi-card[metric="customers"]')! };
}

/** Customers in the last month for a user of `role` at `location`, asked of the endpoint itself. */
async function customers(role: string, location = ''): Promise<string> {
  const { token } = await (await fetch(`/secure-api/demo/token?role=${role}${location ? `&partnerLocation=${location}` : ''}`)).json();
  const answer: MonthlyResponse = await (
    await fetch('/secure-api/customers/monthly?last=12', { headers: { Authorization: `Bearer ${token}` } })
  ).json();
  return answer.months.at(-1)!.customers.toLocaleString('en');
}

describe('the signed-in demo (demo/secure.html)', () => {
  let mounted: Awaited<ReturnType<typeof mountSecureDemo>>;
  afterEach(() => {
    mounted?.demo.stop();
    mounted?.root.remove();
  });

  it('narrows to the chosen location, and keeps working across token expiry', async function () {
    this.timeout(30000);
    mounted = await mountSecureDemo();
    const { demo, kpi, location, status } = mounted;
    const everyone = await customers('report-viewer');
    await until(() => stateOf(kpi) === 'complete' && shadowText(kpi).includes(everyone), 10000, `every location's ${everyone} customers`);

    const option = location.options[1]!;
    const local = await customers('report-viewer', option.value);
    expect(local).to.not.equal(everyone);
    location.value = option.value;
    location.dispatchEvent(new Event('change'));
    await until(() => stateOf(kpi) === 'complete' && shadowText(kpi).includes(local), 10000, `${option.textContent}'s ${local} customers`);
    expect(status.textContent).to.contain(`for ${option.textContent}`);
    expect(demo.signIns).to.deep.equal(['initial', 'initial']);

    // Wait the token out (no clock tolerance on this endpoint); the export is the first to meet it.
    await new Promise((resolve) => setTimeout(resolve, (TOKEN_SECONDS + 1.2) * 1000));
    const bar = mounted.root.querySelector('filter-bar') as FilterBar;
    let csv = '';
    bar.addEventListener(
      'insights-download',
      async (e) => {
        e.preventDefault();
        csv = await (e as CustomEvent<DownloadDetail>).detail.blob.text();
      },
      { once: true },
    );
    await bar.download();
    expect(demo.signIns).to.deep.equal(['initial', 'initial', 'unauthorized']);
    await until(() => csv, 2000, 'the export');
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    const column = header!.split(',').indexOf('PartnerLocation');
    expect(rows.length).to.be.greaterThan(10);
    expect(new Set(rows.map((row) => row.split(',')[column]))).to.deep.equal(new Set([option.value]), "only the location's rows");

    const context = mounted.root.querySelector('filter-context') as HTMLElement & { range: number };
    context.range = 6;
    // Within the fresh token's life: no second renewal.
    await until(() => stateOf(kpi) === 'complete' && shadowText(kpi).includes('6 months'), 10000, 'the 6-month view');
    expect(shadowText(kpi)).to.contain(local);
    expect(status.textContent).to.match(/[1-9]\d* fresh tokens? after expiry/);
    for (const widget of mounted.root.querySelectorAll('kpi-card, adds-churn-chart, distribution-tabs'))
      expect(stateOf(widget), widget.localName).to.not.equal('error');
  });

  it('a role outside the seed\'s four sees the "not allowed" state', async function () {
    this.timeout(20000);
    mounted = await mountSecureDemo();
    const { kpi, role } = mounted;
    await until(() => stateOf(kpi) === 'complete', 10000, 'signed in');
    role.value = 'guest';
    role.dispatchEvent(new Event('change'));
    await until(() => stateOf(kpi) === 'error', 10000, 'refused');
    expect(shadowText(kpi)).to.contain('403');
  });
});
