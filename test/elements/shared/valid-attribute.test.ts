/** elements/shared/valid-attribute: bad values fall back to the default and warn once, naming what is allowed. */
import { expect } from '@open-wc/testing';
import { validInteger, validMembers, validOption } from '../../../src/elements/shared/valid-attribute.js';

describe('elements/shared/valid-attribute', () => {
  let warnings: string[];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (message: string) => warnings.push(message);
  });
  afterEach(() => (console.warn = warn));

  it('keeps an allowed option, else falls back and warns once per element, attribute and value', () => {
    const el = document.createElement('kpi-tile-probe');
    const allowed = ['bars', 'donut'] as const;
    expect(validOption(el, 'variant', 'donut', allowed, 'bars')).to.equal('donut');
    expect(warnings).to.have.length(0);
    expect(validOption(el, 'variant', 'pie', allowed, 'bars')).to.equal('bars');
    expect(validOption(el, 'variant', 'pie', allowed, 'bars')).to.equal('bars');
    expect(warnings).to.deep.equal(['<kpi-tile-probe> variant="pie" is not valid: use bars, donut. Using the default.']);
    validOption(el, 'variant', 'ring', allowed, 'bars');
    validOption(document.createElement('kpi-tile-probe'), 'variant', 'pie', allowed, 'bars');
    expect(warnings).to.have.length(3);
  });

  it('clamps integers silently and warns only for what is not a number', () => {
    const el = document.createElement('chart-probe');
    expect(validInteger(el, 'height', 5000, 160, 1200, 320)).to.equal(1200);
    expect(validInteger(el, 'height', 2.7e2, 160, 1200, 320)).to.equal(270);
    expect(warnings).to.have.length(0);
    expect(validInteger(el, 'height', 'tall', 160, 1200, 320)).to.equal(320);
    expect(warnings[0]).to.equal('<chart-probe> height="tall" is not valid: use a number from 160 to 1200. Using the default.');
    expect(validInteger(el, 'top', NaN, 1, Number.MAX_SAFE_INTEGER, 8)).to.equal(8);
    expect(warnings[1]).to.contain('a number from 1.');
  });

  it('keeps the members of a list that exist and drops the others, warning once for each', () => {
    const el = document.createElement('context-probe');
    const known = new Set(['NL', 'DE']);
    expect(validMembers(el, 'market', ['NL', 'XX', 'DE', 'YY'], known, 'a known market')).to.deep.equal(['NL', 'DE']);
    expect(validMembers(el, 'market', ['XX'], known, 'a known market')).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      '<context-probe> market="XX" is not valid: use a known market. Dropped.',
      '<context-probe> market="YY" is not valid: use a known market. Dropped.',
    ]);
  });
});
