/**
 * Strict CSP: every widget rendered from the script-tag bundle on a page whose policy is
 * `default-src 'self'; style-src 'self'` (no unsafe-inline, no nonce), hovered and clicked
 * through, raises no `securitypolicyviolation`: no inline `style=` anywhere, no `<style>` of a
 * chart engine that would need the nonce, no measuring SVG left for the page's CSS.
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { until } from '../support/helpers.js';

type CspWindow = Window & { __violations: string[]; __ready?: boolean };

describe('strict Content-Security-Policy', () => {
  it('renders, hovers and clicks every widget with zero violations', async function () {
    this.timeout(60_000);
    const frame = document.createElement('iframe');
    frame.src = '/csp/page.html';
    Object.assign(frame, { width: '1240', height: '2400' });
    frame.setAttribute('title', 'CSP page');
    document.body.prepend(frame);
    const win = () => frame.contentWindow as CspWindow;
    await until(() => win()?.__ready, 15_000, 'the CSP page');
    const doc = frame.contentDocument!;
    const widgets = [...doc.querySelectorAll('filter-context > *')];
    const shows = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector);
    await until(
      () =>
        widgets.every(
          (w) => w.shadowRoot && !shows(w, '[part~="skeleton"]') && !shows(w, '[part="error"]') && w.shadowRoot.textContent!.trim(),
        ),
      20_000,
      'every widget to render',
    );
    await until(
      () => widgets.filter((w) => shows(w, 'svg.month-chart .columns rect')).length === 3,
      20_000,
      'the three month charts drawn',
    );

    // Hover and click through: chart columns, map countries, bars, slices, arcs, legends, tabs.
    // Each widget's targets must be there: a renamed part fails here instead of being skipped.
    const at = async (el: Element | null | undefined, click = false) => {
      const r = el!.getBoundingClientRect();
      const f = frame.getBoundingClientRect();
      const position: [number, number] = [Math.round(f.left + r.left + r.width / 2), Math.round(f.top + r.top + r.height / 2)];
      await sendMouse({ type: 'move', position });
      if (click) await sendMouse({ type: 'click', position });
    };
    const monthChart: [string, boolean][] = [
      ['.month-chart .columns rect', false],
      ['[part~="legend-item"]', true], // a series off…
      ['[part~="legend-item"]', true], // …and on again
    ];
    const targets = (w: Element): [string, boolean][] => {
      switch (w.localName) {
        case 'adds-churn-chart':
        case 'active-vs-total':
        case 'distribution-trend':
          return monthChart;
        case 'customer-geo-map':
          return [['path[data-code]', false]];
        case 'distribution-tabs':
          return [
            [w.getAttribute('variant') === 'donut' ? '[part~="slice"]' : '.bar-row', true],
            ['[part~="tab"]:not([part~="tab-selected"])', true],
          ];
        case 'product-sunburst':
          return [['[part~="arc"]', true]];
        default:
          return [];
      }
    };
    for (const w of widgets) {
      for (const [selector, click] of targets(w)) {
        const el = shows(w, selector);
        expect(el, `${w.localName}: ${selector}`).to.exist;
        el!.scrollIntoView({ block: 'center' });
        await at(el, click);
      }
    }

    // No widget added a <style> element (which a policy without a nonce would block).
    expect(widgets.filter((w) => w.shadowRoot!.querySelector('style')).map((w) => w.localName)).to.deep.equal([]);
    // The month charts' columns and tooltip take their colours and place without inline styles.
    const addsChurn = widgets.find((w) => w.localName === 'adds-churn-chart')!;
    const column = shows(addsChurn, '.month-chart .columns rect')!;
    expect(frame.contentWindow!.getComputedStyle(column).fill).to.match(/^rgb/);
    column.scrollIntoView({ block: 'center' });
    await at(column);
    await until(() => shows(addsChurn, '[part="tooltip"]'), 3000, 'the month tooltip');
    const tip = shows(addsChurn, '[part="tooltip"]') as HTMLElement;
    expect(frame.contentWindow!.getComputedStyle(tip).position).to.equal('absolute');
    expect(parseFloat(frame.contentWindow!.getComputedStyle(tip).left), 'placed beside the month').to.be.greaterThan(0);
    // Bars and legend swatches have their sizes and colours without inline styles.
    const tabs = widgets.find((w) => w.localName === 'distribution-tabs')!;
    const bar = shows(tabs, '[part="bar"]') as HTMLElement;
    expect(bar.getBoundingClientRect().width).to.be.greaterThan(20);
    expect(frame.contentWindow!.getComputedStyle(bar).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    // Nothing of the engine is left for the page's CSS to restyle.
    expect([...doc.body.children].filter((c) => c.localName === 'svg')).to.have.length(0);

    // Export under the same policy: the menu, "Show as table", CSV and both images, no violation.
    for (const w of widgets as (HTMLElement & { toCSV(): string; toImage(t: string): Promise<Blob> })[]) {
      (shows(w, '[part="table-toggle"]') as HTMLElement | null)?.click();
      (shows(w, '[part="export-button"]') as HTMLElement).click();
      expect(w.toCSV()).to.match(/^# /);
      const png = await w.toImage('png');
      expect(png.type, w.localName).to.equal('image/png');
      expect((await w.toImage('svg')).size).to.be.greaterThan(1000);
      (shows(w, '[part="table-toggle"]') as HTMLElement | null)?.click();
    }

    // Violations are reported a task after they happen, in order: a deliberate one made now is
    // seen after any the steps above caused. Once it is in, it must be the only one.
    // (An image from another origin: refused by `default-src 'self'` before any request, and
    // named by its URL in the report.)
    const probe = doc.createElement('img');
    probe.src = 'https://csp-probe.invalid/probe.png';
    doc.body.append(probe);
    await until(() => win().__violations.some((v) => v.includes('csp-probe.invalid')), 3000, 'a deliberate violation to be seen');
    expect(win().__violations.filter((v) => !v.includes('csp-probe.invalid'))).to.deep.equal([]);
    frame.remove();
  });
});
