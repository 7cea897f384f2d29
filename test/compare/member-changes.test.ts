/**
 * `compare` on the member widgets: the map's grid gains a sortable change column, against the
 * reference endpoint's breakdowns for both ranges; toCSV() and "Show as table" carry the
 * comparison columns, and the CSV's comments name the comparison range.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/customer-geo-map/define.js';
import '../../src/elements/distribution-tabs/define.js';
import '../../src/elements/product-sunburst/define.js';
import '../../src/elements/filter-context/define.js';
import type { CustomerGeoMap } from '../../src/elements/customer-geo-map/customer-geo-map.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import type { BreakdownResponse } from '../../src/data/contract.js';
import { fetchJson, until } from '../support/helpers.js';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const signed = (ratio: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(ratio);
const arrow = (c: number) => (c > 0 ? '▲' : c < 0 ? '▼' : '▶');
const shown = (c: number | null) => (c === null ? '—' : `${arrow(c)} ${signed(c)}`);
const change = (now: number, then: number | undefined) => (then ? (now - then) / then : null);

async function inContext<T extends HTMLElement>(tag: string, attrs: string): Promise<{ ctx: FilterContext; el: T }> {
  const ctx = await fixture<FilterContext>(html`<filter-context endpoint="/api" loading="eager" from="2025-12" to="2026-10"></filter-context>`);
  for (const [name, value] of attrs.split(' ').filter(Boolean).map((a) => a.split('='))) ctx.setAttribute(name!, value!);
  const el = document.createElement(tag) as T;
  ctx.append(el);
  return { ctx, el };
}

describe('compare: the map’s grid', () => {
  it('a change column of the map’s figure per country, against the reference breakdowns; sorting works on it', async () => {
    const current = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=market&from=2025-12&to=2026-10');
    const previous = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=market&from=2025-01&to=2025-11');
    const { el } = await inContext<CustomerGeoMap>('customer-geo-map', 'compare=previous-period');
    await until(() => root(el).querySelector('td.change'), 8000, 'change column');
    const headers = [...root(el).querySelectorAll('thead th')].map(text);
    expect(headers.at(-1)).to.equal('Change (Customers)');
    expect(root(el).querySelector('thead th:last-child button')!.getAttribute('title')).to.equal('vs previous 11 months');
    const before = new Map(previous.rows.map((r) => [r.key, r.customers]));
    for (const row of root(el).querySelectorAll<HTMLTableRowElement>('tbody tr[data-key]')) {
      const key = row.dataset.key!;
      const now = current.rows.find((r) => r.key === key)!.customers;
      expect(text(row.querySelector('td.change')), key).to.equal(shown(change(now, before.get(key))));
    }
    // Sort on it: the largest change first, then smallest first; undefined changes last.
    root(el).querySelector<HTMLButtonElement>('button[data-column="change"]')!.click();
    await el.updateComplete;
    const changes = () =>
      [...root(el).querySelectorAll<HTMLTableRowElement>('tbody:not(.unknown) tr[data-key]')].map((row) => {
        const key = row.dataset.key!;
        return change(current.rows.find((r) => r.key === key)!.customers, before.get(key));
      });
    const down = changes();
    const known = down.filter((c): c is number => c !== null);
    expect(known).to.deep.equal([...known].sort((a, b) => b - a));
    expect(down.indexOf(null) === -1 || down.slice(down.indexOf(null)).every((c) => c === null)).to.equal(true);
    expect(root(el).querySelector('thead th:last-child')!.getAttribute('aria-sort')).to.equal('descending');
    root(el).querySelector<HTMLButtonElement>('button[data-column="change"]')!.click();
    await el.updateComplete;
    const up = changes().filter((c): c is number => c !== null);
    expect(up).to.deep.equal([...up].sort((a, b) => a - b));

    // The CSV: the comparison range in the comments, each figure's previous value and change.
    const csv = el.toCSV();
    expect(csv).to.contain('# Compared with: 2025-01 – 2025-11 (vs previous 11 months)');
    const [header, ...lines] = csv.split('\r\n').filter((l) => l && !l.startsWith('#'));
    expect(header).to.contain('"Customers, previous period",Change (Customers)');
    const us = lines.find((l) => l.startsWith('United States'))!.split(',');
    const usNow = current.rows.find((r) => r.key === 'US')!;
    const usThen = previous.rows.find((r) => r.key === 'US')!;
    expect(Number(us[7])).to.equal(usThen.customers);
    expect(Number(us[8])).to.be.closeTo((usNow.customers - usThen.customers) / usThen.customers, 1e-6);
    expect(Number(us[11])).to.equal(usThen.added);
  });

  it('no change column when the comparison range has no data; a note says so', async () => {
    const { el } = await inContext<CustomerGeoMap>('customer-geo-map', 'compare=previous-year from=2024-11 to=2025-04');
    await until(() => root(el).querySelector('[part~="comparison"]'), 8000, 'note');
    expect(text(root(el).querySelector('[part~="comparison"]'))).to.equal('no data for the same months a year earlier before Nov 2024');
    expect(root(el).querySelector('td.change')).to.equal(null);
    expect([...root(el).querySelectorAll('thead th')]).to.have.length(4);
  });
});
