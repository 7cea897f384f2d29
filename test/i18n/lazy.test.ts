/**
 * The strings of a language load only when used: a page in English requests no module of
 * another language; switching to German requests each German module the widget needs once.
 * (Its own test file: a fresh page, so no other test has loaded a language before.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/filter-context/define.js';
import '../../src/elements/kpi-card/define.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import { requestCount, resetRequests, shadowText, until } from '../support/helpers.js';

/** The URLs of this page's requests for a language's modules, with how often each was fetched. */
function languageRequests(language: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of performance.getEntriesByType('resource')) {
    const path = new URL(entry.name).pathname;
    if (path.includes(`/i18n/text/${language}/`)) counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  return counts;
}

describe('i18n: languages load only when used', () => {
  it('an English page requests no other language; German is requested once, when a widget needs it', async () => {
    // The buffer is full of the test page's own modules: start afresh (no language can have loaded
    // yet: nothing has rendered).
    resetRequests();
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/api" locale="en"><kpi-card metric="churned"></kpi-card></filter-context>`,
    );
    const card = ctx.querySelector('kpi-card')!;
    await until(() => shadowText(card).includes('Customers churned'), 8000, 'English kpi');
    // Resource timing entries arrive a little after the response: wait for the data's own.
    await until(() => requestCount('/customers/monthly') > 0, 3000, 'the data request timed');
    for (const language of ['nl', 'de', 'fr']) expect([...languageRequests(language).keys()], language).to.deep.equal([]);

    ctx.locale = 'de-CH';
    // The export menu's words may arrive before the tile's own: wait for both.
    await until(() => shadowText(card).includes('Abgewanderte Kunden') && shadowText(card).includes('Abwanderung'), 8000, 'German kpi');
    await until(() => languageRequests('de').size >= 4, 3000, 'German module requests timed');
    const german = languageRequests('de');
    // kpi and common (the tile), state and error (its states): each module once.
    for (const group of ['kpi', 'common', 'state', 'error']) expect(german.get(`/src/i18n/text/de/${group}.ts`), group).to.equal(1);
    expect(
      [...german.values()].every((n) => n === 1),
      'each German module once',
    ).to.equal(true);

    // Back and forth, and a second German widget: nothing fetched again.
    ctx.locale = 'en';
    await until(() => shadowText(card).includes('Customers churned'), 8000, 'English again');
    ctx.locale = 'de';
    const second = await fixture(html`<kpi-card metric="active" endpoint="/api" locale="de"></kpi-card>`);
    await until(() => shadowText(second).includes('Aktive Kunden') && shadowText(card).includes('Abwanderung'), 8000, 'German again');
    expect(
      [...languageRequests('de').values()].every((n) => n === 1),
      'still once each',
    ).to.equal(true);
    for (const language of ['nl', 'fr']) expect([...languageRequests(language).keys()], language).to.deep.equal([]);
  });
});
