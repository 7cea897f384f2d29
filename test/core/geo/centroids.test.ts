/** core/geo/centroids: where to put a dot for the places world-atlas draws no shape for. */
import { expect } from '@open-wc/testing';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { atlasCountries } from '../../../src/core/geo/atlas.js';
import { CENTROIDS } from '../../../src/core/geo/centroids.js';
import { knownCode } from '../../../src/core/geo/codes.js';
import { NUMERIC_TO_ALPHA2 } from '../../../src/core/geo/iso-numeric.js';

describe('core/geo/centroids', () => {
  const withShape = new Set(atlasCountries(atlas).map((c) => c.code));

  it('places every ISO country and Kosovo: a shape or a tabled centroid (no customer disappears)', () => {
    const all = [...Object.values(NUMERIC_TO_ALPHA2), 'XK'];
    expect(all.filter((c) => !withShape.has(c) && !CENTROIDS[c])).to.deep.equal([]);
    for (const micro of ['SG', 'MT', 'BH', 'HK', 'MC', 'AD', 'LI', 'SM', 'VA', 'MV', 'BB', 'GI']) {
      expect(withShape.has(micro), micro).to.equal(false);
      expect(CENTROIDS[micro], micro).to.have.length(2);
    }
  });

  it('tables known codes only, as longitude and latitude on the globe', () => {
    for (const [code, [lon, lat]] of Object.entries(CENTROIDS)) {
      expect(knownCode(code), code).to.equal(code);
      expect(lon, code).to.be.within(-180, 180);
      expect(lat, code).to.be.within(-90, 90);
    }
  });
});
