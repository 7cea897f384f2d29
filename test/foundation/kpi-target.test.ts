/** kpi-card targets: progress in numbers, words and shape, the goal line, context targets, directions. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/filter-context/define.js';
import '../../src/elements/kpi-card/define.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { FilterContext } from '../../src/elements/filter-context/filter-context.js';
import { fetchJson, until } from '../support/helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const pct = (ratio: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
const loaded = (el: KpiCard) => until(() => part(el, 'value'), 8000, 'kpi-card');

/** The y the tile's goal line must have: the sparkline's one scale spans the months and the goal. */
function goalY(series: number[], goal: number): number {
  const min = Math.min(...series, goal);
  const max = Math.max(...series, goal);
  return Math.round((40 - 2 - ((goal - min) / (max - min || 1)) * 36) * 100) / 100;
}

describe('kpi-card target', () => {
  it('shows progress to a target not yet reached: percentage, a hatched bar, "!" and words; a goal line at the target', async () => {
    const data = await fetchJson('/api/customers/monthly');
    const series = data.months.map((m) => m.customers);
    const last = series.at(-1)!;
    const target = last + 250;
    const el = await fixture<KpiCard>(html`<kpi-card endpoint="/api" metric="customers" target=${target}></kpi-card>`);
    await loaded(el);
    const box = part(el, 'target')!;
    const words = `Target ${target.toLocaleString('en')}: ${pct(last / target)}, below target`;
    expect(text(box)).to.equal(`! ${words}`);
    expect(box.classList.contains('missed')).to.equal(true);
    expect(part(el, 'base')!.getAttribute('aria-label')).to.contain(words);
    const bar = part(el, 'target-bar')!;
    const fill = bar.querySelector('.fill')!;
    expect(fill.getBoundingClientRect().width / bar.getBoundingClientRect().width).to.be.closeTo(last / target, 0.01);
    // Shape, not colour alone: the missed fill is hatched.
    expect(getComputedStyle(fill).backgroundImage).to.contain('repeating-linear-gradient');
    const goal = part(el, 'goal-line')!;
    expect(Number(goal.getAttribute('y1'))).to.equal(goalY(series, target));
  });

  it('a reached target: ✓, a solid bar, "target reached"', async () => {
    const data = await fetchJson('/api/customers/monthly');
    const last = data.months.at(-1)!.active;
    const el = await fixture<KpiCard>(html`<kpi-card endpoint="/api" metric="active" target=${last - 10}></kpi-card>`);
    await loaded(el);
    expect(text(part(el, 'target'))).to.equal(`✓ Target ${(last - 10).toLocaleString('en')}: ${pct(last / (last - 10))}, target reached`);
    expect(part(el, 'target')!.classList.contains('met')).to.equal(true);
    expect(getComputedStyle(part(el, 'target-bar')!.querySelector('.fill')!).backgroundImage).to.equal('none');
  });

  it('filterContext.targets: churned is lower-is-better by default, its goal line the pace per month; target-direction overrides', async () => {
    const data = await fetchJson('/api/customers/monthly');
    const churn = data.months.map((m) => m.churned);
    const sum = churn.reduce((a, b) => a + b, 0);
    const ctx = await fixture<FilterContext>(
      html`<filter-context endpoint="/api" loading="eager">
        <kpi-card metric="churned"></kpi-card><kpi-card metric="added"></kpi-card>
      </filter-context>`,
    );
    ctx.targets = { churned: sum + 20 };
    const [churned, added] = [...ctx.querySelectorAll<KpiCard>('kpi-card')];
    await loaded(churned!);
    await until(() => part(churned!, 'target'), 3000, 'target');
    expect(text(part(churned!, 'target'))).to.equal(`✓ Target ${(sum + 20).toLocaleString('en')}: ${pct(sum / (sum + 20))}, within target`);
    expect(Number(part(churned!, 'goal-line')!.getAttribute('y1'))).to.equal(goalY(churn, (sum + 20) / churn.length));
    expect(part(added!, 'target')).to.equal(null);
    ctx.targets = { churned: sum - 20 };
    await until(() => text(part(churned!, 'target')).includes('over target'), 3000, 'over target');
    expect(part(churned!, 'target')!.classList.contains('missed')).to.equal(true);
    // The tile's own target and direction win.
    churned!.target = sum + 5;
    churned!.targetDirection = 'up';
    await until(() => text(part(churned!, 'target')).includes('below target'), 3000, 'own target');
    expect(text(part(churned!, 'target'))).to.contain(`Target ${(sum + 5).toLocaleString('en')}`);
  });

  it('a target that is not a number is no target (and warns once); none on the products tile', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<KpiCard>(html`<kpi-card endpoint="/api" metric="customers" target="lots"></kpi-card>`);
      await loaded(el);
      expect(part(el, 'target')).to.equal(null);
      expect(part(el, 'goal-line')).to.equal(null);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('target="lots"'))).to.have.length(1);
    const products = await fixture<KpiCard>(html`<kpi-card endpoint="/api" metric="products" target="5"></kpi-card>`);
    await until(() => part(products, 'bars'), 8000, 'bars');
    expect(part(products, 'target')).to.equal(null);
  });
});
