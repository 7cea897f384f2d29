/** customer-geo-map in Chromium against the real reference endpoint and static fixtures. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia, restoreMedia } from '../support/media.js';
import '../../src/elements/customer-geo-map/define.js';
import '../../src/elements/filter-context/define.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import type { CustomerGeoMap } from '../../src/elements/customer-geo-map/customer-geo-map.js';
import { colorScale } from '../../src/core/geo/scale.js';
import type { BreakdownResponse } from '../../src/data/contract.js';
import { HOSTILE_IMG, fetchJson, hostileMarkupRan, until } from '../support/helpers.js';
import { root, paths, dots, rows, rowKeys, cell, svgOf, viewBox, contains, shapeOf, shapeBox, sortButton, map } from './map-helpers.js';

/** The number the map colours a country by, read back from the fill class. */
const stepClass = (node: Element) => Number(/s(\d)/.exec(node.getAttribute('class') ?? '')?.[1] ?? -1);

describe('customer-geo-map', () => {
  let api: BreakdownResponse;
  before(async () => {
    api = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=market');
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  after(() => restoreMedia());
  afterEach(() => {
    delete (window as { __x?: unknown }).__x;
  });

  it('draws every atlas country once, and a dot for each microstate with data', async () => {
    const el = await map();
    // 177 shapes in countries-110m, less Antarctica (no data for it).
    expect(paths(el)).to.have.length(176);
    const dotCodes = dots(el).map((d) => d.dataset.code);
    for (const micro of ['SG', 'LU', 'MT', 'BH', 'HK', 'MC', 'XK']) {
      expect(
        api.rows.some((r) => r.key === micro),
        `${micro} in the sample`,
      ).to.equal(true);
      expect(dotCodes, micro).to.include(micro);
    }
    // No dot for countries big enough to see, and none for countries without data.
    expect(dotCodes).not.to.include('US');
    expect(dotCodes.every((c) => api.rows.some((r) => r.key === c))).to.equal(true);
    // No customer disappears: each row is on the map (shape or dot) and in the grid.
    const onMap = new Set([...paths(el).map((p) => p.dataset.code), ...dotCodes]);
    for (const r of api.rows) expect(onMap.has(r.key), r.key).to.equal(true);
    expect(rowKeys(el).sort()).to.deep.equal(api.rows.map((r) => r.key).sort());
    // The map is one picture, not 200 tab stops.
    expect(root(el).querySelectorAll('[part="map"] [tabindex]')).to.have.length(0);
  });

  it('colours by the selected metric: a larger value is never lighter', async () => {
    const el = await map();
    for (const metric of ['customers', 'active', 'added'] as const) {
      el.metric = metric;
      await el.updateComplete;
      const scale = colorScale(api.rows.map((r) => r[metric]));
      const coloured = [...paths(el), ...dots(el)].filter((p) => p.dataset.code);
      expect(coloured.length).to.be.greaterThan(30);
      const seen = coloured.map((p) => ({ v: api.rows.find((r) => r.key === p.dataset.code)![metric], s: stepClass(p) }));
      for (const a of seen) for (const b of seen) if (a.v > b.v) expect(a.s, `${metric} ${a.v} vs ${b.v}`).to.be.at.least(b.s);
      const top = api.rows.reduce((a, b) => (b[metric] > a[metric] ? b : a));
      expect(stepClass(shapeOf(el, top.key) ?? root(el).querySelector(`circle[data-code="${top.key}"]`)!)).to.equal(
        scale.color(scale.steps - 1, 6),
      );
      expect(root(el).querySelector('[part="legend"]')!.querySelectorAll('li')).to.have.length(scale.steps + 1);
    }
    // Countries without data are neutral and not interactive.
    const br = paths(el).find((p) => !p.dataset.code && p.classList.contains('none'));
    expect(br).to.exist;
    expect(el.getAttribute('metric')).to.equal('added');
    // The switch sets the metric; a bogus one falls back to customers instead of NaN fills.
    root(el).querySelector<HTMLButtonElement>('[part="metrics"] button')!.click();
    await el.updateComplete;
    expect(el.metric).to.equal('customers');
    el.setAttribute('metric', 'churned');
    await el.updateComplete;
    expect(root(el).querySelector('[part="metrics"] [aria-pressed="true"]')!.textContent!.trim()).to.equal('Customers');
    expect(stepClass(shapeOf(el, 'US')!)).to.equal(5);
  });

  it('paints step sK with --insights-geo-(K+1), on the map and in the legend', async () => {
    // Six distinct colours, one per step token, set by the page.
    const colours = ['rgb(1, 0, 0)', 'rgb(2, 0, 0)', 'rgb(3, 0, 0)', 'rgb(4, 0, 0)', 'rgb(5, 0, 0)', 'rgb(6, 0, 0)'];
    const el = await map();
    colours.forEach((c, k) => el.style.setProperty(`--insights-geo-${k + 1}`, c));
    const seen = new Set<number>();
    for (const shape of paths(el).filter((p) => p.dataset.code)) {
      const k = stepClass(shape);
      seen.add(k);
      expect(getComputedStyle(shape).fill, `${shape.dataset.code} in step ${k}`).to.equal(colours[k]);
    }
    expect(seen.size, 'steps on the map').to.be.greaterThan(3);
    const swatches = [...root(el).querySelectorAll<HTMLElement>('[part="legend"] .swatch:not(.none)')];
    expect(swatches.length).to.be.greaterThan(3);
    for (const swatch of swatches) expect(getComputedStyle(swatch).backgroundColor).to.equal(colours[stepClass(swatch)]);
  });

  it('sorts on every column, both ways, with aria-sort', async () => {
    const el = await map();
    const byKey = new Map(api.rows.map((r) => [r.key, r]));
    for (const metric of ['customers', 'active', 'added'] as const) {
      for (const direction of ['descending', 'ascending']) {
        if (sortButton(el, metric).closest('th')!.getAttribute('aria-sort') !== direction) sortButton(el, metric).click();
        await el.updateComplete;
        if (sortButton(el, metric).closest('th')!.getAttribute('aria-sort') !== direction) sortButton(el, metric).click();
        await el.updateComplete;
        expect(sortButton(el, metric).closest('th')!.getAttribute('aria-sort')).to.equal(direction);
        const values = rowKeys(el).map((k) => byKey.get(k)![metric]);
        const expected = [...values].sort((a, b) => (direction === 'ascending' ? a - b : b - a));
        expect(values, `${metric} ${direction}`).to.deep.equal(expected);
        // The cell shows the number.
        const first = rows(el)[0];
        const col = ['customers', 'active', 'added'].indexOf(metric) + 1;
        expect(cell(first, col)).to.equal(byKey.get(first.dataset.key!)![metric].toLocaleString('en'));
      }
    }
    sortButton(el, 'name').click();
    await el.updateComplete;
    const names = rows(el).map((r) => r.querySelector('.name')!.textContent!);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(root(el).querySelectorAll('th[aria-sort="ascending"], th[aria-sort="descending"]')).to.have.length(1);
  });

  it('shows each figure with its share of the total', async () => {
    const el = await map();
    const us = rows(el).find((r) => r.dataset.key === 'US')!;
    const row = api.rows.find((r) => r.key === 'US')!;
    const pct = (v: number, t: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(v / t);
    expect(us.cells[1].querySelector('.pct')!.textContent).to.equal(pct(row.customers, api.total.customers));
    expect(us.cells[2].querySelector('.pct')!.textContent).to.equal(pct(row.active, api.total.active));
    expect(us.cells[3].querySelector('.pct')!.textContent).to.equal(pct(row.added, api.total.added));
  });

  it('searches by name and by code', async () => {
    const el = await map();
    const search = root(el).querySelector<HTMLInputElement>('[part="search"]')!;
    search.focus();
    await sendKeys({ type: 'nether' });
    await el.updateComplete;
    expect(rowKeys(el)).to.deep.equal(['NL']);
    search.value = 'sg';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(rowKeys(el)).to.deep.equal(['SG']);
    search.value = 'no such place';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(rowKeys(el)).to.deep.equal([]);
    expect(root(el).querySelector('.count')!.textContent).to.equal(`0 of ${api.rows.length} countries`);
  });

  it('hover shows the figures with their shares', async () => {
    const el = await map();
    const nl = shapeOf(el, 'NL')!;
    nl.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tip = root(el).querySelector('[part="tooltip"]')!;
    const row = api.rows.find((r) => r.key === 'NL')!;
    const text = tip.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Netherlands');
    expect(text).to.contain(`Customers ${row.customers}`);
    expect(text).to.contain(`Active ${row.active}`);
    expect(text).to.contain(`Added ${row.added}`);
    expect(text).to.contain(`${Math.round((row.customers / api.total.customers) * 1000) / 10}%`);
    svgOf(el).dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(root(el).querySelector('[part="tooltip"]')).to.equal(null);
  });

  it('selecting a row zooms to the country and emits insights-select; Home and Escape return', async () => {
    const el = await map();
    const world = viewBox(el);
    expect(world).to.deep.equal({ x: 0, y: 0, width: svgOf(el).width.baseVal.value, height: svgOf(el).height.baseVal.value });
    const row = rows(el).find((r) => r.dataset.key === 'NL')!;
    setTimeout(() => row.click());
    const event = await oneEvent(el, 'insights-select');
    expect(event.detail).to.deep.equal({ dimension: 'market', key: 'NL' });
    await el.updateComplete;
    const zoomed = viewBox(el);
    expect(contains(zoomed, shapeBox(el, 'NL'))).to.equal(true);
    // A small country fills the view with its margin: about a tenth of the world's width (0.105
    // for the Netherlands in WebKit at this 570 px box; the world was once read before its refit).
    expect(zoomed.width).to.be.lessThan(world.width / 8);
    expect(row.getAttribute('aria-current')).to.equal('true');
    expect(root(el).querySelector('.outline.selected')).to.exist;

    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part="home"]')!.click());
    expect((await oneEvent(el, 'insights-select')).detail).to.deep.equal({ dimension: 'market', key: null });
    await el.updateComplete;
    expect(viewBox(el)).to.deep.equal(world);
    expect(root(el).querySelector('[part="home"]')).to.equal(null);

    // Keyboard: the grid is one tab stop; arrows move, Enter selects, Escape goes home.
    expect(rows(el).filter((r) => r.tabIndex === 0)).to.have.length(1);
    rows(el)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const second = rows(el)[1];
    expect(root(el).activeElement).to.equal(second);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal(second.dataset.key);
    expect(viewBox(el).width).to.be.lessThan(world.width);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal('');
    expect(viewBox(el)).to.deep.equal(world);
  });

  it('zooms to a microstate dot, and clicking the map selects', async () => {
    const el = await map();
    // Dots are drawn by index: a late layout (WebKit lays the map out once more) gives the same
    // <circle> another country, so the dot is looked up when clicked, not kept from before.
    const dot = () => root(el).querySelector<SVGCircleElement>('circle[data-code="SG"]')!;
    setTimeout(() => dot().dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    expect((await oneEvent(el, 'insights-select')).detail.key).to.equal('SG');
    await el.updateComplete;
    const sg = dot();
    const v = viewBox(el);
    const [cx, cy] = [sg.cx.baseVal.value, sg.cy.baseVal.value];
    expect(cx).to.be.within(v.x, v.x + v.width);
    expect(cy).to.be.within(v.y, v.y + v.height);
    // The dot keeps its size on screen.
    expect(parseFloat(getComputedStyle(sg).r) * (svgOf(el).width.baseVal.value / v.width)).to.be.closeTo(3.5, 0.2);
  });

  it('zooms correctly across the antimeridian (Russia, Fiji, USA with Alaska)', async () => {
    const el = await map(html`<customer-geo-map endpoint="/fixtures/geo-200" style="width:1000px"></customer-geo-map>`);
    const world = viewBox(el);
    for (const code of ['RU', 'FJ', 'US']) {
      el.selected = code;
      await el.updateComplete;
      const v = viewBox(el);
      expect(v.width, code).to.be.lessThan(world.width * 0.6);
      expect(v.x, code).to.be.at.least(-world.width * 0.1);
      expect(v.x + v.width, code).to.be.at.most(world.width * 1.1);
    }
    // The USA view holds Alaska (the path's west end) and the east coast.
    const us = shapeBox(el, 'US');
    const v = viewBox(el);
    expect(v.x).to.be.at.most(us.x + us.width * 0.05); // the west end (Alaska) is in view
    expect(v.x + v.width).to.be.at.least(us.x + us.width * 0.95); // and so is the east coast
  });

  it("names the legend's one colour step in the widget's words when one country has data (nl)", async () => {
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/api" locale="nl" .filters=${{ market: ['NL'] }}
        ><customer-geo-map style="width:1000px"></customer-geo-map
      ></filter-context>`,
    );
    const el = ctx.querySelector('customer-geo-map')!;
    const legend = () => (root(el).querySelector('[part="legend"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    await until(() => rowKeys(el).join() === 'NL' && legend().includes('Met gegevens'), 8000, 'the one step, in Dutch');
    expect(legend()).to.equal('Met gegevens Geen gegevens');
  });

  it('names countries in the locale of the context (nl)', async () => {
    const el = await map(html`<customer-geo-map endpoint="/api" locale="nl" style="width:1000px"></customer-geo-map>`);
    const names = rows(el).map((r) => r.querySelector('.name')!.textContent);
    expect(names).to.include('Verenigde Staten');
    expect(names).to.include('Duitsland');
    const search = root(el).querySelector<HTMLInputElement>('[part="search"]')!;
    search.value = 'verenigde';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(rowKeys(el)).to.include.members(['US', 'AE']); // Verenigde Arabische Emiraten
  });

  it('lists unknown codes as text under "unknown location"; hostile names stay text', async () => {
    const el = await map(html`<customer-geo-map endpoint="/fixtures/geo-unknown" style="width:1000px"></customer-geo-map>`);
    const unknown = [...root(el).querySelectorAll<HTMLTableRowElement>('tbody.unknown tr[data-key]')];
    expect(unknown.map((r) => r.dataset.key).sort()).to.deep.equal(['', '<b>x</b>', 'ZZ']);
    expect(root(el).querySelector('.unknown-note')!.textContent).to.contain('Unknown location');
    const hostile = unknown.find((r) => r.dataset.key === '<b>x</b>')!;
    expect(hostile.querySelector('.name')!.textContent).to.equal(HOSTILE_IMG);
    expect(hostile.querySelector('code')!.textContent).to.equal('<b>x</b>');
    expect(root(el).querySelector('img, b')).to.equal(null);
    expect(unknown.find((r) => r.dataset.key === '')!.textContent).to.contain('(no code)');
    expect(unknown.find((r) => r.dataset.key === 'ZZ')!.querySelector('.name')!.textContent).to.equal('ZZ');
    // Known ones are still on the map, unknown ones are not, and selecting one does not crash.
    expect(shapeOf(el, 'US')).to.exist;
    expect(root(el).querySelector('circle[data-code="SG"]')).to.exist;
    hostile.click();
    await el.updateComplete;
    expect(el.selected).to.equal('<b>x</b>');
    expect(viewBox(el).x).to.equal(0);
    expect(await hostileMarkupRan()).to.equal(false);
  });

  it('renders the hostile endpoint without running its markup', async () => {
    const el = await map(html`<customer-geo-map endpoint="/hostile-api" style="width:800px"></customer-geo-map>`);
    expect(await hostileMarkupRan()).to.equal(false);
    expect(root(el).querySelector('img, script')).to.equal(null);
  });

  it('refits the projection when resized, below the grid when narrow', async () => {
    const el = await map();
    const wide = svgOf(el).width.baseVal.value;
    expect(wide).to.be.greaterThan(420);
    const transform = () => root(el).querySelector('.shapes')!.getAttribute('transform');
    const fitted = transform();
    const grid = root(el).querySelector('[part="grid"]')!;
    expect(grid.getBoundingClientRect().top).to.be.lessThan(svgOf(el).getBoundingClientRect().bottom);
    el.style.width = '420px';
    // Polled to the end: a refit may pass through an intermediate width on its way.
    await until(() => svgOf(el).width.baseVal.value <= 420, 3000, 'refit to the narrow box');
    await el.updateComplete;
    const narrow = svgOf(el).width.baseVal.value;
    expect(narrow).to.be.within(300, 420);
    expect(viewBox(el).width).to.equal(narrow);
    // The paths stay; the one transform fits them to the new width.
    expect(transform()).not.to.equal(fitted);
    const box = shapeBox(el, 'BR');
    expect(box.x + box.width).to.be.lessThan(narrow);
    // Narrow: the grid moves below the map.
    expect(grid.getBoundingClientRect().top).to.be.at.least(svgOf(el).getBoundingClientRect().bottom);
  });

  it('loads the atlas from atlas-url, and shows an error with Retry when it cannot', async () => {
    const withAtlas = (url: string) =>
      map(html`<customer-geo-map endpoint="/api" atlas-url=${url} style="width:600px"></customer-geo-map>`);
    const ok = await withAtlas('/node_modules/world-atlas/countries-110m.json');
    expect(paths(ok)).to.have.length(176);
    // A copy of the kit's prepared atlas: the same shapes as the bundled chunk's, read as they are.
    const prepared = await withAtlas('/src/core/geo/projected/countries-110m.json');
    expect(paths(prepared).map((p) => p.getAttribute('d'))).to.deep.equal(paths(ok).map((p) => p.getAttribute('d')));
    // Off the page: a third map would start below the viewport's look-ahead, and load only when scrolled to.
    ok.remove();
    prepared.remove();
    const bad = await fixture<CustomerGeoMap>(
      html`<customer-geo-map endpoint="/api" atlas-url="/no/such/atlas.json" style="width:600px"></customer-geo-map>`,
    );
    await until(() => root(bad).querySelector('.map [part="error"]'), 8000, 'atlas error');
    expect(root(bad).querySelector('.map [part="error"]')!.textContent).to.contain('atlas');
    expect(root(bad).querySelector('.map [part="retry"]')).to.exist;
    expect(rows(bad).length).to.be.greaterThan(10); // the grid still works
  });

  it('shows loading, empty and error states', async () => {
    const loading = await fixture<CustomerGeoMap>(html`<customer-geo-map endpoint="/delay/800/api"></customer-geo-map>`);
    expect(root(loading).querySelector('[part="skeleton"]')).to.exist;
    const empty = await fixture<CustomerGeoMap>(html`<customer-geo-map endpoint="/empty-api"></customer-geo-map>`);
    await until(() => root(empty).querySelector('[part="empty"]'), 8000, 'empty');
    expect(root(empty).querySelector('svg[part="map"]')).to.equal(null);
    const failed = await fixture<CustomerGeoMap>(html`<customer-geo-map endpoint="/status/500"></customer-geo-map>`);
    await until(() => root(failed).querySelector('[part="error"]'), 8000, 'error');
    expect(root(failed).querySelector('[part="retry"]')).to.exist;
  });

  it('handles 200 countries: every row in the grid and on the map', async () => {
    const el = await map(html`<customer-geo-map endpoint="/fixtures/geo-200" style="width:1000px"></customer-geo-map>`);
    const data = await fetchJson<BreakdownResponse>('/fixtures/geo-200/customers/breakdown?by=market');
    expect(rows(el)).to.have.length(200);
    const onMap = new Set([...paths(el), ...dots(el)].map((p) => p.dataset.code));
    expect(data.rows.filter((r) => !onMap.has(r.key)).map((r) => r.key)).to.deep.equal([]);
  });

  it('passes axe, zoomed and not', async () => {
    const el = await map();
    await expect(el).to.be.accessible();
    el.selected = 'NL';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('survives disconnect and reconnect', async () => {
    const el = await map();
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    el.style.width = '700px';
    await until(() => svgOf(el)?.width.baseVal.value < 700, 3000, 'refit after reconnect');
  });
  it('keeps the map and grid on show, dimmed and busy, while a filter change loads', async () => {
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/delay/400/api">
        <customer-geo-map style="width:1000px"></customer-geo-map>
      </filter-context>`,
    );
    const el = ctx.querySelector<CustomerGeoMap>('customer-geo-map')!;
    const base = () => root(el).querySelector('[part="base"]')!;
    await until(() => paths(el).length > 100 && rows(el).length > 0 && base().getAttribute('aria-busy') === 'false', 8000, 'map and grid');
    const before = rowKeys(el);
    ctx.filters = { segment: ['Education'] };
    await until(() => base().getAttribute('aria-busy') === 'true', 2000, 'busy');
    expect(root(el).querySelector('[part="skeleton"]'), 'no skeleton').to.equal(null);
    expect(rowKeys(el), 'the last rows').to.deep.equal(before);
    expect(getComputedStyle(root(el).querySelector('header')!).opacity, 'the header stays as it is').to.equal('1');
    await until(() => base().getAttribute('aria-busy') === 'false', 5000, 'the new answer');
    const education = await fetchJson<BreakdownResponse>('/api/customers/breakdown?by=market&segment=Education');
    expect(rows(el).length).to.equal(education.rows.filter((r) => r.customers > 0).length);
  });
});
