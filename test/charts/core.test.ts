import { expect } from '@open-wc/testing';
import { escapeHtml } from '../../src/charts/escape.js';
import { luminance } from '../../src/charts/theme.js';
import { mergeOptions } from '../../src/charts/options/base.js';

describe('charts helpers', () => {
  it('escapes markup once', () => {
    expect(escapeHtml('<img src=x onerror=window.__x=1>')).to.equal('&lt;img src=x onerror=window.__x=1&gt;');
    expect(escapeHtml('R&D <EMEA>')).to.equal('R&amp;D &lt;EMEA&gt;');
    expect(escapeHtml(`"'\``)).to.equal('&quot;&#39;&#96;');
    expect(escapeHtml(1234)).to.equal('1234');
    expect(escapeHtml(undefined)).to.equal('');
  });

  it('tells dark from light backgrounds', () => {
    expect(luminance('rgb(255, 255, 255)')).to.be.closeTo(1, 1e-6);
    expect(luminance('rgb(30, 34, 39)')).to.be.below(0.05);
    expect(luminance('nonsense')).to.equal(1);
  });

  it('merges options deeply, replacing arrays', () => {
    const merged = mergeOptions({ chart: { type: 'bar', height: 100 }, colors: ['a', 'b'] }, { chart: { height: 200 }, colors: ['c'] });
    expect(merged).to.deep.equal({ chart: { type: 'bar', height: 200 }, colors: ['c'] });
  });
});
