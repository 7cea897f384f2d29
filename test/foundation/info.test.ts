/** The info button of every widget's header: the definition of what it shows, in a popover, in the page's language. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import { about } from '../../src/i18n/text/about.js';
import nl from '../../src/i18n/text/nl/about.js';
import { until } from '../support/helpers.js';

const info = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="info"]');
const popover = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="info-popover"]')!;
const isOpen = (el: Element) => popover(el).matches(':popover-open');

const WIDGETS = [
  ['kpi-card', 'customers'],
  ['kpi-card', 'churned'],
  ['customer-geo-map', 'geo'],
  ['adds-churn-chart', 'addsChurn'],
  ['distribution-tabs', 'distribution'],
  ['product-sunburst', 'sunburst'],
  ['distribution-trend', 'trend'],
  ['active-vs-total', 'activeVsTotal'],
] as const;

describe('info popover', () => {
  it('every widget’s header has an info button that opens its definition', async () => {
    const ctx = await fixture<FilterContext>(html`<filter-context endpoint="/api" loading="eager"></filter-context>`);
    for (const [tag, key] of WIDGETS) {
      const el = document.createElement(tag);
      if (tag === 'kpi-card') el.setAttribute('metric', key);
      ctx.append(el);
    }
    const widgets = [...ctx.children];
    for (const [i, [tag, key]] of WIDGETS.entries()) {
      const el = widgets[i]!;
      await until(() => info(el), 8000, `${tag}'s info button`);
      const button = info(el)!;
      expect(button.getAttribute('aria-label'), tag).to.equal('About these figures');
      // The platform's popover, named by id in the same shadow root.
      expect(button.popoverTargetElement, tag).to.equal(popover(el));
      expect(popover(el).getAttribute('popover'), tag).to.equal('');
      expect(popover(el).textContent!.trim(), tag).to.equal(about.en.definition[key]);
      expect(isOpen(el), tag).to.equal(false);
      button.click();
      expect(isOpen(el), tag).to.equal(true);
      popover(el).hidePopover();
    }
    expect(about.en.definition.customers).to.contain('at least one subscription in state Active');
    expect(about.en.definition.products).to.contain('counts under each');
  });

  it('keyboard: Tab reaches it, Enter opens it, Escape closes it', async () => {
    const el = await fixture(html`<kpi-card endpoint="/api" metric="active" loading="eager"></kpi-card>`);
    await until(() => el.shadowRoot!.querySelector('[part~="value"]'), 8000, 'value');
    info(el)!.focus();
    expect(el.shadowRoot!.activeElement).to.equal(info(el));
    await sendKeys({ press: 'Enter' });
    await until(() => isOpen(el), 2000, 'open');
    expect(popover(el).textContent).to.contain('active usage');
    await sendKeys({ press: 'Escape' });
    await until(() => !isOpen(el), 2000, 'closed');
  });

  it('in the page’s language, and partners’ words through filterContext.messages', async () => {
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/api" locale="nl" loading="eager">
        <kpi-card metric="added"></kpi-card><adds-churn-chart></adds-churn-chart>
      </filter-context>`,
    );
    const [tile, chart] = [...ctx.children];
    await until(() => popover(tile!)?.textContent?.includes(nl.definition.added), 5000, 'Dutch definition');
    expect(info(tile!)!.getAttribute('aria-label')).to.equal('Over deze cijfers');
    await until(() => info(chart!) && popover(chart!).textContent!.trim() === nl.definition.addsChurn, 8000, 'Dutch chart definition');
    ctx.messages = { about: { definition: { added: 'Nieuwe accounts deze periode.' } } };
    await until(() => popover(tile!).textContent!.trim() === 'Nieuwe accounts deze periode.', 3000, 'partner words');
    expect(popover(chart!).textContent!.trim()).to.equal(nl.definition.addsChurn);
  });
});
