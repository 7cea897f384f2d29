/**
 * Strict CSP: every widget rendered from the script-tag bundle on a page whose policy is
 * `default-src 'self'; style-src 'self' 'nonce-…'` (no unsafe-inline), hovered and clicked
 * through, raises no `securitypolicyviolation`: no inline `style=` anywhere, the chart engine's
 * `<style>` carries the nonce, and its measuring SVG is out of the page's CSS.
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
      () => widgets.every((w) => w.shadowRoot && !shows(w, '[part~="skeleton"]') && !shows(w, '[part="error"]') && w.shadowRoot.textContent!.trim()),
      20_000,
      'every widget to render',
    );
    await until(() => widgets.filter((w) => shows(w, '.apexcharts-canvas')).length === 1, 20_000, 'the ApexCharts chart drawn');
    await until(() => widgets.filter((w) => shows(w, 'svg.month-chart .columns rect')).length === 2, 20_000, 'the two month charts drawn');

    // Hover and click through: chart columns, map countries, bars, slices, arcs, legends, tabs.
    const at = async (el: Element | null | undefined, click = false) => {
      if (!el) return;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      const f = frame.getBoundingClientRect();
      const position: [number, number] = [Math.round(f.left + r.left + r.width / 2), Math.round(f.top + r.top + r.height / 2)];
      await sendMouse({ type: 'move', position });
      if (click) await sendMouse({ type: 'click', position });
    };
    for (const w of widgets) {
      await at(shows(w, '.apexcharts-bar-area, .apexcharts-series path, .month-chart .columns rect'));
      await at(shows(w, '[part~="country"], path[data-code]'));
      await at(shows(w, '[part~="legend-item"]'), true);
      await at(shows(w, '[part~="legend-item"]'), true);
      await at(shows(w, '.bar-row'), true);
      await at(shows(w, '[part~="slice"]'), true);
      await at(shows(w, '[part~="arc"]'), true);
      await at(shows(w, '[part~="tab"]:not([part~="tab-selected"])'), true);
    }
    await new Promise((r) => setTimeout(r, 500));

    // The chart engine's styles went in with the nonce (not blocked), so its classes apply.
    const chart = widgets.find((w) => shows(w, '.apexcharts-canvas'))!;
    const apexStyle = chart.shadowRoot!.getElementById('apexcharts-css') as HTMLStyleElement | null;
    expect(apexStyle, 'ApexCharts styles').to.exist;
    expect(apexStyle!.nonce).to.equal('n0nce-csp-test');
    // The month charts' columns and tooltip take their colours and place without inline styles.
    const addsChurn = widgets.find((w) => w.localName === 'adds-churn-chart')!;
    const column = shows(addsChurn, '.month-chart .columns rect')!;
    expect(frame.contentWindow!.getComputedStyle(column).fill).to.match(/^rgb/);
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
    await new Promise((r) => setTimeout(r, 300));

    expect(win().__violations).to.deep.equal([]);
    // The listener does see a violation when there is one (so the check above can fail).
    const probe = doc.createElement('div');
    probe.setAttribute('style', 'color: red');
    doc.body.append(probe);
    await until(() => win().__violations.length === 1, 3000, 'a deliberate violation to be seen');
    frame.remove();
  });
});
