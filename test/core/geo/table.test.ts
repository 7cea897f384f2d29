/** core/geo/table: the country grid's sorting, search and shares. */
import { expect } from '@open-wc/testing';
import { defaultDirection, foldText, searchRows, share, sortRows, type GeoRow } from '../../../src/core/geo/table.js';

describe('core/geo/table', () => {
  const rows: GeoRow[] = [
    { key: 'NL', code: 'NL', name: 'Netherlands', customers: 50, active: 40, added: 9 },
    { key: 'US', code: 'US', name: 'United States', customers: 300, active: 100, added: 9 },
    { key: 'CW', code: 'CW', name: 'Curaçao', customers: 2, active: 2, added: 1 },
    { key: 'ZZ', code: undefined, name: 'ZZ', customers: 1, active: 0, added: 20 },
  ];
  const keys = (r: GeoRow[]) => r.map((x) => x.key);

  it('sorts on every column, both ways, ties by name', () => {
    expect(keys(sortRows(rows, 'customers', 'descending'))).to.deep.equal(['US', 'NL', 'CW', 'ZZ']);
    expect(keys(sortRows(rows, 'customers', 'ascending'))).to.deep.equal(['ZZ', 'CW', 'NL', 'US']);
    expect(keys(sortRows(rows, 'active', 'descending'))).to.deep.equal(['US', 'NL', 'CW', 'ZZ']);
    expect(keys(sortRows(rows, 'added', 'descending'))).to.deep.equal(['ZZ', 'NL', 'US', 'CW']);
    expect(keys(sortRows(rows, 'added', 'ascending'))).to.deep.equal(['CW', 'NL', 'US', 'ZZ']);
    expect(keys(sortRows(rows, 'name', 'ascending'))).to.deep.equal(['CW', 'NL', 'US', 'ZZ']);
    expect(keys(sortRows(rows, 'name', 'descending'))).to.deep.equal(['ZZ', 'US', 'NL', 'CW']);
    expect(keys(rows)).to.deep.equal(['NL', 'US', 'CW', 'ZZ']);
  });

  it('searches names (without accents) and codes', () => {
    expect(keys(searchRows(rows, 'neth'))).to.deep.equal(['NL']);
    expect(keys(searchRows(rows, 'CURACAO'))).to.deep.equal(['CW']);
    expect(keys(searchRows(rows, 'us'))).to.deep.equal(['US']);
    expect(keys(searchRows(rows, 'zz'))).to.deep.equal(['ZZ']);
    expect(keys(searchRows(rows, '  '))).to.have.length(4);
    expect(searchRows(rows, 'nothing here')).to.deep.equal([]);
  });

  it('computes shares without NaN', () => {
    expect(share(25, 100)).to.equal(0.25);
    expect(share(3, 0)).to.equal(0);
  });

  it('folds accents and case for search; first sorts names A→Z, figures largest first', () => {
    expect(foldText(' Curaçao ')).to.equal('curacao');
    expect(defaultDirection('name')).to.equal('ascending');
    expect(defaultDirection('customers')).to.equal('descending');
  });
});
