/**
 * Export from every widget: the CSV holds the endpoint's numbers for a filtered query (fetched
 * here directly) and the figures the widget renders; formula-looking names stay inert; the
 * PNG is sized and not blank; the SVG parses, runs nothing and keeps the dark theme; "Show as
 * table" shows the CSV's rows; the export menu works by keyboard and says what it did.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { parse } from 'csv-parse/browser/esm/sync';
import '../../src/index.js';
import type { BreakdownResponse, MonthlyResponse, TrendResponse } from '../../src/data/contract.js';
import type { InsightsElement } from '../../src/elements/shared/insights-element.js';
import { ExportNotReadyError } from '../../src/elements/shared/export-controller.js';
import { emulateMedia } from '../charts/chart-helpers.js';
import { fetchJson, until } from '../support/helpers.js';

const FROM = '2025-11';
const TO = '2026-10';
const FILTERS = { segment: ['Education', 'Major Commercial'] };
const QUERY = `from=${FROM}&to=${TO}&segment=Education&segment=Major+Commercial`;

type Widget = InsightsElement & { chartComplete?: Promise<void> };

/** Rows of a CSV, comments skipped, as strings. */
function rowsOf(csv: string): string[][] {
  return parse(csv, { comment: '#', relax_quotes: false }) as string[][];
}

function shadow(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

/** Resolves once `el.toCSV()` works (its data has loaded) and its chart, if any, is drawn. */
async function ready(el: Widget): Promise<void> {
  await until(
    () => {
      try {
        return el.toCSV().length > 0;
      } catch {
        return false;
      }
    },
    15_000,
    `${el.localName} to have data`,
  );
  await el.chartComplete;
  await el.updateComplete;
}

/** A whole dashboard, mounted by hand (a `fixture` is removed after each test; this one stays until `remove()`). */
async function dashboard(endpoint = '/api', filters: object = FILTERS) {
  const host = document.createElement('div');
  document.body.append(host);
  render(
    html`<filter-context endpoint=${endpoint} from=${FROM} to=${TO} loading="eager" .filters=${filters}>
      <kpi-card metric="added"></kpi-card>
      <kpi-card metric="products"></kpi-card>
      <adds-churn-chart></adds-churn-chart>
      <active-vs-total></active-vs-total>
      <distribution-trend></distribution-trend>
      <distribution-tabs dimension="segment"></distribution-tabs>
      <product-sunburst></product-sunburst>
      <customer-geo-map></customer-geo-map>
    </filter-context>`,
    host,
  );
  const ctx = host.firstElementChild!;
  const widgets = [...ctx.children] as Widget[];
  for (const w of widgets) await ready(w);
  const get = (selector: string) => ctx.querySelector(selector) as Widget;
  return { ctx, widgets, get, remove: () => host.remove() };
}

describe('export', function () {
  this.timeout(60_000);
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  describe('CSV of a filtered query', () => {
    let board: Awaited<ReturnType<typeof dashboard>>;
    before(async () => {
      board = await dashboard();
    });
    after(() => board.remove());

    it('says the range, the filters and the time in `#` lines, has no BOM, ends lines with CRLF', () => {
      for (const w of board.widgets) {
        const csv = w.toCSV();
        const comments = csv.split('\r\n').filter((l) => l.startsWith('#'));
        expect(csv.charCodeAt(0), w.localName).to.not.equal(0xfeff);
        expect(comments.join('\n'), w.localName).to.include(`Range: ${FROM} – ${TO}`);
        expect(comments.join('\n')).to.include('Filters: segment = Education | Major Commercial');
        expect(comments.join('\n')).to.match(/Exported: \d{4}-\d\d-\d\dT/);
        expect(csv.endsWith('\r\n')).to.be.true;
        expect(csv.replace(/\r\n/g, '')).to.not.match(/\n/);
      }
    });

    it('monthly widgets: one row per month, the endpoint’s numbers', async () => {
      const monthly = await fetchJson<MonthlyResponse>(`/api/customers/monthly?${QUERY}`);
      const months = monthly.months;
      const added = rowsOf(board.get('kpi-card[metric="added"]').toCSV());
      expect(added[0]).to.deep.equal(['Month', 'Customers added']);
      expect(added.slice(1)).to.deep.equal(months.map((m) => [m.month, String(m.new)]));
      expect(board.get('kpi-card[metric="added"]').toCSV()).to.match(/# Customers added: [\d,]+/);

      const products = rowsOf(board.get('kpi-card[metric="products"]').toCSV());
      expect(products.slice(1)).to.deep.equal(monthly.products!.map((p) => [p.label, String(p.customers)]));

      const addsChurn = rowsOf(board.get('adds-churn-chart').toCSV());
      expect(addsChurn[0]).to.deep.equal(['Month', 'New', 'Existing', 'Churned']);
      expect(addsChurn.slice(1)).to.deep.equal(months.map((m) => [m.month, String(m.new), String(m.existing), String(m.churned)]));

      const avt = rowsOf(board.get('active-vs-total').toCSV());
      expect(avt.slice(1)).to.deep.equal(months.map((m) => [m.month, String(m.active), String(m.customers)]));
    });

    it('charts: the CSV holds the series the chart draws (and the hidden ones)', async () => {
      const el = board.get('adds-churn-chart');
      shadow(el, '[part="legend-item"][data-key="existing"]')!.click();
      await el.chartComplete;
      // What the chart draws: its series (by legend name) and, per month, the columns' heights.
      const names = Object.fromEntries(
        [...el.shadowRoot!.querySelectorAll('[part="legend-item"]')].map((b) => [(b as HTMLElement).dataset.key, b.textContent!.trim()]),
      );
      const groups = [...el.shadowRoot!.querySelectorAll<SVGGElement>('.month-chart .series')];
      const drawn = Object.fromEntries(
        groups.map((g) => [names[g.dataset.key!], [...g.querySelectorAll('rect')].map((r) => Number(r.getAttribute('height')))]),
      );
      const [header, ...rows] = rowsOf(el.toCSV());
      expect(Object.keys(drawn)).to.not.include('Existing');
      expect(Object.keys(drawn)).to.deep.equal(['New', 'Churned']);
      expect(header).to.include('Existing'); // switched off in the legend, still exported
      // One scale for both stacks: each column's height is its CSV figure times that scale.
      const newColumn = header!.indexOf('New');
      const scale = drawn.New[0] / Number(rows[0][newColumn]);
      for (const name of Object.keys(drawn)) {
        const column = header!.indexOf(name);
        expect(
          drawn[name]!.map((h: number) => Math.round(h / scale)),
          name,
        ).to.deep.equal(rows.map((r) => Number(r[column])));
      }
      shadow(el, '[part="legend-item"][data-key="existing"]')!.click();
    });

    it('distribution-trend: each month’s row adds up to the endpoint’s customers (top members + Other)', async () => {
      const trend = await fetchJson<TrendResponse>(`/api/customers/trend?by=market&${QUERY}`);
      const [header, ...rows] = rowsOf(board.get('distribution-trend').toCSV());
      expect(header![0]).to.equal('Month');
      expect(header!.at(-1)).to.match(/^Other \(\d+\)$/);
      expect(rows.map((r) => r[0])).to.deep.equal(trend.months);
      rows.forEach((r, i) => {
        const sum = r.slice(1).reduce((a, v) => a + Number(v), 0);
        expect(sum, r[0]).to.equal(trend.series.reduce((a, s) => a + s.values[i]!, 0));
      });
    });

    it('distribution-tabs, product-sunburst, customer-geo-map: the endpoint’s members and shares', async () => {
      const segments = await fetchJson<BreakdownResponse>(`/api/customers/breakdown?by=segment&${QUERY}`);
      const tabs = rowsOf(board.get('distribution-tabs').toCSV());
      expect(tabs[0]).to.deep.equal(['Segment', 'Customers', 'Customers (share)']);
      const expected = segments.rows.filter((r) => r.customers > 0).sort((a, b) => b.customers - a.customers);
      expect(tabs.slice(1).map((r) => [r[0], Number(r[1])])).to.deep.equal(expected.map((r) => [r.label, r.customers]));
      for (const r of tabs.slice(1)) expect(Number(r[2])).to.be.closeTo(Number(r[1]) / segments.total.customers, 1e-6);

      const [products, skus] = await Promise.all(
        ['product', 'sku'].map((by) => fetchJson<BreakdownResponse>(`/api/customers/breakdown?by=${by}&${QUERY}`)),
      );
      const sunburst = rowsOf(board.get('product-sunburst').toCSV()).slice(1);
      const productRows = sunburst.filter((r) => r[1] === '');
      expect(productRows.map((r) => [r[0], Number(r[2])]).sort()).to.deep.equal(
        products.rows
          .filter((r) => r.customers > 0)
          .map((r) => [r.label, r.customers])
          .sort(),
      );
      const skuRows = sunburst.filter((r) => r[1] !== '');
      expect(skuRows.map((r) => Number(r[2])).sort()).to.deep.equal(
        skus.rows
          .filter((r) => r.customers > 0)
          .map((r) => r.customers)
          .sort(),
      );

      const markets = await fetchJson<BreakdownResponse>(`/api/customers/breakdown?by=market&${QUERY}`);
      const [mapHeader, ...map] = rowsOf(board.get('customer-geo-map').toCSV());
      expect(mapHeader).to.deep.equal(['Country', 'Customers', 'Customers (share)', 'Active', 'Active (share)', 'Added', 'Added (share)']);
      expect(map).to.have.length(markets.rows.length);
      for (const [i, metric] of (['customers', 'active', 'added'] as const).entries()) {
        const column = 1 + i * 2;
        expect(map.map((r) => Number(r[column])).sort((a, b) => a - b)).to.deep.equal(
          markets.rows.map((r) => r[metric]).sort((a, b) => a - b),
        );
      }
      // The grid on screen shows the same countries with the same figures.
      const grid = [...board.get('customer-geo-map').shadowRoot!.querySelectorAll('tr[data-key]')].length;
      expect(grid).to.equal(map.length);
    });

    it('"Show as table": the CSV’s rows in a visible table instead of the chart, and back', async () => {
      for (const el of board.widgets.filter((w) => shadow(w, '[part="table-toggle"]'))) {
        const toggle = shadow(el, '[part="table-toggle"]')!;
        expect(toggle.getAttribute('aria-pressed')).to.equal('false');
        toggle.click();
        await el.updateComplete;
        expect(toggle.getAttribute('aria-pressed'), el.localName).to.equal('true');
        const table = shadow(el, '[part="data-table"]')!;
        expect(table, el.localName).to.exist;
        expect(table.getBoundingClientRect().height).to.be.greaterThan(40);
        const [header, ...rows] = rowsOf(el.toCSV());
        const shownHeader = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
        expect(shownHeader, el.localName).to.deep.equal(header);
        const shown = [...table.querySelectorAll('tbody tr')];
        expect(shown.length, el.localName).to.equal(rows.length);
        // Counts as formatted numbers of the same values ("1,234" ↔ "1234").
        shown.forEach((tr, i) => {
          const cells = [...tr.children].map((c) => c.textContent!.trim());
          header!.forEach((_, j) => {
            if (/^\d+$/.test(rows[i]![j]!) && !header![j]!.endsWith('(share)'))
              expect(cells[j]!.replace(/,/g, ''), `${el.localName} ${i},${j}`).to.equal(rows[i]![j]);
          });
        });
        expect(shadow(el, 'svg.month-chart, svg[part="map"], svg[part="chart"], [part="bars"]'), el.localName).to.not.exist;
        toggle.click();
        await el.updateComplete;
        await el.chartComplete;
        expect(shadow(el, '[part="data-table"]')).to.not.exist;
      }
    });

    it('PNG: sized box × devicePixelRatio, and not blank', async () => {
      for (const el of [board.get('kpi-card[metric="added"]'), board.get('adds-churn-chart'), board.get('customer-geo-map')]) {
        const blob = await el.toImage('png');
        expect(blob.type).to.equal('image/png');
        const bitmap = await createImageBitmap(blob);
        const box = el.getBoundingClientRect();
        expect(bitmap.width, el.localName).to.equal(Math.round(Math.ceil(box.width) * devicePixelRatio));
        expect(bitmap.height, el.localName).to.equal(Math.round(Math.ceil(box.height) * devicePixelRatio));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        // The card's background is the pixel inside its top-left corner; count what differs from it.
        const at = (x: number, y: number) => pixels.slice((y * bitmap.width + x) * 4, (y * bitmap.width + x) * 4 + 4).join();
        const background = at(8, 8);
        let drawn = 0;
        for (let i = 0; i < pixels.length; i += 4 * 7) if (pixels.slice(i, i + 4).join() !== background) drawn++;
        expect(drawn / (pixels.length / 4 / 7), el.localName).to.be.greaterThan(0.02);
      }
    });
  });

  describe('SVG', () => {
    it('parses, holds no script, handler or javascript: link, and keeps the dark theme', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.style.setProperty('color-scheme', 'dark');
      const { ctx, widgets, remove } = await dashboard();
      wrapper.append(ctx);
      for (const w of widgets) await ready(w);
      for (const el of widgets) {
        const text = await (await el.toImage('svg')).text();
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        expect(doc.querySelector('parsererror'), el.localName).to.not.exist;
        expect(doc.documentElement.localName).to.equal('svg');
        expect(doc.querySelectorAll('script, iframe, object, embed'), el.localName).to.have.length(0);
        for (const node of doc.querySelectorAll('*')) {
          for (const attr of node.attributes) {
            expect(attr.name.startsWith('on'), `${el.localName} ${attr.name}`).to.be.false;
            expect(attr.value, el.localName).to.not.match(/^\s*javascript:/i);
          }
        }
        // The dark card surface (#1e2227) and the dark text colour (#e8eaed), resolved.
        expect(text, el.localName).to.include('rgb(30, 34, 39)');
        expect(text, el.localName).to.include('rgb(232, 234, 237)');
        const box = el.getBoundingClientRect();
        expect(Number(doc.documentElement.getAttribute('width'))).to.equal(Math.ceil(box.width));
      }
      wrapper.remove();
      remove();
    });
  });

  it('formula-looking names stay inert in every CSV', async () => {
    const { widgets, remove } = await dashboard('/formula-api', {});
    let names = 0;
    for (const el of widgets) {
      for (const row of rowsOf(el.toCSV())) {
        for (const cell of row) {
          expect(cell, el.localName).to.not.match(/^[=+\-@\t\r]/);
          if (/^'[=+\-@\t]/.test(cell)) names++;
        }
      }
    }
    expect(names, 'formula-looking names exported').to.be.greaterThan(10);
    remove();
  });

  it('before its data has loaded: toCSV() throws and toImage() rejects, in our words', async () => {
    const el = await fixture<Widget>(html`<adds-churn-chart endpoint="/hang/api"></adds-churn-chart>`);
    expect(() => el.toCSV()).to.throw(ExportNotReadyError, /no data to export yet/);
    let error: unknown;
    await el.toImage('png').catch((e) => (error = e));
    expect(error).to.be.instanceOf(ExportNotReadyError);
    expect(shadow(el, '[part="export-button"]')!.hasAttribute('disabled')).to.be.true;
  });

  it('`no-export` hides the menu; the methods and "Show as table" remain', async () => {
    const el = await fixture<Widget>(html`<active-vs-total endpoint="/api" from=${FROM} to=${TO} no-export></active-vs-total>`);
    await ready(el);
    expect(shadow(el, '[part="export"]')).to.not.exist;
    expect(shadow(el, '[part="table-toggle"]')).to.exist;
    expect(el.toCSV()).to.include('Active customers');
  });

  it('the menu by keyboard: opens on its first item, arrows move, Escape returns focus, Enter downloads', async () => {
    const el = await fixture<Widget>(html`<adds-churn-chart endpoint="/api" from=${FROM} to=${TO}></adds-churn-chart>`);
    await ready(el);
    const button = shadow(el, '[part="export-button"]')!;
    const menu = shadow(el, '[part="export-menu"]')!;
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(menu.hidden).to.be.true;

    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.dataset.format === 'csv', 3000, 'focus on the first item');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(menu.hidden).to.be.false;
    expect(getComputedStyle(focused()!).outlineStyle).to.equal('solid'); // the focus ring
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()?.dataset.format).to.equal('png');
    await sendKeys({ press: 'End' });
    expect(focused()?.dataset.format).to.equal('svg');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()?.dataset.format).to.equal('csv');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(menu.hidden).to.be.true;
    expect(focused()).to.equal(button);

    await sendKeys({ press: 'ArrowUp' });
    await until(() => focused()?.dataset.format === 'svg', 3000, 'focus on the last item');
    await sendKeys({ press: 'Home' });
    const exported = oneEvent(el, 'insights-export');
    el.addEventListener('insights-export', (e) => e.preventDefault(), { once: true }); // no file saved in the test
    await sendKeys({ press: 'Enter' });
    const { detail } = await exported;
    expect(detail.format).to.equal('csv');
    expect(detail.fileName).to.match(new RegExp(`^adds-churn-chart-${FROM}-${TO}-\\d{4}-\\d\\d-\\d\\d\\.csv$`));
    const bytes = new Uint8Array(await detail.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // the file has the UTF-8 BOM
    expect(await detail.blob.text()).to.equal(
      el.toCSV().replace(/Exported: [^\r]+/, (await detail.blob.text()).match(/Exported: [^\r]+/)![0]),
    );
    await el.updateComplete;
    expect(shadow(el, '[part="export"] [role="status"]')!.textContent).to.equal(`Downloaded ${detail.fileName}`);
    expect(focused()).to.equal(button);
  });

  it('speaks the widget’s language: menu, toggle and CSV headers in Dutch', async () => {
    const el = await fixture<Widget>(html`<adds-churn-chart endpoint="/api" from=${FROM} to=${TO} locale="nl"></adds-churn-chart>`);
    await ready(el);
    await until(() => shadow(el, '[part="export-button"]')!.getAttribute('aria-label') === 'Exporteren', 5000, 'Dutch words');
    expect(shadow(el, '[part="table-toggle"]')!.getAttribute('aria-label')).to.equal('Als tabel tonen');
    await until(() => rowsOf(el.toCSV())[0]![0] === 'Maand', 5000, 'Dutch headers');
    const csv = el.toCSV();
    expect(csv).to.include('# Periode: ');
    // Numbers stay machine-readable in every language: no thousands separators.
    expect(
      rowsOf(csv)
        .slice(1)
        .every((r) => r.slice(1).every((v) => /^\d+$/.test(v))),
    ).to.be.true;
  });
});
