/** core/geo/scale: the map's colour steps on nice log breaks. */
import { expect } from '@open-wc/testing';
import { colorScale, niceCeil, stepLabels } from '../../../src/core/geo/scale.js';

describe('core/geo/scale', () => {
  it('puts larger values in equal or darker steps, on nice log breaks', () => {
    const values = [1, 2, 3, 8, 15, 40, 90, 120, 300];
    const s = colorScale(values);
    expect(s.thresholds).to.deep.equal([5, 10, 20, 50, 200]);
    const steps = values.map((v) => s.step(v));
    expect(steps).to.deep.equal([...steps].sort((a, b) => a - b));
    expect(s.step(300)).to.equal(s.steps - 1);
    expect(s.step(0)).to.equal(0);
    expect(s.color(s.steps - 1, 6)).to.equal(5);
    expect(stepLabels(s, String, 'With data')).to.deep.equal(['< 5', '5–9', '10–19', '20–49', '50–199', '≥ 200']);
  });

  it('copes with one value, zeros and garbage', () => {
    expect(colorScale([]).thresholds).to.deep.equal([]);
    expect(colorScale([0, 0]).steps).to.equal(1);
    expect(colorScale([7, 7, 7]).step(7)).to.equal(0);
    // One step: the legend names it in the widget's words.
    expect(stepLabels(colorScale([7, 7, 7]), String, 'Met gegevens')).to.deep.equal(['Met gegevens']);
    expect(colorScale([NaN, -3, Infinity, 10, 1000]).thresholds.every(Number.isFinite)).to.equal(true);
    expect(niceCeil(3)).to.equal(5);
    expect(niceCeil(120)).to.equal(200);
  });
});
