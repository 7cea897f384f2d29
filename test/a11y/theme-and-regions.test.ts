/**
 * `theme` on filter-context and on widgets (light, dark, auto, unset = the page's scheme), the
 * charts following it; and every widget's card: a region named by its headline, its title a
 * heading only with `heading-level`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bundle.js';
import type { AddsChurnChart } from '../../src/elements/adds-churn-chart/adds-churn-chart.js';
import { until } from '../support/helpers.js';
import { emulateFeatures, luminance, painted, stateOf } from './support.js';

const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const isDark = (el: Element) => luminance(getComputedStyle(base(el)).backgroundColor) < 0.4;

async function loaded<T extends Element>(el: T): Promise<T> {
  await until(() => stateOf(el) === 'complete', 8000, `${el.localName} loaded`);
  await (el as Element & { chartComplete?: Promise<void> }).chartComplete;
  return el;
}

/** The colour the chart's y axis labels are drawn with. */
const axisColour = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.month-chart .axis.y text')!).fill;

describe('theme', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateFeatures();
  });

  it('unset: the widgets follow the page’s color-scheme', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const context = await fixture(html`<filter-context endpoint="/api" loading="eager"><kpi-card></kpi-card></filter-context>`);
    const tile = await loaded(context.querySelector('kpi-card')!);
    expect(isDark(tile)).to.equal(true);
    document.documentElement.style.colorScheme = 'light';
    expect(isDark(tile)).to.equal(false);
  });

  it('light and dark on filter-context win over the page; a widget’s own theme wins over its context’s', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const context = await fixture(
      html`<filter-context endpoint="/api" loading="eager" theme="light">
        <kpi-card></kpi-card><kpi-card metric="active" theme="dark"></kpi-card>
      </filter-context>`,
    );
    const [light, dark] = [...context.querySelectorAll('kpi-card')];
    await loaded(light);
    await loaded(dark);
    expect([isDark(light), isDark(dark)]).to.deep.equal([false, true]);
    context.setAttribute('theme', 'dark');
    expect(isDark(light)).to.equal(true);
  });

  it('charts redraw in the provider’s theme when it changes', async () => {
    const context = await fixture(
      html`<filter-context endpoint="/api" loading="eager" theme="light">
        <adds-churn-chart></adds-churn-chart>
      </filter-context>`,
    );
    const chart = await loaded(context.querySelector<AddsChurnChart>('adds-churn-chart')!);
    const light = axisColour(chart);
    context.setAttribute('theme', 'dark');
    await until(() => axisColour(chart) !== light, 5000, 'axis labels recoloured');
    await chart.chartComplete;
    const probe = chart.shadowRoot!.querySelector('.month-chart .axis.y text')!;
    expect(luminance(getComputedStyle(probe).fill), 'light labels on a dark card').to.be.above(0.3);
    expect(isDark(chart)).to.equal(true);
  });

  it('a bad theme counts as unset and says so once', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const context = await fixture(
        html`<filter-context endpoint="/api" theme="sepia"><kpi-card theme="blue"></kpi-card></filter-context>`,
      );
      await (context.querySelector('kpi-card') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await painted();
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('theme="sepia"'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('theme="blue"'))).to.have.length(1);
    expect(warnings[0]).to.contain('light, dark, auto');
  });
});

describe('each widget: a region named by its headline; a heading only when asked', () => {
  const WIDGETS: [string, RegExp][] = [
    ['kpi-card', /^Customers: [\d,]+, (up|down) [\d.]+% over 12 months$/],
    ['customer-geo-map', /^Geographical spread: [\d,]+ customers in \d+ countries$/],
    ['adds-churn-chart', /^Customer adds and churns, .+ to .+: [\d,]+ new, [\d,]+ churned\.$/],
    ['active-vs-total', /^Active customers against total customers, .+; in .+ [\d,]+ of [\d,]+ were active\.$/],
    ['distribution-tabs', /^Customer distribution: Partner location$/],
    ['product-sunburst', /^Customers by product: [\d,]+ customers$/],
    ['distribution-trend', /^Customers per market, .+, \d+ stacks\.$/],
  ];

  for (const [tag, name] of WIDGETS) {
    it(tag, async () => {
      const context = await fixture(html`<filter-context endpoint="/api" loading="eager"></filter-context>`);
      const el = document.createElement(tag) as HTMLElement & { headingLevel: string | number; updateComplete: Promise<unknown> };
      context.append(el);
      await loaded(el);
      const region = base(el);
      expect(region.localName).to.equal('section');
      expect(region.getAttribute('aria-label')).to.match(name);
      expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]'), 'no heading by default').to.equal(null);
      el.setAttribute('heading-level', '2');
      await el.updateComplete;
      const title = el.shadowRoot!.querySelector('[part="label"]')!;
      expect([title.getAttribute('role'), title.getAttribute('aria-level')]).to.deep.equal(['heading', '2']);
      // Nothing inside the card skips a level.
      const levels = [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => Number(h.getAttribute('aria-level')));
      expect(Math.max(...levels)).to.be.at.most(3);
    });
  }
});
