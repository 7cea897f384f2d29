/**
 * filter-bar signed in to an endpoint that locks the user to part of the data (`/secure-api`, the
 * real sign-in with `insights_scope`): the scope shows as locked chips that cannot be removed
 * and survive Reset, the member lists offer only the scoped values, the tiles show the scoped
 * figures, Dutch words, and a role outside the four sees "not allowed".
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/elements/filter-bar/define.js';
import '../../src/elements/filter-context/define.js';
import '../../src/elements/kpi-card/define.js';
import type { DimensionsResponse, MonthlyResponse } from '../../src/data/contract.js';
import type { FilterBar } from '../../src/elements/filter-bar/filter-bar.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import { shadowText, until } from '../support/helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** A token of the test endpoint for `role`, locked to `locations`. */
async function token(role: string, locations: string[] = []): Promise<string> {
  const params = new URLSearchParams({ role });
  for (const location of locations) params.append('partnerLocation', location);
  return (await (await fetch(`/secure-api/demo/token?${params}`)).json()).token;
}

async function signedIn<T>(path: string, bearer: string): Promise<T> {
  return (await fetch(`/secure-api${path}`, { headers: { Authorization: `Bearer ${bearer}` } })).json();
}

/** A context signed in as `role` at `locations`, with the bar and a tile; resolves once the bar has loaded (or failed). */
async function dashboard(role: string, locations: string[] = [], locale = 'en') {
  const ctx = await fixture<FilterContext>(
    `<filter-context locale="${locale}"><filter-bar></filter-bar><kpi-card metric="customers"></kpi-card></filter-context>`,
  );
  // Tokens expire in seconds on this endpoint: the provider signs anew when asked.
  ctx.authProvider = async () => ({ Authorization: `Bearer ${await token(role, locations)}` });
  ctx.endpoint = '/secure-api';
  const bar = ctx.querySelector('filter-bar') as FilterBar;
  await until(() => $(bar, '[part~="filter"], [part~="error"]'), 8000, 'the filter buttons');
  return { ctx, bar, tile: ctx.querySelector('kpi-card')! };
}

describe('filter-bar: a scope from the sign-in', () => {
  let locations: NonNullable<DimensionsResponse['dimensions']['partnerLocation']>;
  before(async () => {
    locations = (await signedIn<DimensionsResponse>('/dimensions', await token('global-admin'))).dimensions.partnerLocation!;
  });

  it('shows the scope as locked chips, offers only scoped members, and keeps the lock on Reset', async () => {
    const [mine, other] = [locations[0]!, locations[1]!];
    const bearer = await token('report-viewer', [mine.key]);
    const { ctx, bar, tile } = await dashboard('report-viewer', [mine.key]);
    const locked = () => $$(bar, '[part~="locked-chip"]');
    await until(() => locked().length === 1, 8000, 'the locked chip');
    const chip = locked()[0]!;
    expect(chip.localName).to.equal('span', 'not a button: nothing to press');
    expect(chip.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Partner location: ${mine.label}, locked by your sign-in`);
    expect(chip.querySelector('.sr-only')!.textContent).to.equal(', locked by your sign-in');
    expect(chip.title).to.contain('cannot be removed');
    expect($$(bar, 'button[part~="chip"]')).to.have.length(0, 'no removable chip');

    $(bar, '#toggle-partnerLocation')!.click();
    await bar.updateComplete;
    const keys = [...$(bar, '#panel-partnerLocation')!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map(
      (c) => c.dataset.key,
    );
    expect(keys).to.deep.equal([mine.key], 'only the scoped location is offered');

    const scoped = await signedIn<MonthlyResponse>('/customers/monthly?last=12', bearer);
    const expected = scoped.months.at(-1)!.customers.toLocaleString('en');
    await until(() => shadowText(tile).includes(expected), 8000, `the scoped ${expected} customers`);

    // A filter of the user's own, then Reset: the user's goes, the lock stays.
    ctx.filters = { product: [scoped.products![0]!.key] };
    await until(() => $$(bar, 'button[part~="chip"]').length === 1, 8000, 'the product chip');
    $(bar, '[part~="reset"]')!.click();
    await until(() => $$(bar, 'button[part~="chip"]').length === 0, 8000, 'reset');
    expect(locked()).to.have.length(1);
    expect(locked()[0]!.textContent).to.contain(mine.label);
    expect(other.key).to.not.equal(mine.key);
  });

  it('without a scope there is no locked chip', async () => {
    const { bar } = await dashboard('global-admin');
    await until(() => $(bar, '[part~="filter"]'), 8000, 'loaded');
    expect($$(bar, '[part~="locked-chip"]')).to.have.length(0);
  });

  it('says it in Dutch', async () => {
    const { bar } = await dashboard('report-viewer', [locations[0]!.key], 'nl');
    await until(() => $$(bar, '[part~="locked-chip"]').length === 1 && shadowText(bar).includes('vergrendeld'), 8000, 'the Dutch lock');
    expect($(bar, '[part~="locked-chip"]')!.textContent).to.contain('Partnerlocatie:');
  });

  it('a role outside the four: the "not allowed" state', async () => {
    const { bar } = await dashboard('guest');
    await until(() => $(bar, '[part~="error"]'), 8000, 'the error');
    expect(shadowText(bar)).to.contain('403');
  });
});
