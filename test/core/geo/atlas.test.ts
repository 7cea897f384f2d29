/** core/geo/atlas: world-atlas TopoJSON → coded country features, against the real atlas. */
import { expect } from '@open-wc/testing';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { atlasCountries, isCountriesTopology } from '../../../src/core/geo/atlas.js';

describe('core/geo/atlas', () => {
  const countries = atlasCountries(atlas);

  it('codes every atlas shape but N. Cyprus and Somaliland; Kosovo by name', () => {
    const uncoded = countries
      .filter((c) => !c.code)
      .map((c) => c.name)
      .sort();
    expect(uncoded).to.deep.equal(['N. Cyprus', 'Somaliland']);
    expect(countries.find((c) => c.name === 'Kosovo')!.code).to.equal('XK');
    expect(new Set(countries.map((c) => c.code).filter(Boolean)).size).to.equal(countries.length - 2);
    expect(countries.find((c) => c.code === 'NL')!.name).to.equal('Netherlands');
  });

  it('rejects what is no countries topology, in words', () => {
    expect(isCountriesTopology(atlas)).to.equal(true);
    for (const bad of [null, {}, { type: 'Topology', objects: {} }, { type: 'FeatureCollection' }]) {
      expect(isCountriesTopology(bad)).to.equal(false);
      expect(() => atlasCountries(bad)).to.throw('The atlas is not a world-atlas countries topology.');
    }
  });
});
