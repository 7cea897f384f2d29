/** The message catalogues: every key translated, the locale → catalogue rule, errors in words. */
import { expect } from '@open-wc/testing';
import { en, nl, t, type Messages } from '../../src/i18n/translate.js';
import { HttpError, InvalidResponseError, MissingEndpointError, NetworkError } from '../../src/data/errors.js';
import { describeError } from '../../src/i18n/describe-error.js';

type Node = Record<string, unknown>;

/** Every leaf of a catalogue as [path, value]. */
function leaves(node: Node, path = ''): [string, unknown][] {
  return Object.entries(node).flatMap(([key, value]) =>
    value && typeof value === 'object' ? leaves(value as Node, `${path}${key}.`) : [[`${path}${key}`, value] as [string, unknown]],
  );
}

type Fn = (...args: unknown[]) => unknown;

/**
 * Argument lists to try on a message function: texts, counts (singular and plural) and metric
 * keys. Only the lists the English function takes (no throw, no "undefined") are used.
 */
function sampleArgs(english: Fn): unknown[][] {
  const n = Math.max(english.length, 1);
  const shapes: unknown[][] = [
    Array.from({ length: n }, (_, i) => `x${i}`),
    Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : '1')),
    Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 12 : '12')),
    ['x0', 1, '1', '50%', 'P'],
    ['x0', 12, '12', '50%', 'P'],
    ['customers'],
    ['active'],
    ['added'],
  ];
  return shapes.filter((args) => {
    try {
      const out = english(...args);
      return typeof out === 'string' && !out.includes('undefined');
    } catch {
      return false;
    }
  });
}

describe('i18n catalogues', () => {
  it('nl has every key of en, of the same kind, and no empty text', () => {
    const english = new Map(leaves(en as unknown as Node));
    const dutch = new Map(leaves(nl as unknown as Node));
    expect([...dutch.keys()].sort()).to.deep.equal([...english.keys()].sort());
    for (const [key, value] of dutch) {
      const source = english.get(key);
      expect(typeof value, key).to.equal(typeof source);
      if (typeof value === 'string') {
        expect(value.trim(), key).to.not.equal('');
      } else if (typeof value === 'function') {
        const tries = sampleArgs(source as Fn);
        expect(tries, `${key}: sample arguments`).to.not.be.empty;
        for (const args of tries) {
          const out = (value as Fn)(...args);
          expect(out, `${key}(${args.join(', ')})`).to.be.a('string');
          expect((out as string).trim(), key).to.not.equal('');
          expect(out as string, key).to.not.contain('undefined');
        }
      }
    }
  });

  it('nl is translated: no text identical to English except names that are the same in Dutch', () => {
    const same = new Set(['dimension.segment', 'dimension.product', 'dimension.sku']);
    const english = new Map(leaves(en as unknown as Node));
    for (const [key, value] of leaves(nl as unknown as Node)) {
      if (typeof value === 'string' && !same.has(key)) expect(value, key).to.not.equal(english.get(key));
    }
  });

  it('t(locale): Dutch for nl and its regions, English for anything else', () => {
    for (const tag of ['nl', 'nl-NL', 'nl-BE', 'NL', 'nl_BE']) expect(t(tag), tag).to.equal(nl);
    for (const tag of ['en', 'en-GB', 'fr-FR', 'de', '', undefined, 'constructor', 'x-nl', 'toString']) {
      expect(t(tag), String(tag)).to.equal(en);
    }
  });

  it('plural forms follow Intl.PluralRules', () => {
    expect(en.kpi.overMonths(1)).to.equal('over 1 month');
    expect(en.kpi.overMonths(12)).to.equal('over 12 months');
    expect(nl.kpi.overMonths(1)).to.equal('in 1 maand');
    expect(nl.kpi.overMonths(12)).to.equal('in 12 maanden');
    expect(nl.common.customerCount(1, '1')).to.equal('1 klant');
    expect(nl.common.customerCount(1234, '1.234')).to.equal('1.234 klanten');
    expect(en.geo.count('1', 1, '1')).to.equal('1 of 1 country');
  });

  it('describeError keeps the English message for developers and says it in the widget\'s words', () => {
    const errors = [
      new NetworkError('/x'),
      new HttpError('/x', 503, { type: 'about:blank', title: 'Down', status: 503, detail: 'Maintenance' }),
      new HttpError('/x', 401),
      new InvalidResponseError('/x', 'months.1.customers: expected number'),
      new InvalidResponseError('/x', 'the answer is not JSON', 'not-json'),
      new MissingEndpointError(),
    ];
    // English in the UI is exactly the developer's message.
    for (const e of errors) expect(describeError(e, en.error)).to.equal(e.message);
    expect(describeError(errors[0], nl.error)).to.equal(nl.error.network);
    expect(describeError(errors[1], nl.error)).to.equal('Het eindpunt antwoordde met 503: Maintenance');
    expect(describeError(errors[2], nl.error)).to.contain('referenties');
    expect(describeError(errors[3], nl.error)).to.contain('gegevenscontract (months.1.customers');
    expect(describeError(errors[4], nl.error)).to.equal('Het antwoord van het eindpunt is geen JSON.');
    expect(errors[4].message).to.contain('not JSON');
    expect(describeError(errors[5], nl.error)).to.equal(nl.error.missingEndpoint);
    expect(nl.error.missingEndpoint).to.contain('Geen gegevenseindpunt');
    expect(describeError('boom', nl.error)).to.equal(nl.error.unknown);
    expect(describeError(undefined, en.error)).to.equal(en.error.unknown);
  });

  it('every catalogue satisfies Messages (compile-time; a missing key fails tsc)', () => {
    const check: Messages = nl;
    expect(check).to.equal(nl);
  });
});
