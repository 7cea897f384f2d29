/** core/format: locale-aware numbers, percentages and months, and the per-locale `formatter`. */
import { expect } from '@open-wc/testing';
import {
  formatMonth,
  formatNumber,
  formatPercent,
  formatSignedPercent,
  formatter,
  nameCollator,
  safeLocale,
} from '../../src/core/format.js';

describe('core/format', () => {
  it('formats in the locale', () => {
    expect(formatNumber(1234567, 'en')).to.equal('1,234,567');
    expect(formatNumber(1234567, 'nl')).to.equal('1.234.567');
    expect(formatPercent(0.042, 'en')).to.equal('4.2%');
    expect(formatSignedPercent(0.042, 'en')).to.equal('+4.2%');
    expect(formatSignedPercent(-0.01, 'nl')).to.match(/^-1\s?%$/);
    expect(formatMonth('2026-01', 'en')).to.equal('Jan 2026');
    expect(formatMonth('2026-03', 'nl')).to.equal('mrt 2026');
    expect(formatMonth('2026-03', 'nl', 'long')).to.equal('maart 2026');
  });

  it('falls back to en for a malformed locale', () => {
    expect(safeLocale('not a locale!')).to.equal('en');
    expect(safeLocale('nl-NL')).to.equal('nl-NL');
  });

  it('hands out one cached formatter per locale', () => {
    expect(formatter('nl')).to.equal(formatter('nl'));
    expect(formatter('en')).to.not.equal(formatter('nl'));
    expect(formatter('en').locale).to.equal('en');
    expect(formatter('nl').locale).to.equal('nl');
  });

  for (const locale of ['en', 'nl']) {
    it(`formats like the plain functions (${locale})`, () => {
      const f = formatter(locale);
      for (const n of [0, 7, 1234567, -42.5]) expect(f.number(n), String(n)).to.equal(formatNumber(n, locale));
      for (const r of [0, 0.042, -0.01, 1.5]) {
        expect(f.percent(r), String(r)).to.equal(formatPercent(r, locale));
        expect(f.signedPercent(r), String(r)).to.equal(formatSignedPercent(r, locale));
      }
      expect(f.month('2026-03')).to.equal(formatMonth('2026-03', locale));
      expect(f.month('2026-03', 'long')).to.equal(formatMonth('2026-03', locale, 'long'));
    });
  }

  it('formats with its own locale', () => {
    const [en, nl] = [formatter('en'), formatter('nl')];
    expect([en.number(1234.5), nl.number(1234.5)]).to.deep.equal(['1,234.5', '1.234,5']);
    expect(en.signedPercent(0.042)).to.equal('+4.2%');
    expect(nl.signedPercent(0.042)).to.match(/^\+4,2\s?%$/);
    expect([en.month('2026-03', 'long'), nl.month('2026-03', 'long')]).to.deep.equal(['March 2026', 'maart 2026']);
  });

  it('orders names with one collator per locale: accents and case aside, numbers by value', () => {
    // Made once: the map's grid sorts on every render, the filter bar's options on every open.
    expect(nameCollator('nl')).to.equal(nameCollator('nl'));
    expect(nameCollator('nl')).not.to.equal(nameCollator('de'));
    const names = ['Zone 10', 'écluse', 'Zone 2', 'Eiland'].sort(nameCollator('en').compare);
    expect(names).to.deep.equal(['écluse', 'Eiland', 'Zone 2', 'Zone 10']);
  });
});
