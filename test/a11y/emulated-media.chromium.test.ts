/**
 * Media features only the DevTools protocol emulates, hence Chromium only (no WebDriver command
 * switches them; Firefox and WebKit run light, without forced colours: test/support/engine-commands.mjs).
 *
 * Forced colours (a contrast theme): series take system colours by palette slot, the same for
 * a series and its legend swatch; columns, map countries and sunburst segments are outlined in
 * CanvasText, so they stay apart when the theme has few colours; axe finds nothing in any state.
 * prefers-color-scheme: `theme="auto"` follows it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bundle.js';
import type { AddsChurnChart } from '../../src/elements/adds-churn-chart/adds-churn-chart.js';
import { until } from '../support/helpers.js';
import { monthColumns } from '../charts/chart-helpers.js';
import { emulateFeatures, luminance, painted, stateOf } from './support.js';
import { AXE, WIDGETS, renderFilterBars, renderStates } from './states-page.js';

const isDark = (el: Element) => luminance(getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor) < 0.4;

/** A system colour as the browser resolves it in this theme. */
function system(colour: string): string {
  const probe = document.createElement('span');
  probe.style.color = colour;
  probe.style.forcedColorAdjust = 'none';
  document.body.append(probe);
  const rgb = getComputedStyle(probe).color;
  probe.remove();
  return rgb;
}

async function loaded<T extends Element>(el: T): Promise<T> {
  await until(() => stateOf(el) === 'complete', 8000, `${el.localName} loaded`);
  await (el as Element & { chartComplete?: Promise<void> }).chartComplete;
  return el;
}

describe('forced colours', () => {
  before(() => emulateFeatures({ forcedColors: 'active', colorScheme: 'dark' }));
  after(() => emulateFeatures());

  it('adds-churn-chart: system colours by slot, the same in the legend; outlined columns', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await loaded(await fixture<AddsChurnChart>(html`<adds-churn-chart endpoint="/api" loading="eager"></adds-churn-chart>`));
    const [added, churned] = monthColumns(el);
    const fill = (path: Element) => getComputedStyle(path).fill;
    expect(fill(added.bars[0])).to.equal(system('LinkText'));
    expect(fill(churned.bars[0]), 'churned is hollow').to.equal(system('Canvas'));
    for (const bar of [added.bars[0], churned.bars[0]]) expect(getComputedStyle(bar).stroke).to.equal(system('CanvasText'));
    expect(getComputedStyle(churned.bars[0]).strokeDasharray, 'the second stack dashed').to.not.equal('none');
    const line = el.shadowRoot!.querySelector('.month-chart .line[data-key="existing"] path')!;
    expect(getComputedStyle(line).stroke, 'the line in its slot’s system colour').to.equal(system('CanvasText'));
    const swatch = (key: string) => getComputedStyle(el.shadowRoot!.querySelector(`[part="legend-item"][data-key="${key}"] .swatch`)!);
    expect(swatch('new').backgroundColor).to.equal(system('LinkText'));
    expect(swatch('churned').outlineColor).to.equal(system('CanvasText'));
    expect(swatch('existing').borderTopColor, 'the line’s dash').to.equal(system('CanvasText'));
  });

  it('distribution-trend: every stack outlined, told apart by dash; the stack walked to ringed in Highlight', async () => {
    const el = await loaded(await fixture<HTMLElement>(html`<distribution-trend endpoint="/api" loading="eager"></distribution-trend>`));
    const stacks = monthColumns(el);
    expect(stacks).to.have.length(9);
    const first = stacks.map((s) => getComputedStyle(s.bars[0]));
    for (const style of first) expect(style.stroke).to.equal(system('CanvasText'));
    const looks = new Set(first.map((style) => `${style.strokeDasharray}|${style.strokeWidth}`));
    expect(looks.size, 'outlines differ by dash or width').to.be.at.least(8);
    const months = el.shadowRoot!.querySelectorAll<SVGElement>('[part="month"]');
    months[months.length - 1].focus();
    months[months.length - 1].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true }));
    await until(() => el.shadowRoot!.querySelector('.month-chart rect.stack-active'), 2000, 'a stack walked to');
    const ring = getComputedStyle(el.shadowRoot!.querySelector('.month-chart rect.stack-active')!);
    expect(ring.stroke).to.equal(system('Highlight'));
    expect(ring.strokeDasharray, 'a solid ring').to.equal('none');
  });

  it('map countries and sunburst segments are outlined in CanvasText', async () => {
    const page = await fixture(
      html`<filter-context endpoint="/api" loading="eager">
        <customer-geo-map></customer-geo-map><product-sunburst></product-sunburst>
      </filter-context>`,
    );
    const map = await loaded(page.querySelector('customer-geo-map')!);
    await until(() => map.shadowRoot!.querySelector('[part="map"] path'), 8000, 'the map drawn');
    const sunburst = await loaded(page.querySelector('product-sunburst')!);
    const country = map.shadowRoot!.querySelector('[part="map"] path')!;
    const arc = sunburst.shadowRoot!.querySelector('[part~="arc"]')!;
    expect(getComputedStyle(country).stroke).to.equal(system('CanvasText'));
    expect(getComputedStyle(arc).stroke).to.equal(system('CanvasText'));
  });
});

describe('axe in forced colours: every widget × state × theme', () => {
  before(() => emulateFeatures({ forcedColors: 'active' }));
  after(() => emulateFeatures());

  for (const { tag, attributes } of WIDGETS) {
    it(`${tag}${attributes ? ` ${attributes}` : ''}: loading, loaded, empty, error; light and dark`, async () => {
      const page = await renderStates(tag, attributes);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      await painted();
      await expect(page).to.be.accessible(AXE);
    });
  }

  it('filter-bar in a filter-context: loaded and error, light and dark', async () => {
    await expect(await renderFilterBars()).to.be.accessible(AXE);
  });
});

describe('prefers-color-scheme', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateFeatures();
  });

  it('auto follows prefers-color-scheme even on a page that says light; unset keeps the page’s', async () => {
    document.documentElement.style.colorScheme = 'light';
    await emulateFeatures({ colorScheme: 'dark' });
    const page = await fixture(
      html`<div>
        <filter-context endpoint="/api" loading="eager" theme="auto"><kpi-card></kpi-card></filter-context>
        <filter-context endpoint="/api" loading="eager"><kpi-card></kpi-card></filter-context>
      </div>`,
    );
    const [auto, unset] = [...page.querySelectorAll('kpi-card')];
    await loaded(auto);
    await loaded(unset);
    expect([isDark(auto), isDark(unset)]).to.deep.equal([true, false]);
    await emulateFeatures({ colorScheme: 'light' });
    expect(isDark(auto)).to.equal(false);
  });
});
