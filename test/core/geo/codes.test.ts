/** core/geo/codes: atlas ids and data keys → the alpha-2 codes the map knows. */
import { expect } from '@open-wc/testing';
import { alpha2FromNumeric, centroidOf, featureCode, knownCode } from '../../../src/core/geo/codes.js';

describe('core/geo/codes', () => {
  it('maps zero-padded ISO numeric ids to alpha-2', () => {
    expect(alpha2FromNumeric('528')).to.equal('NL');
    expect(alpha2FromNumeric('004')).to.equal('AF');
    expect(alpha2FromNumeric(4)).to.equal('AF');
    expect(alpha2FromNumeric('840')).to.equal('US');
    expect(alpha2FromNumeric('999')).to.equal(undefined);
    expect(alpha2FromNumeric('')).to.equal(undefined);
    expect(alpha2FromNumeric(undefined)).to.equal(undefined);
  });

  it('codes a feature by its id, or by name when it has none (Kosovo)', () => {
    expect(featureCode('528', 'Netherlands')).to.equal('NL');
    expect(featureCode(undefined, 'Kosovo')).to.equal('XK');
    expect(featureCode(undefined, 'N. Cyprus')).to.equal(undefined);
    expect(featureCode(undefined, undefined)).to.equal(undefined);
  });

  it('matches data keys leniently and rejects what is no country', () => {
    expect(knownCode('NL')).to.equal('NL');
    expect(knownCode(' nl ')).to.equal('NL');
    expect(knownCode('XK')).to.equal('XK');
    for (const bad of ['ZZ', '', '<b>x</b>', 'NLD', 'EU']) expect(knownCode(bad), bad).to.equal(undefined);
  });

  it('gives the tabled centroid of a place drawn as a dot', () => {
    expect(centroidOf('SG')).to.deep.equal([103.82, 1.35]);
    expect(centroidOf('ZZ')).to.equal(undefined);
  });
});
