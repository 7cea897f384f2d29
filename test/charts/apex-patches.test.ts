/**
 * The kit's patches of ApexCharts 4.7.0's internals: remembered label measurements
 * (src/charts/text-measure-cache.ts), single-line labels laid out without reading styles
 * (src/charts/text-rebuild.ts) and rotated labels measured in one layout
 * (src/charts/rotated-labels.ts). These tests fail if a patched method is gone, or if the
 * chart drawn with a patch differs from one drawn without.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/distribution-trend/define.js';
import type { DistributionTrend } from '../../src/elements/distribution-trend/distribution-trend.js';
import { forgetTextMeasures } from '../../src/charts/text-measure-cache.js';
import { until } from '../support/helpers.js';
import { emulateMedia, xLabels } from './chart-helpers.js';

type Box = { width: number; height: number };
type Graphics = { getTextRects(text: string, fontSize?: number | string, fontFamily?: string, transform?: string, useBBox?: boolean): Box };
type Instance = { graphics: Graphics; w: { globals: { dom: { Paper: { add(el: unknown): void } } } }; updateOptions(o: object, redraw?: boolean, animate?: boolean): Promise<unknown> };
type Drawn = { node: SVGTextElement; remove(): void };
type DrawText = { drawText(o: { x: number; y: number; text: string | string[]; fontSize: string; isPlainText: boolean }): Drawn };

async function drawn(markup = html`<distribution-trend endpoint="/api" from="2025-11" to="2026-10"></distribution-trend>`) {
  const el = await fixture<DistributionTrend>(markup);
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

/** Counts `getComputedStyle` calls while `run` runs: each may force a style recalculation. */
function styleReads(run: () => void): number {
  const original = window.getComputedStyle;
  let calls = 0;
  window.getComputedStyle = ((...args: Parameters<typeof original>) => {
    calls++;
    return original.apply(window, args);
  }) as typeof original;
  try {
    run();
  } finally {
    window.getComputedStyle = original;
  }
  return calls;
}

describe('label layout without forced style reads', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  it('a label of one line reads no style; one of two lines is still spaced by svg.js', async () => {
    const { instance } = await drawn();
    const graphics = instance.graphics as unknown as DrawText;
    let single: Drawn | undefined;
    expect(styleReads(() => (single = graphics.drawText({ x: 10, y: 20, text: 'Nov 2025', fontSize: '12px', isPlainText: false }))), 'one line').to.equal(0);
    expect(single!.node.querySelectorAll('tspan')).to.have.length(1);
    single!.remove();
    const double = graphics.drawText({ x: 10, y: 20, text: ['Nov', '2025'], fontSize: '12px', isPlainText: false });
    instance.w.globals.dom.Paper.add(double);
    const [first, second] = [...double.node.querySelectorAll('tspan')];
    expect(Number(second!.getAttribute('dy')), 'the second line one line-height (1.3 × 12 px) down').to.be.closeTo(15.6, 0.01);
    expect(second!.getAttribute('x'), 'and back at the start').to.equal(first!.getAttribute('x') ?? double.node.getAttribute('x'));
    double.remove();
  });
});

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

  it('measures a number of one shape once when the font draws every digit one width', async () => {
    const { instance } = await drawn();
    const width = (text: string) => instance.graphics.getTextRects(text, 12).width;
    const fresh = (text: string) => {
      forgetTextMeasures(instance);
      return width(text);
    };
    const [tabular, zeros] = [fresh('0123456789'), fresh('0000000000')];
    expect(tabular, 'the test page\'s font has tabular digits').to.be.closeTo(zeros, 0.01);
    forgetTextMeasures(instance);
    width('1,150');
    let other = 0;
    expect(bboxCalls(() => (other = width('2,380'))), 'same shape: remembered').to.equal(0);
    expect(other).to.be.closeTo(fresh('2,380'), 0.01);
    expect(bboxCalls(() => width('12,380')), 'another shape: measured').to.be.at.least(1);
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

describe('rotated month labels measured in one layout', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  it('rotates each label about the centre of its own box, as ApexCharts does', async () => {
    // 24 months: ApexCharts rotates the labels (rotateAlways beyond 12).
    const { el } = await drawn(html`<distribution-trend endpoint="/api" from="2024-11" to="2026-10"></distribution-trend>`);
    const labels = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.apexcharts-xaxis-texts-g text')];
    expect(labels.length).to.equal(24);
    for (const label of labels) {
      const [, , x, y] = /rotate\((-?[\d.]+) (-?[\d.]+) (-?[\d.]+)\)/.exec(label.getAttribute('transform') ?? '') ?? [];
      expect(x, `${label.textContent} is rotated`).to.not.equal(undefined);
      // The box ApexCharts reads: the label as drawn, before its rotation and right alignment.
      const unrotated = label.cloneNode(true) as SVGTextElement;
      unrotated.removeAttribute('transform');
      unrotated.setAttribute('text-anchor', 'middle');
      label.parentElement!.append(unrotated);
      const box = unrotated.getBBox();
      unrotated.remove();
      expect(Number(x), `${label.textContent} x`).to.be.closeTo(box.x + box.width / 2 + 1, 0.01);
      expect(Number(y), `${label.textContent} y`).to.be.closeTo(box.y + box.height / 2 - 1, 0.01);
    }
  });
});
