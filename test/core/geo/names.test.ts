/** core/geo/names: country names in the locale through `Intl.DisplayNames`. */
import { expect } from '@open-wc/testing';
import { countryName } from '../../../src/core/geo/names.js';

describe('core/geo/names', () => {
  it('names countries in the locale, falling back to the label then the code', () => {
    expect(countryName('US', 'nl')).to.equal('Verenigde Staten');
    expect(countryName('DE', 'en')).to.equal('Germany');
    expect(countryName('ZZ', 'en', 'Somewhere')).to.equal('Somewhere');
    expect(countryName('<b>x</b>', 'en')).to.equal('<b>x</b>');
    expect(countryName('', 'en', '')).to.equal('');
  });
});
