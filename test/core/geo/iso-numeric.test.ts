/** core/geo/iso-numeric: the generated ISO 3166-1 numeric → alpha-2 table. */
import { expect } from '@open-wc/testing';
import { NUMERIC_TO_ALPHA2 } from '../../../src/core/geo/iso-numeric.js';

describe('core/geo/iso-numeric', () => {
  it('holds the 249 ISO codes plus Kosovo, zero-padded, one alpha-2 each', () => {
    // 249 ISO 3166-1 codes plus i18n-iso-countries' user-assigned 983 → XK (Kosovo).
    expect(Object.keys(NUMERIC_TO_ALPHA2)).to.have.length(250);
    expect(NUMERIC_TO_ALPHA2['983']).to.equal('XK');
    expect(NUMERIC_TO_ALPHA2['528']).to.equal('NL');
    expect(NUMERIC_TO_ALPHA2['004']).to.equal('AF');
    expect(Object.keys(NUMERIC_TO_ALPHA2).filter((k) => !/^\d{3}$/.test(k))).to.deep.equal([]);
    const codes = Object.values(NUMERIC_TO_ALPHA2);
    expect(codes.filter((c) => !/^[A-Z]{2}$/.test(c))).to.deep.equal([]);
    expect(new Set(codes).size).to.equal(codes.length);
  });
});
