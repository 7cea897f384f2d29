/** controllers/locale-controller: one fallback chain, words and formatters, page lang followed. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { LocaleController, pageLocale, resolveLocale } from '../../src/controllers/locale-controller.js';
import { common } from '../../src/i18n/text/common.js';
import '../../src/elements/filter-context/define.js';
import '../../src/elements/kpi-card/define.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import { until } from '../support/helpers.js';

class LocaleProbe extends LitElement {
  static override properties = { own: {} };
  own = '';
  renders = 0;
  readonly localize = new LocaleController(this, () => [this.own]);
  protected override render() {
    this.renders++;
    const m = this.localize.text({ common });
    return litHtml`<span>${m.common.customers} ${this.localize.format.number(1234.5)}</span>`;
  }
}
customElements.define('locale-probe', LocaleProbe);

describe('controllers/locale-controller', () => {
  const lang = document.documentElement.lang;
  afterEach(() => (document.documentElement.lang = lang));

  it('resolves the first locale given, then the page, always one Intl accepts', () => {
    document.documentElement.lang = 'de-AT';
    expect(resolveLocale('nl-BE', 'fr')).to.equal('nl-BE');
    expect(resolveLocale('', undefined, 'fr')).to.equal('fr');
    expect(resolveLocale(' ', null)).to.equal('de-AT');
    expect(pageLocale()).to.equal('de-AT');
    expect(resolveLocale('not a locale!')).to.equal('en');
    document.documentElement.lang = '';
    expect(resolveLocale()).to.equal(new Intl.Locale(navigator.language).toString());
  });

  it('hands words and formatters in the language in force, and re-renders when the page lang changes', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect(el.shadowRoot!.textContent).to.equal('Customers 1,234.5');
    const before = el.renders;
    document.documentElement.lang = 'nl';
    await until(() => el.renders > before, 2000, 're-render on lang change');
    // Dutch numbers at once; Dutch words once their module has loaded (English meanwhile).
    await until(() => el.shadowRoot!.textContent === 'Klanten 1.234,5', 2000, 'Dutch words');
    el.own = 'en-GB';
    await el.updateComplete;
    expect(el.localize.language).to.equal('en');
    expect(el.shadowRoot!.textContent).to.equal('Customers 1,234.5');
  });

  it('a widget: its own locale, then its filter-context, then the page', async () => {
    document.documentElement.lang = 'en';
    const ctx = await fixture(
      html`<filter-context endpoint="/api" locale="nl"><kpi-card></kpi-card><kpi-card locale="en"></kpi-card></filter-context>`,
    );
    const [inherits, own] = [...ctx.querySelectorAll<KpiCard>('kpi-card')];
    expect(inherits.effectiveLocale).to.equal('nl');
    expect(own.effectiveLocale).to.equal('en');
    ctx.removeAttribute('locale');
    await (ctx as LitElement).updateComplete;
    document.documentElement.lang = 'nl-BE';
    await until(() => inherits.effectiveLocale === 'nl-BE', 2000, 'page lang through the context');
  });
});
