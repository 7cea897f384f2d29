/** The adapter on its own: lazy loading, isolation from the page, escaping, nonce. */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import { LitElement, css, html as litHtml } from 'lit';
import { ChartController } from '../../src/charts/chart-controller.js';
import { chartStyles } from '../../src/charts/chart-styles.js';
import { baseOptions, mergeOptions } from '../../src/charts/options/base.js';
import { formatter } from '../../src/core/format.js';
import { tokens } from '../../src/themes/tokens.js';
import '../../src/elements/adds-churn-chart/define.js';
import '../../src/elements/distribution-trend/define.js';
import type { AddsChurnChart } from '../../src/elements/adds-churn-chart/adds-churn-chart.js';
import type { DistributionTrend } from '../../src/elements/distribution-trend/distribution-trend.js';
import { until } from '../support/helpers.js';
import { barSeries, centre, emulateMedia, tooltipText, xLabels, hover } from './chart-helpers.js';

/** `rgba(1,2,3,1)` / `rgb(1, 2, 3)` → `1,2,3`. */
const rgb = (c: string | null) => (c ?? '').replace(/rgba?\(|\)|\s/g, '').split(',').slice(0, 3).join(',');

const HOSTILE = ['<img src=x onerror=window.__x=1>', 'R&D <EMEA>', 'Plain'];

/** A minimal chart element built on the generic controller, as a colleague's donut would be. */
class TestBars extends LitElement {
  static override styles = [tokens, chartStyles, css`
    :host {
      display: block;
      width: 900px;
    }
  `];
  categories: string[] = HOSTILE;
  readonly chart = new ChartController(this, {
    target: () => this.renderRoot.querySelector<HTMLElement>('.chart'),
    deps: () => [this.categories],
    options: ({ theme, animate }) =>
      mergeOptions(baseOptions({ theme, animate, format: formatter('en'), height: 240 }), {
        chart: { type: 'bar' },
        series: [{ name: 'Customers', data: [3, 5, 7] }],
        xaxis: { categories: this.categories },
        tooltip: { shared: true, intersect: false },
      }),
  });
  protected override render() {
    return litHtml`<div class="wrap"><div class="chart"></div></div>`;
  }
}
customElements.define('test-bars', TestBars);

describe('chart adapter', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(() => resetMouse());

  it('loads ApexCharts only when a chart drawn with it is (not for the kit\'s own month chart)', async () => {
    const loaded = () => performance.getEntriesByType('resource').some((e) => /apexcharts/i.test(e.name));
    expect(loaded(), 'not loaded by importing the elements').to.equal(false);
    const own = await fixture<AddsChurnChart>(html`<adds-churn-chart endpoint="/api"></adds-churn-chart>`);
    await until(() => own.shadowRoot!.querySelector('.month-chart .columns rect'), 8000, 'the month chart drawn');
    expect(loaded(), 'adds-churn-chart draws without it').to.equal(false);
    const el = await fixture<DistributionTrend>(html`<distribution-trend endpoint="/api"></distribution-trend>`);
    await until(() => el.shadowRoot!.querySelector('.apexcharts-bar-series'), 8000, 'drawn');
    expect(loaded()).to.equal(true);
  });

  it('categories from data are SVG text (not double-escaped) and escaped in the tooltip', async () => {
    delete (window as { __x?: unknown }).__x;
    const el = await fixture<TestBars>(html`<test-bars></test-bars>`);
    await until(() => el.shadowRoot!.querySelector('.apexcharts-bar-series'), 8000, 'drawn');
    await el.chart.complete;
    expect(xLabels(el)).to.deep.equal(HOSTILE);
    for (let i = 0; i < 2; i++) {
      const [x, y] = centre(barSeries(el)[0].bars[i]);
      await hover([x, y]);
      await until(() => tooltipText(el).startsWith(HOSTILE[i]), 3000, `tooltip ${i}`);
    }
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __x?: unknown }).__x).to.equal(undefined);
  });

  it("a page's window.Apex defaults do not leak in; the theme follows the tokens", async () => {
    const apex = window as unknown as { Apex: Record<string, unknown> };
    const saved = { ...apex.Apex };
    Object.assign(apex.Apex, {
      colors: ['#ff0000'],
      chart: { fontFamily: 'Comic Sans MS', foreColor: '#00ff00', background: '#0000ff' },
      theme: { mode: 'dark' },
      dataLabels: { enabled: true },
    });
    try {
      const el = await fixture<TestBars>(html`<test-bars style="--insights-series-1: rgb(1, 2, 3); --insights-font-family: Georgia"></test-bars>`);
      await until(() => el.shadowRoot!.querySelector('.apexcharts-bar-series'), 8000, 'drawn');
      await el.chart.complete;
      const bar = barSeries(el)[0].bars[0];
      expect(rgb(bar.getAttribute('fill'))).to.equal('1,2,3');
      const svg = el.shadowRoot!.querySelector('svg.apexcharts-svg') as SVGSVGElement;
      expect(getComputedStyle(svg).backgroundColor, 'no background of the page’s Apex defaults').to.equal('rgba(0, 0, 0, 0)');
      const label = el.shadowRoot!.querySelector('.apexcharts-xaxis-label')!;
      expect(label.getAttribute('font-family')).to.contain('Georgia');
      expect(el.shadowRoot!.querySelectorAll('.apexcharts-datalabel')).to.have.length(0);
      expect(el.shadowRoot!.querySelector('.apexcharts-canvas')!.classList.contains('apexcharts-theme-light')).to.equal(true);
    } finally {
      for (const k of Object.keys(apex.Apex)) if (!(k in saved)) delete apex.Apex[k];
      Object.assign(apex.Apex, saved);
    }
  });

  it('dark tokens give a dark chart; a theme change updates the same chart', async () => {
    const el = await fixture<TestBars>(html`<test-bars></test-bars>`);
    await until(() => el.shadowRoot!.querySelector('.apexcharts-bar-series'), 8000, 'drawn');
    await el.chart.complete;
    const instance = el.chart.instance;
    expect(rgb(barSeries(el)[0].bars[0].getAttribute('fill'))).to.equal('0,114,178'); // --_series-1, light
    el.style.setProperty('--insights-color-scheme', 'dark');
    el.chart.refreshTheme();
    await el.updateComplete;
    await el.chart.complete;
    expect(el.chart.instance).to.equal(instance);
    expect(rgb(barSeries(el)[0].bars[0].getAttribute('fill'))).to.equal('86,180,233'); // --_series-1, dark
    expect(el.shadowRoot!.querySelector('.apexcharts-tooltip')!.classList.contains('apexcharts-theme-dark')).to.equal(true);
    const dark = await fixture<TestBars>(html`<test-bars style="--insights-color-scheme: dark"></test-bars>`);
    await until(() => dark.shadowRoot!.querySelector('.apexcharts-bar-series'), 8000, 'drawn');
    expect(dark.shadowRoot!.querySelector('.apexcharts-canvas')!.classList.contains('apexcharts-theme-dark')).to.equal(true);
  });

  it("follows the page's own theme switch on <html> without a call, updating the same chart", async () => {
    const el = await fixture<TestBars>(html`<test-bars></test-bars>`);
    await until(() => el.shadowRoot!.querySelector('.apexcharts-bar-series'), 8000, 'drawn');
    await el.chart.complete;
    const instance = el.chart.instance;
    expect(rgb(barSeries(el)[0].bars[0].getAttribute('fill'))).to.equal('0,114,178');
    document.documentElement.style.colorScheme = 'dark';
    try {
      await until(() => rgb(barSeries(el)[0].bars[0].getAttribute('fill')) === '86,180,233', 5000, 'dark fill');
      expect(el.chart.instance).to.equal(instance);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
    await until(() => rgb(barSeries(el)[0].bars[0].getAttribute('fill')) === '0,114,178', 5000, 'light again');
  });

  it('passes the page nonce to the styles ApexCharts adds', async () => {
    const script = document.createElement('script');
    script.setAttribute('nonce', 'n0nce-123');
    document.head.append(script);
    try {
      const el = await fixture<TestBars>(html`<test-bars></test-bars>`);
      await until(() => el.shadowRoot!.querySelector('.apexcharts-bar-series'), 8000, 'drawn');
      await el.chart.complete;
      const style = el.shadowRoot!.getElementById('apexcharts-css') as HTMLStyleElement;
      expect(style.nonce || style.getAttribute('nonce')).to.equal('n0nce-123');
    } finally {
      script.remove();
    }
  });
});
