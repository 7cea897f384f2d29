/** The message catalogues: every key translated, the locale → words rule, errors in words. */
import { expect } from '@open-wc/testing';
import { catalogue, en, GROUPS, SHIPPED_LANGUAGES, type Messages } from '../../src/i18n/translate.js';
import { wordsFor } from '../../src/i18n/languages.js';
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

/** Whether `text` shows `arg` as a token of its own (the "P" of "Previous" is not the argument P). */
function shows(text: string, arg: string): boolean {
  const escaped = arg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}([^\\p{L}\\p{N}]|$)`, 'u').test(text);
}

/** Texts that are the same word in English and the language (names, loan words). */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  nl: [
    'dimension.segment',
    'dimension.product',
    'dimension.sku',
    'common.labelValue',
    'filterBar.title',
    'filterBar.toggle',
    'export.filters',
  ],
  de: ['dimension.segment', 'dimension.sku', 'common.labelValue'],
  fr: ['dimension.segment', 'dimension.sku'],
};

describe('i18n catalogues', () => {
  let nl: Messages;
  let de: Messages;
  let fr: Messages;
  before(async () => {
    [nl, de, fr] = await Promise.all([catalogue('nl'), catalogue('de'), catalogue('fr')]);
  });
  const shipped = () => ({ nl, de, fr });

  it('every group is named as the catalogue names it', () => {
    for (const [name, group] of Object.entries(GROUPS)) expect(group.name, name).to.equal(name);
    expect([...SHIPPED_LANGUAGES]).to.deep.equal(['nl', 'de', 'fr']);
  });

  for (const language of SHIPPED_LANGUAGES) {
    it(`${language} has every key of en, of the same kind, and no empty text`, () => {
      const english = new Map(leaves(en as unknown as Node));
      const translated = new Map(leaves(shipped()[language] as unknown as Node));
      expect([...translated.keys()].sort()).to.deep.equal([...english.keys()].sort());
      for (const [key, value] of translated) {
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
            // Every argument the English text shows, the translation shows too.
            const english = (source as Fn)(...args) as string;
            for (const arg of args) {
              if (typeof arg === 'string' && /^(x\d|P$|50%)/.test(arg) && shows(english, arg))
                expect(out as string, `${key} shows ${arg}`).to.contain(arg);
            }
          }
        }
      }
    });

    it(`${language} is translated: no text or sentence identical to English except names`, () => {
      const same = new Set(SAME_AS_ENGLISH[language]);
      const english = new Map(leaves(en as unknown as Node));
      for (const [key, value] of leaves(shipped()[language] as unknown as Node)) {
        if (same.has(key)) continue;
        if (typeof value === 'string') expect(value, key).to.not.equal(english.get(key));
        if (typeof value === 'function') {
          for (const args of sampleArgs(english.get(key) as Fn)) {
            expect((value as Fn)(...args), key).to.not.equal((english.get(key) as Fn)(...args));
          }
        }
      }
    });
  }

  it('German and French punctuation: French spaces before ":", German keeps capitalised dimensions', () => {
    expect(fr.common.labelValue('Clients', '812')).to.equal('Clients\u00a0: 812');
    expect(de.common.labelValue('Kunden', '812')).to.equal('Kunden: 812');
    expect(de.trend.caption('Partnerstandort')).to.equal('Kunden pro Monat nach Partnerstandort');
    expect(fr.trend.caption('Marché')).to.equal('Clients par mois et par marché');
    expect(fr.common.range('avril 2026', 'juin 2026')).to.equal('d’avril 2026 à juin 2026');
    expect(fr.common.range('janvier 2026', 'juin 2026')).to.equal('de janvier 2026 à juin 2026');
    expect(de.common.range('Januar 2026', 'Juni 2026')).to.equal('Januar 2026 bis Juni 2026');
  });

  it('wordsFor(group, locale): the shipped language for it and its regions once loaded, English for anything else', async () => {
    const { kpi } = GROUPS;
    for (const tag of ['en', 'en-GB', 'es-MX', 'ja', 'constructor', 'x-nl', 'toString']) {
      const { words, pending } = wordsFor(kpi, tag);
      expect(words, tag).to.equal(kpi.en);
      expect(pending, tag).to.equal(undefined);
    }
    for (const [tag, title] of [
      ['nl-BE', 'Klanten'],
      ['de-AT', 'Kunden'],
      ['fr_CA', 'Clients'],
      ['DE', 'Kunden'],
    ] as const) {
      const first = wordsFor(kpi, tag);
      if (first.pending) await first.pending;
      const { words, pending } = wordsFor(kpi, tag);
      expect(pending, tag).to.equal(undefined);
      expect(words.title.customers, tag).to.equal(title);
    }
  });

  it('plural forms follow Intl.PluralRules', () => {
    expect(de.kpi.overMonths(1)).to.equal('in 1 Monat');
    expect(de.kpi.overMonths(12)).to.equal('in 12 Monaten');
    expect(de.common.customerCount(1, '1')).to.equal('1 Kunde');
    expect(de.common.customerCount(1234, '1.234')).to.equal('1.234 Kunden');
    expect(de.geo.count('3', 120, '120')).to.equal('3 von 120 Ländern');
    expect(de.geo.count('1', 1, '1')).to.equal('1 von 1 Land');
    expect(fr.common.customerCount(0, '0')).to.equal('0 client');
    expect(fr.common.customerCount(2, '2')).to.equal('2 clients');
    expect(fr.trend.summary('Marché', 'x', 1)).to.contain('1 pile.');
    expect(en.kpi.overMonths(1)).to.equal('over 1 month');
    expect(en.kpi.overMonths(12)).to.equal('over 12 months');
    expect(nl.kpi.overMonths(1)).to.equal('in 1 maand');
    expect(nl.kpi.overMonths(12)).to.equal('in 12 maanden');
    expect(nl.common.customerCount(1, '1')).to.equal('1 klant');
    expect(nl.common.customerCount(1234, '1.234')).to.equal('1.234 klanten');
    expect(en.geo.count('1', 1, '1')).to.equal('1 of 1 country');
  });

  it("describeError keeps the English message for developers and says it in the widget's words", () => {
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
    expect(describeError(errors[1], de.error)).to.equal('Der Endpunkt antwortete mit 503: Maintenance');
    expect(describeError(errors[2], de.error)).to.contain('Zugangsdaten');
    expect(describeError(errors[1], fr.error)).to.equal('Le point de terminaison a répondu 503\u00a0: Maintenance');
    expect(describeError(errors[2], fr.error)).to.contain('identifiants');
  });

  it('every catalogue satisfies Messages (compile-time; a missing key fails tsc)', () => {
    const check: Messages[] = [nl, de, fr];
    expect(check).to.have.length(3);
  });
});
