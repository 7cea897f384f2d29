/**
 * Every widget in a `filter-context locale="nl"`: Dutch title, empty and error states, Retry;
 * and back to English when the context's locale changes (charts update in place).
 */
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../src/elements/filter-context/define.js';
import '../../src/bundle.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import type { ChartController } from '../../src/charts/chart-controller.js';
import { shadowText, until } from '../support/helpers.js';

interface Case {
  tag: string;
  /** Dutch text the loaded widget shows (title first). */
  nl: string[];
  /** The same in English after switching back. */
  en: string[];
  /** Attributes (selector, name, nl, en) that follow the locale too. */
  attrs?: [string, string, string, string][];
  /** Has an ApexCharts chart whose series names follow the locale. */
  series?: { nl: string[]; en: string[] };
}

const CASES: Case[] = [
  {
    tag: 'kpi-card',
    nl: ['Klanten', 'in 12 maanden'],
    en: ['Customers', 'over 12 months'],
    attrs: [['[part="base"]', 'aria-label', 'Klanten: ', 'Customers: ']],
  },
  {
    tag: 'active-vs-total',
    nl: ['Actieve klanten', 'Totaal aantal klanten', 'Maand'],
    en: ['Active customers', 'Total customers', 'Month'],
    attrs: [['[part="chart"]', 'aria-label', 'tegenover het totaal aantal klanten', 'against total customers']],
    series: { nl: ['Actieve klanten', 'Totaal aantal klanten'], en: ['Active customers', 'Total customers'] },
  },
  {
    tag: 'adds-churn-chart',
    nl: ['Klanttoevoegingen en -verloop', 'Nieuw', 'Bestaand', 'Verloren'],
    en: ['Customer adds and churns', 'New', 'Existing', 'Churned'],
    attrs: [['[part="zoom"]', 'aria-label', 'Weergegeven maanden', 'Months shown']],
    series: { nl: ['Bestaand', 'Nieuw', 'Verloren'], en: ['Existing', 'New', 'Churned'] },
  },
  {
    tag: 'distribution-trend',
    nl: ['Trend klantendistributie', 'Markt', 'Partnerlocatie', 'Overige (', 'Verenigde Staten'],
    en: ['Customer distribution trend', 'Market', 'Partner location', 'Other (', 'United States'],
    attrs: [['[part="tabs"]', 'aria-label', 'Uitsplitsen naar', 'Break down by']],
  },
  {
    tag: 'distribution-tabs',
    nl: ['Klantendistributie', 'Partnerlocatie', 'Verkoopkanaal', 'Toeschrijvingstype', 'klanten,'],
    en: ['Customer distribution', 'Partner location', 'Sales channel', 'Attribution type', 'customers,'],
    attrs: [['[part="legend"]', 'aria-label', 'Leden weergeven of verbergen', 'Show or hide members']],
  },
  {
    tag: 'product-sunburst',
    nl: ['Klanten per product', 'Producten', 'telt mee bij elk product'],
    en: ['Customers by product', 'Products', 'counts under each product'],
    attrs: [['[part="chart"]', 'aria-label', 'Producten', 'Products']],
  },
  {
    tag: 'customer-geo-map',
    nl: ['Geografische spreiding', 'Land', 'Toegevoegd', 'Geen gegevens'],
    en: ['Geographical spread', 'Country', 'Added', 'No data'],
    attrs: [
      ['[part="search"]', 'placeholder', 'Zoek landen', 'Search countries'],
      ['[part="table"]', 'aria-label', 'Klanten per land', 'Customers by country'],
    ],
  },
];

async function mount(tag: string, endpoint: string, locale = 'nl') {
  const t = unsafeStatic(tag);
  const ctx = await fixture<FilterContext>(
    html`<filter-context endpoint=${endpoint} locale=${locale}><${t} style="width:800px"></${t}></filter-context>`,
  );
  return { ctx, el: ctx.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> } };
}

const has = (el: Element, texts: string[]) => texts.every((s) => shadowText(el).includes(s));
const attr = (el: Element, selector: string, name: string) =>
  el.shadowRoot!.querySelector(selector)?.getAttribute(name) ?? '';
const chartOf = (el: Element) => (el as unknown as { chart?: ChartController }).chart;
const seriesNames = (el: Element) =>
  ((chartOf(el)?.instance as unknown as { w?: { globals?: { seriesNames?: string[] } } })?.w?.globals?.seriesNames ?? []).slice();

describe('i18n: widgets in a Dutch filter-context', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const c of CASES) {
    describe(c.tag, () => {
      it('shows its text in Dutch, and in English once the context switches to en', async () => {
        const { ctx, el } = await mount(c.tag, '/api');
        await until(() => has(el, c.nl), 8000, `${c.tag} in Dutch`);
        for (const [selector, name, nl] of c.attrs ?? []) expect(attr(el, selector, name), `${selector} ${name}`).to.contain(nl);
        let chart: unknown;
        if (c.series) {
          await until(() => seriesNames(el).length > 0, 8000, 'chart drawn');
          await (el as unknown as { chartComplete: Promise<void> }).chartComplete;
          expect(seriesNames(el)).to.deep.equal(c.series.nl);
          chart = chartOf(el)!.instance;
        }
        expect(shadowText(el)).to.not.contain(c.en[0]);

        ctx.locale = 'en';
        await until(() => has(el, c.en), 8000, `${c.tag} in English`);
        for (const [selector, name, , en] of c.attrs ?? []) expect(attr(el, selector, name), `${selector} ${name}`).to.contain(en);
        for (const nl of c.nl) expect(shadowText(el), nl).to.not.contain(nl);
        if (c.series) {
          await (el as unknown as { chartComplete: Promise<void> }).chartComplete;
          await until(() => String(seriesNames(el)) === String(c.series!.en), 5000, 'English series names');
          // Updated in place, not rebuilt.
          expect(chartOf(el)!.instance).to.equal(chart);
        }

        ctx.locale = 'nl-BE';
        await until(() => has(el, c.nl), 8000, `${c.tag} in Dutch again`);
      });

      it('shows the empty state in Dutch', async () => {
        const { el } = await mount(c.tag, '/empty-api');
        await until(() => el.shadowRoot!.querySelector('[part="empty"]'), 8000, 'empty state');
        expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('Geen klanten in deze periode.');
        expect(shadowText(el)).to.contain(c.nl[0]);
      });

      it('shows the error state in Dutch with "Opnieuw proberen", and in English after the switch', async () => {
        const { ctx, el } = await mount(c.tag, '/status/500');
        await until(() => el.shadowRoot!.querySelector('[part="retry"]'), 8000, 'error state');
        const error = () => el.shadowRoot!.querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ');
        expect(error()).to.contain('Kon de gegevens niet laden.');
        expect(error()).to.contain('Het eindpunt antwoordde met 500: Fixture status 500');
        expect(el.shadowRoot!.querySelector('[part="retry"]')!.textContent!.trim()).to.equal('Opnieuw proberen');
        ctx.locale = 'en';
        await until(() => el.shadowRoot!.querySelector('[part="retry"]')?.textContent!.trim() === 'Retry', 8000, 'Retry');
        expect(error()).to.contain("Couldn't load the data.");
        expect(error()).to.contain('The endpoint answered 500');
      });
    });
  }

  it('a widget outside a context follows its own locale attribute', async () => {
    const el = await fixture<HTMLElement & { locale: string }>(
      html`<kpi-card metric="churned" endpoint="/api" locale="nl-NL"></kpi-card>`,
    );
    await until(() => has(el, ['Verloren klanten', 'Verloop']), 8000, 'Dutch kpi');
    el.locale = 'en';
    await until(() => has(el, ['Customers churned', 'Churn']), 8000, 'English kpi');
  });
});
