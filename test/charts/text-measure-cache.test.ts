/**
 * The remembered label measurements (src/charts/text-measure-cache.ts): they wrap a method of
 * ApexCharts 4.7.0's internals, so these tests fail if that method is gone or if a remembered
 * box differs from a fresh measurement.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/adds-churn-chart/define.js';
import type { AddsChurnChart } from '../../src/elements/adds-churn-chart/adds-churn-chart.js';
import { forgetTextMeasures } from '../../src/charts/text-measure-cache.js';
import { until } from '../support/helpers.js';
import { emulateMedia, xLabels } from './chart-helpers.js';

type Box = { width: number; height: number };
type Graphics = { getTextRects(text: string, fontSize?: number | string, fontFamily?: string, transform?: string, useBBox?: boolean): Box };
type Instance = { graphics: Graphics; w: object; updateOptions(o: object, redraw?: boolean, animate?: boolean): Promise<unknown> };

async function drawn(markup = html`<adds-churn-chart endpoint="/api" from="2025-11" to="2026-10"></adds-churn-chart>`) {
  const el = await fixture<AddsChurnChart>(markup);
  await until(() => el.shadowRoot!.querySelector('.apexcharts-bar-series'), 8000, 'chart drawn');
  await el.chartComplete;
  const instance = (el as unknown as { chart: { instance: Instance } }).chart.instance;
  return { el, instance };
}

/** Counts `getBBox` calls while `run` runs: each is a forced layout. */
function bboxCalls(run: () => void): number {
  const original = SVGGraphicsElement.prototype.getBBox;
  let calls = 0;
  SVGGraphicsElement.prototype.getBBox = function (this: SVGGraphicsElement, ...args: []) {
    calls++;
    return original.apply(this, args);
  };
  try {
    run();
  } finally {
    SVGGraphicsElement.prototype.getBBox = original;
  }
  return calls;
}

/** The x-axis labels' text and position, as drawn. */
const labelPositions = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.apexcharts-xaxis-label')].map((t) => `${t.textContent}@${t.getAttribute('x')},${t.getAttribute('y')}`);

describe('remembered label measurements', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  it('ApexCharts still has the method it wraps, and a text is measured once per chart', async () => {
    const { instance } = await drawn();
    expect(instance.graphics.getTextRects, 'Graphics.getTextRects (ApexCharts 4.7.0 internals)').to.be.a('function');
    const text = `Label ${Math.random()}`;
    let first: Box | undefined;
    expect(bboxCalls(() => (first = instance.graphics.getTextRects(text, 12))), 'the first time: measured').to.be.at.least(1);
    let second: Box | undefined;
    expect(bboxCalls(() => (second = instance.graphics.getTextRects(text, 12))), 'the second time: remembered').to.equal(0);
    expect(second).to.deep.equal(first);
    expect(first!.width).to.be.above(0);
    // Another size is another box.
    let larger: Box | undefined;
    expect(bboxCalls(() => (larger = instance.graphics.getTextRects(text, 24)))).to.be.at.least(1);
    expect(larger!.width).to.be.above(first!.width * 1.5);
  });

  it('a redraw from remembered boxes places the labels exactly where fresh measurements do', async () => {
    const { el, instance } = await drawn();
    await instance.updateOptions({}, false, false); // measured again, from the boxes remembered at the first draw
    const remembered = labelPositions(el);
    forgetTextMeasures(instance);
    await instance.updateOptions({}, false, false); // measured afresh
    expect(xLabels(el).length).to.equal(12);
    expect(labelPositions(el)).to.deep.equal(remembered);
  });

  it('keeps no empty box, and forgets every box when web fonts load', async () => {
    const { instance } = await drawn();
    for (const round of ['first', 'second']) {
      expect(bboxCalls(() => instance.graphics.getTextRects('', 12)), `an empty box is measured every time (${round})`).to.be.at.least(1);
    }
    const text = `Fonts ${Math.random()}`;
    instance.graphics.getTextRects(text, 12);
    expect(bboxCalls(() => instance.graphics.getTextRects(text, 12))).to.equal(0);
    document.fonts.dispatchEvent(new Event('loadingdone'));
    expect(bboxCalls(() => instance.graphics.getTextRects(text, 12)), 'measured again after fonts loaded').to.be.at.least(1);
  });
});
