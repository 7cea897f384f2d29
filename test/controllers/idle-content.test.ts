/**
 * controllers/idle-content: content drawn when the page is idle, not in the update that draws
 * what is seen; the last content kept until then; nothing redrawn while its key holds. And the
 * month charts' screen-reader tables, drawn that way, end up with the chart's figures.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { IdleContent } from '../../src/controllers/idle-content.js';
import '../../src/elements/active-vs-total/define.js';
import type { ActiveVsTotal } from '../../src/elements/active-vs-total/active-vs-total.js';
import type { MonthlyResponse } from '../../src/data/contract.js';
import { fetchJson, until } from '../support/helpers.js';

class IdleProbe extends LitElement {
  static override properties = { figure: {}, hovered: {}, failed: {} };
  figure = 'a';
  hovered = 0;
  /** An error in the table's place: `render` no longer asks for it. */
  failed = false;
  draws: string[] = [];
  readonly table = new IdleContent(this);
  protected override render() {
    const figure = this.figure;
    if (this.failed) return litHtml`<p role="alert">failed</p>`;
    return litHtml`<p>${this.hovered}</p>${this.table.render(figure, () => {
      this.draws.push(figure);
      return litHtml`<table><td>${figure}</td></table>`;
    })}`;
  }
}
customElements.define('idle-probe', IdleProbe);

const cell = (el: Element) => el.shadowRoot!.querySelector('td')?.textContent ?? null;

describe('controllers/idle-content', () => {
  it('draws when the page is idle, keeps the last content until then, and draws nothing new while the key holds', async () => {
    const el = await fixture<IdleProbe>(html`<idle-probe></idle-probe>`);
    // The first update drew what is seen only.
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('0');
    expect(cell(el)).to.equal(null);
    expect(el.draws).to.deep.equal([]);
    await until(() => cell(el) === 'a', 3000, 'the idle draw');
    expect(el.draws).to.deep.equal(['a']);

    // An update that does not change the key (a hover): the content as it was, not drawn again.
    el.hovered = 1;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('1');
    expect(el.draws).to.deep.equal(['a']);

    // New figures: the update shows the old table (never half of one), the idle update the new.
    el.figure = 'b';
    await el.updateComplete;
    expect(cell(el)).to.equal('a');
    await until(() => cell(el) === 'b', 3000, 'the new figures');
    expect(el.draws).to.deep.equal(['a', 'b']);

    // Two changes before the page is idle: drawn once, with the figures in force by then.
    el.figure = 'c';
    await el.updateComplete;
    el.figure = 'd';
    await el.updateComplete;
    await until(() => cell(el) === 'd', 3000, 'the last figures');
    expect(el.draws).to.deep.equal(['a', 'b', 'd']);
    await el.table.settled;

    // New figures, then an error in the table's place before the page is idle: nothing left to wait for.
    el.figure = 'e';
    await el.updateComplete;
    let settled = false;
    void el.table.settled.then(() => (settled = true));
    el.failed = true;
    await el.updateComplete;
    await until(() => settled, 3000, 'settled without the table');
    expect(el.draws).to.deep.equal(['a', 'b', 'd']);
  });

  it("a month chart's screen-reader table holds the chart's figures once the page is idle", async () => {
    const data = await fetchJson<MonthlyResponse>('/api/customers/monthly?from=2025-11&to=2026-10');
    const el = await fixture<ActiveVsTotal>(html`<active-vs-total endpoint="/api" from="2025-11" to="2026-10"></active-vs-total>`);
    const rows = () => [...el.shadowRoot!.querySelectorAll('.sr-only tbody tr')];
    await until(() => el.shadowRoot!.querySelector('.month-chart .series'), 8000, 'the chart');
    // `chartComplete` waits for the table too.
    await el.chartComplete;
    expect(rows()).to.have.length(12);
    const figures = rows().map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent!.replace(/\D/g, ''))));
    expect(figures).to.deep.equal(data.months.map((m) => [m.active, m.customers]));
    expect(rows()[2]!.querySelector('th')!.textContent!.trim()).to.equal('January 2026');
  });
});
