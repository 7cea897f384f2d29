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
import { OTHER_KEY } from '../../src/core/top-n.js';
import { fetchJson, until } from '../support/helpers.js';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const signed = (ratio: number) =>
  new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(ratio);
const arrow = (c: number) => (c > 0 ? '▲' : c < 0 ? '▼' : '▶');
const shown = (c: number | null) => (c === null ? '—' : `${arrow(c)} ${signed(c)}`);
const change = (now: number, then: number | undefined) => (then ? (now - then) / then : null);

async function inContext<T extends HTMLElement>(tag: string, attrs: string): Promise<{ ctx: FilterContext; el: T }> {
  const ctx = await fixture<FilterContext>(
    html`<filter-context endpoint="/api" loading="eager" from="2025-12" to="2026-10"></filter-context>`,
  );
  for (const [name, value] of attrs
    .split(' ')
    .filter(Boolean)
    .map((a) => a.split('=')))
    ctx.setAttribute(name!, value!);
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
    expect(headers.at(-1)).to.equal('Change');
    expect(root(el).querySelector('thead th:last-child button')!.getAttribute('title')).to.equal('Customers, vs previous 11 months');
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
    await until(
      () => root(el).querySelector('[part~="comparison"]') && !text(root(el).querySelector('[part~="comparison"]')).endsWith('…'),
      8000,
      'note',
    );
    expect(text(root(el).querySelector('[part~="comparison"]'))).to.equal('no data for the same months a year earlier before Nov 2024');
    expect(root(el).querySelector('td.change')).to.equal(null);
    expect([...root(el).querySelectorAll('thead th')]).to.have.length(4);
  });
});

describe('compare: distribution-tabs and the sunburst’s list', () => {
  it('distribution-tabs: a change per member (Other: its members summed) against the reference, in the CSV too', async () => {
    const current = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=segment&from=2025-12&to=2026-10');
    const previous = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=segment&from=2024-12&to=2025-10');
    const { el } = await inContext<HTMLElement & { toCSV(): string }>('distribution-tabs', 'compare=previous-year');
    el.setAttribute('dimension', 'segment');
    el.setAttribute('variant', 'bars');
    await until(() => root(el).querySelector('[part~="change"]') && root(el).querySelector('[data-dimension="segment"]'), 8000, 'changes');
    const before = new Map(previous.rows.map((r) => [r.key, r.customers]));
    const rows = [...root(el).querySelectorAll<HTMLElement>('.bar-row:not(.other)')];
    expect(rows.length).to.be.greaterThan(2);
    for (const row of rows) {
      const key = row.dataset.key!;
      const now = current.rows.find((r) => r.key === key)!.customers;
      expect(text(row.querySelector('[part~="change"]')), key).to.equal(shown(change(now, before.get(key))));
    }
    const csv = el.toCSV();
    expect(csv).to.contain('# Compared with: 2024-12 – 2025-10 (vs a year earlier)');
    const lines = csv.split('\r\n').filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).to.match(/,"Customers, a year earlier",Change \(Customers\)$/);
    const first = current.rows[0]!;
    const cells = lines.find((l) => l.startsWith(first.label))!.split(',');
    expect(Number(cells.at(-2))).to.equal(before.get(first.key) ?? 0);
  });

  it('distribution-tabs, donut: each member’s change in the legend and the slice’s name, against the reference; Other sums its members', async () => {
    const current = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=partnerLocation&from=2025-12&to=2026-10');
    const previous = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=partnerLocation&from=2025-01&to=2025-11');
    const { el } = await inContext<HTMLElement & { toCSV(): string }>('distribution-tabs', 'compare=previous-period');
    el.setAttribute('variant', 'donut');
    el.setAttribute('top', '3');
    await until(() => root(el).querySelector('[part~="legend-item"] [part~="change"]'), 8000, 'changes');
    const before = new Map(previous.rows.map((r) => [r.key, r.customers]));
    const now = new Map(current.rows.map((r) => [r.key, r.customers]));
    const items = [...root(el).querySelectorAll<HTMLElement>('[part~="legend-item"]')];
    const named = items.map((i) => i.dataset.key!).filter((k) => k !== OTHER_KEY);
    const largest = current.rows.map((r) => r.customers).sort((a, b) => b - a);
    expect(named.map((k) => now.get(k))).to.deep.equal(largest.slice(0, 3));
    expect(items.at(-1)!.dataset.key).to.equal(OTHER_KEY);
    const others = current.rows.filter((r) => !named.includes(r.key));
    expect(others.length, 'the reference has more than 4 partner locations').to.be.greaterThan(1);
    const expected = (key: string) => {
      if (key !== OTHER_KEY) return change(now.get(key)!, before.get(key));
      const nowSum = others.reduce((sum, r) => sum + r.customers, 0);
      return change(
        nowSum,
        others.reduce((sum, r) => sum + (before.get(r.key) ?? 0), 0),
      );
    };
    for (const item of items) {
      const key = item.dataset.key!;
      expect(text(item.querySelector('[part~="change"]')), key).to.equal(shown(expected(key)));
    }
    for (const slice of root(el).querySelectorAll<SVGElement>('[part~="slice"]')) {
      const key = slice.dataset.key!;
      const c = expected(key);
      const name = slice.getAttribute('aria-label')!;
      if (c === null) expect(name, key).to.match(/%$/);
      else expect(name.endsWith(`% (${signed(c)})`), `${key}: ${name}`).to.equal(true);
    }
    // The export is the same as the bars' (it already carried the comparison columns).
    const csv = el.toCSV();
    expect(csv).to.contain('# Compared with: 2025-01 – 2025-11 (vs previous 11 months)');
    expect(csv.split('\r\n').find((l) => l && !l.startsWith('#'))).to.match(/,"Customers, previous period",Change \(Customers\)$/);
    // The bars keep their own change column; the legend then shows none.
    el.setAttribute('variant', 'bars');
    await until(() => root(el).querySelector('.bar-row [part~="change"]'), 5000, 'bars');
    expect(root(el).querySelector('[part~="legend-item"] [part~="change"]')).to.equal(null);
  });

  it('distribution-tabs, donut: no changes when the comparison range has no data; a note says so', async () => {
    const { el } = await inContext<HTMLElement>('distribution-tabs', 'compare=previous-year from=2024-11 to=2025-04');
    el.setAttribute('variant', 'donut');
    await until(
      () => root(el).querySelector('[part~="comparison"]') && !text(root(el).querySelector('[part~="comparison"]')).endsWith('…'),
      8000,
      'note',
    );
    expect(text(root(el).querySelector('[part~="comparison"]'))).to.equal('no data for the same months a year earlier before Nov 2024');
    expect(root(el).querySelector('[part~="slice"]')).not.to.equal(null);
    expect(root(el).querySelector('[part~="change"]')).to.equal(null);
    expect(root(el).querySelector('[part~="slice"]')!.getAttribute('aria-label')).to.match(/%$/);
  });

  it('the sunburst’s list: each product’s change; a zoomed product’s SKUs theirs', async () => {
    const current = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=product&from=2025-12&to=2026-10');
    const previous = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=product&from=2025-01&to=2025-11');
    const skusNow = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=sku&from=2025-12&to=2026-10');
    const skusThen = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=sku&from=2025-01&to=2025-11');
    const { el } = await inContext<HTMLElement & { toCSV(): string; selected: string }>('product-sunburst', 'compare=previous-period');
    await until(() => root(el).querySelector('[part~="list"] [part~="change"]'), 8000, 'changes');
    const before = new Map(previous.rows.map((r) => [r.key, r.customers]));
    for (const row of root(el).querySelectorAll<HTMLElement>('[part~="list"] .row')) {
      const key = row.dataset.key!;
      expect(text(row.querySelector('[part~="change"]')), key).to.equal(
        shown(change(current.rows.find((r) => r.key === key)!.customers, before.get(key))),
      );
    }
    const product = current.rows[0]!.key;
    el.selected = product;
    await until(() => root(el).querySelector('[part~="list"] li.row[data-key]'), 5000, 'SKUs');
    const skuBefore = new Map(skusThen.rows.map((r) => [r.key, r.customers]));
    for (const row of root(el).querySelectorAll<HTMLElement>('[part~="list"] li.row')) {
      const key = row.dataset.key!;
      expect(text(row.querySelector('[part~="change"]')), key).to.equal(
        shown(change(skusNow.rows.find((r) => r.key === key)!.customers, skuBefore.get(key))),
      );
    }
    expect(el.toCSV()).to.contain('# Compared with: 2025-01 – 2025-11 (vs previous 11 months)');
  });
});
