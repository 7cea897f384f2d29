/**
 * A partner's words: `filter-context.messages` overrides messages for that context's widgets
 * only, in any language; `registerLanguage()` adds a language at run time, English per missing key.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/filter-context/define.js';
import '../../src/elements/kpi-card/define.js';
import '../../src/elements/adds-churn-chart/define.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import { registerLanguage } from '../../src/index.js';
import { plural } from '../../src/i18n/plural.js';
import { setRegistered } from '../../src/i18n/languages.js';
import { shadowText, until } from '../support/helpers.js';

const label = (el: Element) => el.shadowRoot!.querySelector('[part="label"]')?.textContent ?? '';

describe('i18n: message overrides on a filter-context', () => {
  it('changes only that context’s widgets, in every language, and goes back when removed', async () => {
    const page = await fixture(
      html`<div>
        <filter-context id="a" endpoint="/api" locale="en"><kpi-card></kpi-card><kpi-card metric="active"></kpi-card></filter-context>
        <filter-context id="b" endpoint="/api" locale="en"><kpi-card></kpi-card></filter-context>
      </div>`,
    );
    const [a, b] = [...page.querySelectorAll<FilterContext>('filter-context')];
    const [a1, a2] = [...a.querySelectorAll('kpi-card')];
    const b1 = b.querySelector('kpi-card')!;
    await until(() => shadowText(a1).includes('over 12 months') && shadowText(b1).includes('over 12 months'), 8000, 'loaded');

    a.messages = { kpi: { title: { customers: 'Accounts' }, overMonths: (n) => `in the last ${n} months` } };
    await until(() => label(a1) === 'Accounts', 5000, 'override shown');
    expect(shadowText(a1)).to.contain('in the last 12 months');
    expect(a1.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.match(/^Accounts: /);
    // The other keys of the group, and the other context, keep the kit's words.
    expect(label(a2)).to.equal('Active customers');
    expect(label(b1)).to.equal('Customers');
    expect(shadowText(b1)).to.contain('over 12 months');

    // In another language the override still wins; everything else is German.
    a.locale = 'de';
    b.locale = 'de';
    await until(() => label(a2) === 'Aktive Kunden' && label(b1) === 'Kunden', 8000, 'German');
    expect(label(a1)).to.equal('Accounts');
    expect(shadowText(a1)).to.contain('in the last 12 months');

    a.messages = undefined;
    await until(() => label(a1) === 'Kunden', 5000, 'override removed');
  });

  it('a misspelt key or a value of the wrong kind is left out with a warning naming it', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(String(message));
    try {
      const ctx = await fixture<FilterContext>(html`<filter-context endpoint="/api" locale="en"><kpi-card></kpi-card></filter-context>`);
      ctx.messages = { kpi: { titel: 'x', title: { customers: 42 }, overMonths: 'always' } } as never;
      const card = ctx.querySelector('kpi-card')!;
      await until(() => shadowText(card).includes('over 12 months'), 8000, 'loaded');
      expect(label(card)).to.equal('Customers');
      expect(warnings.some((w) => w.includes('"kpi.titel"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('"kpi.title.customers" must be a text'))).to.equal(true);
      expect(warnings.some((w) => w.includes('"kpi.overMonths" must be a function'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });
});

describe('i18n: registerLanguage', () => {
  afterEach(() => setRegistered());

  it('renders a registered language, English for every key it leaves out, numbers in its locale', async () => {
    registerLanguage('es', {
      common: { customers: 'Clientes' },
      kpi: {
        title: { customers: 'Clientes', churned: 'Clientes perdidos' },
        overMonths: (n) => `en ${n} ${plural('es', n, { one: 'mes', other: 'meses' })}`,
      },
    });
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/api" locale="es-ES"
        ><kpi-card></kpi-card><kpi-card metric="churned"></kpi-card><kpi-card metric="added"></kpi-card
      ></filter-context>`,
    );
    const [customers, churned, added] = [...ctx.querySelectorAll('kpi-card')];
    await until(() => shadowText(customers).includes('en 12 meses'), 8000, 'Spanish kpi');
    expect(label(customers)).to.equal('Clientes');
    expect(label(churned)).to.equal('Clientes perdidos');
    // Left out: English.
    expect(label(added)).to.equal('Customers added');
    expect(shadowText(churned)).to.contain('Churn');
    // Numbers in the locale (es-ES): "20,6 %", a decimal comma and a space.
    expect(churned.shadowRoot!.querySelector('[part="churn-rate"]')!.textContent).to.match(/\d,\d\u00a0%/);
  });

  it('widgets already on the page re-render when their language is registered; a region gets its own words', async () => {
    const ctx = await fixture<FilterContext>(html`<filter-context endpoint="/api" locale="pt-PT"><kpi-card></kpi-card></filter-context>`);
    const card = ctx.querySelector('kpi-card')!;
    await until(() => label(card) === 'Customers', 8000, 'English first');
    registerLanguage('pt', { kpi: { title: { customers: 'Clientes' } } });
    registerLanguage('pt-BR', { kpi: { title: { customers: 'Clientes (BR)' } } });
    await until(() => label(card) === 'Clientes', 5000, 'Portuguese after registration');
    ctx.locale = 'pt-BR';
    await until(() => label(card) === 'Clientes (BR)', 5000, 'Brazilian words');
  });

  it('can change words of a shipped language; the rest stays that language', async () => {
    registerLanguage('de', { kpi: { title: { customers: 'Konten' } } });
    const ctx = await fixture<FilterContext>(html`<filter-context endpoint="/api" locale="de"><kpi-card></kpi-card></filter-context>`);
    const card = ctx.querySelector('kpi-card')!;
    await until(() => label(card) === 'Konten' && shadowText(card).includes('in 12 Monaten'), 8000, 'German with one word changed');
  });

  it('says what to do with a bad tag or bad messages', () => {
    expect(() => registerLanguage('not a tag!', {})).to.throw(RangeError, /not a language tag; give one such as "es"/);
    expect(() => registerLanguage('es', null as never)).to.throw(TypeError, /must be an object of groups/);
  });
});
