/**
 * Every widget in a `filter-context` in Dutch, German and French: title, words, numbers and
 * months, empty and error states, Retry; and back to English when the context's locale changes
 * (charts update in place).
 */
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, restoreMedia } from '../support/media.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../src/elements/filter-context/define.js';
import '../../src/bundle.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import { shadowText, until } from '../support/helpers.js';

type Language = 'nl' | 'de' | 'fr';
const LANGUAGES: Language[] = ['nl', 'de', 'fr'];

interface Case {
  tag: string;
  /** Text the loaded widget shows in each language (title first). */
  text: Record<Language | 'en', string[]>;
  /** Attributes (selector, name, text per language) that follow the locale too. */
  attrs?: [string, string, Record<Language | 'en', string>][];
  /** Shows percentages; shows long month names (its screen-reader table). */
  percent?: boolean;
  months?: boolean;
}

const CASES: Case[] = [
  {
    tag: 'kpi-card',
    text: {
      nl: ['Klanten', 'in 12 maanden'],
      de: ['Kunden', 'in 12 Monaten'],
      fr: ['Clients', 'sur 12 mois'],
      en: ['Customers', 'over 12 months'],
    },
    attrs: [['[part="base"]', 'aria-label', { nl: 'Klanten: ', de: 'Kunden: ', fr: 'Clients\u00a0: ', en: 'Customers: ' }]],
    percent: true,
  },
  {
    tag: 'active-vs-total',
    text: {
      nl: ['Actieve klanten', 'Totaal aantal klanten', 'Maand'],
      de: ['Aktive Kunden', 'Kunden gesamt', 'Monat'],
      fr: ['Clients actifs', 'Total des clients', 'Mois'],
      en: ['Active customers', 'Total customers', 'Month'],
    },
    attrs: [
      [
        '[part="chart"]',
        'aria-label',
        {
          nl: 'tegenover het totaal aantal klanten',
          de: 'im Verhältnis zu allen Kunden',
          fr: 'par rapport au total des clients',
          en: 'against total customers',
        },
      ],
    ],
    months: true,
  },
  {
    tag: 'adds-churn-chart',
    text: {
      nl: ['Klanttoevoegingen en -verloop', 'Nieuw', 'Bestaand', 'Verloren'],
      de: ['Zu- und Abgänge von Kunden', 'Neu', 'Bestand', 'Abgewandert'],
      fr: ['Clients gagnés et perdus', 'Nouveaux', 'Existants', 'Perdus'],
      en: ['Customer adds and churns', 'New', 'Existing', 'Churned'],
    },
    attrs: [
      ['[part="zoom"]', 'aria-label', { nl: 'Weergegeven maanden', de: 'Angezeigte Monate', fr: 'Mois affichés', en: 'Months shown' }],
    ],
    months: true,
  },
  {
    tag: 'distribution-trend',
    text: {
      nl: ['Trend klantendistributie', 'Markt', 'Partnerlocatie', 'Overige (', 'Verenigde Staten'],
      de: ['Entwicklung der Kundenverteilung', 'Markt', 'Partnerstandort', 'Sonstige (', 'Vereinigte Staaten'],
      fr: ['Évolution de la répartition des clients', 'Marché', 'Site partenaire', 'Autres (', 'États-Unis'],
      en: ['Customer distribution trend', 'Market', 'Partner location', 'Other (', 'United States'],
    },
    attrs: [['[part="tabs"]', 'aria-label', { nl: 'Uitsplitsen naar', de: 'Aufschlüsseln nach', fr: 'Ventiler par', en: 'Break down by' }]],
    months: true,
  },
  {
    tag: 'distribution-tabs',
    text: {
      nl: ['Klantendistributie', 'Partnerlocatie', 'Verkoopkanaal', 'Toeschrijvingstype', 'klanten,'],
      de: ['Kundenverteilung', 'Partnerstandort', 'Vertriebskanal', 'Zuordnungsart', 'Kunden,'],
      fr: ['Répartition des clients', 'Site partenaire', 'Canal de vente', 'Type d’attribution', 'clients,'],
      en: ['Customer distribution', 'Partner location', 'Sales channel', 'Attribution type', 'customers,'],
    },
    attrs: [
      [
        '[part="legend"]',
        'aria-label',
        {
          nl: 'Leden weergeven of verbergen',
          de: 'Einträge ein- oder ausblenden',
          fr: 'Afficher ou masquer des éléments',
          en: 'Show or hide members',
        },
      ],
    ],
    percent: true,
  },
  {
    tag: 'product-sunburst',
    text: {
      nl: ['Klanten per product', 'Producten', 'telt mee bij elk product'],
      de: ['Kunden nach Produkt', 'Produkte', 'zählt bei jedem Produkt'],
      fr: ['Clients par produit', 'Produits', 'compte pour chacun d’eux'],
      en: ['Customers by product', 'Products', 'counts under each product'],
    },
    attrs: [['[part="chart"]', 'aria-label', { nl: 'Producten', de: 'Produkte', fr: 'Produits', en: 'Products' }]],
    percent: true,
  },
  {
    tag: 'customer-geo-map',
    text: {
      nl: ['Geografische spreiding', 'Land', 'Toegevoegd', 'Geen gegevens'],
      de: ['Geografische Verteilung', 'Land', 'Neu', 'Keine Daten'],
      fr: ['Répartition géographique', 'Pays', 'Nouveaux', 'Aucune donnée'],
      en: ['Geographical spread', 'Country', 'Added', 'No data'],
    },
    attrs: [
      ['[part="search"]', 'placeholder', { nl: 'Zoek landen', de: 'Länder suchen', fr: 'Rechercher un pays', en: 'Search countries' }],
      [
        '[part="table"]',
        'aria-label',
        { nl: 'Klanten per land', de: 'Kunden nach Land', fr: 'Clients par pays', en: 'Customers by country' },
      ],
    ],
  },
];

/** States in each language: empty text, error title, the error's detail, the Retry button. */
const STATES: Record<Language, { empty: string; errorTitle: string; detail: string; retry: string }> = {
  nl: {
    empty: 'Geen klanten in deze periode.',
    errorTitle: 'Kon de gegevens niet laden.',
    detail: 'Het eindpunt antwoordde met 500: Fixture status 500',
    retry: 'Opnieuw proberen',
  },
  de: {
    empty: 'Keine Kunden in diesem Zeitraum.',
    errorTitle: 'Die Daten konnten nicht geladen werden.',
    detail: 'Der Endpunkt antwortete mit 500: Fixture status 500',
    retry: 'Erneut versuchen',
  },
  fr: {
    empty: 'Aucun client sur cette période.',
    errorTitle: 'Impossible de charger les données.',
    detail: 'Le point de terminaison a répondu 500\u00a0: Fixture status 500',
    retry: 'Réessayer',
  },
};

/** A percentage as the language writes it: decimal sign and the space before "%" ("26,4 %"). */
const PERCENT: Record<Language | 'en', RegExp> = {
  nl: /\d,\d%/,
  de: /\d,\d\u00a0%/,
  fr: /\d,\d\u00a0%/,
  en: /\d\.\d%/,
};
const monthNames = (locale: string) =>
  Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, m, 1)));

async function mount(tag: string, endpoint: string, locale = 'nl') {
  const t = unsafeStatic(tag);
  const ctx = await fixture<FilterContext>(
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- lit/static-html.js's tag binding, which the plugin does not know
    html`<filter-context endpoint=${endpoint} locale=${locale}><${t} style="width:800px"></${t}></filter-context>`,
  );
  return { ctx, el: ctx.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> } };
}

const has = (el: Element, texts: string[]) => texts.every((s) => shadowText(el).includes(s));
/** A month chart's screen-reader table follows once the page is idle: its `chartComplete` waits for it. */
const settled = (el: Element) => (el as Element & { chartComplete?: Promise<void> }).chartComplete;
const attr = (el: Element, selector: string, name: string) => el.shadowRoot!.querySelector(selector)?.getAttribute(name) ?? '';

/** Percentages and month names the language's way (the reference data has no figure ≥ 1000). */
function expectNumbers(el: Element, c: Case, language: Language | 'en') {
  const text = el.shadowRoot?.textContent ?? '';
  if (c.percent) {
    expect(text, `${c.tag}: percent in ${language}`).to.match(PERCENT[language]);
    for (const other of ['en', 'nl', 'de', 'fr'] as const) {
      if (PERCENT[other].source !== PERCENT[language].source && !(language === 'en' && other === 'nl'))
        expect(text, `${c.tag}: no ${other} percent in ${language}`).to.not.match(PERCENT[other]);
    }
  }
  if (c.months)
    expect(
      monthNames(language).some((m) => text.includes(m)),
      `${c.tag}: months in ${language}`,
    ).to.equal(true);
}

describe('i18n: widgets in a Dutch, German and French filter-context', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => restoreMedia());

  for (const c of CASES) {
    describe(c.tag, () => {
      for (const language of LANGUAGES) {
        const words = c.text[language];
        it(`shows its text and numbers in ${language}, and in English once the context switches to en`, async () => {
          const { ctx, el } = await mount(c.tag, '/api', language);
          await until(() => has(el, words), 8000, `${c.tag} in ${language}`);
          await settled(el);
          for (const [selector, name, text] of c.attrs ?? [])
            expect(attr(el, selector, name), `${selector} ${name}`).to.contain(text[language]);
          expectNumbers(el, c, language);
          expect(shadowText(el)).to.not.contain(c.text.en[0]);
          // The month charts are updated in place.
          const monthSvg = el.shadowRoot!.querySelector('svg.month-chart');

          ctx.locale = 'en';
          await until(() => has(el, c.text.en), 8000, `${c.tag} in English`);
          await settled(el);
          for (const [selector, name, text] of c.attrs ?? []) expect(attr(el, selector, name), `${selector} ${name}`).to.contain(text.en);
          for (const word of words) if (!c.text.en.includes(word)) expect(shadowText(el), word).to.not.contain(word);
          expectNumbers(el, c, 'en');
          if (monthSvg) {
            expect(el.shadowRoot!.querySelector('svg.month-chart'), 'the same SVG').to.equal(monthSvg);
          }

          ctx.locale = `${language}-BE`;
          await until(() => has(el, words), 8000, `${c.tag} in ${language} again`);
        });

        it(`shows the empty state in ${language}`, async () => {
          const { el } = await mount(c.tag, '/empty-api', language);
          await until(() => el.shadowRoot!.querySelector('[part="empty"]')?.textContent === STATES[language].empty, 8000, 'empty state');
          expect(shadowText(el)).to.contain(words[0]);
        });

        it(`shows the error state in ${language} with its Retry, and in English after the switch`, async () => {
          const { ctx, el } = await mount(c.tag, '/status/500', language);
          const words = STATES[language];
          const error = () => el.shadowRoot!.querySelector('[part="error"]')?.textContent!.replace(/[ \t\n]+/g, ' ') ?? '';
          await until(() => error().includes(words.errorTitle), 8000, 'error state');
          expect(error()).to.contain(words.detail);
          expect(el.shadowRoot!.querySelector('[part="retry"]')!.textContent!.trim()).to.equal(words.retry);
          ctx.locale = 'en';
          await until(() => el.shadowRoot!.querySelector('[part="retry"]')?.textContent!.trim() === 'Retry', 8000, 'Retry');
          expect(error()).to.contain("Couldn't load the data.");
          expect(error()).to.contain('The endpoint answered 500');
        });
      }
    });
  }

  it('a widget outside a context follows its own locale attribute', async () => {
    const el = await fixture<HTMLElement & { locale: string }>(html`<kpi-card metric="churned" endpoint="/api" locale="nl-NL"></kpi-card>`);
    await until(() => has(el, ['Verloren klanten', 'Verloop']), 8000, 'Dutch kpi');
    el.locale = 'en';
    await until(() => has(el, ['Customers churned', 'Churn']), 8000, 'English kpi');
  });
});
