/** core/csv: RFC 4180 quoting, machine-readable numbers, inert formulas, comment lines. */
import { expect } from '@open-wc/testing';
import { parse } from 'csv-parse/browser/esm/sync';
import { csvComment, csvField, csvNumber, csvText, writeCsv, type DataTable } from '../../src/core/csv.js';

describe('core/csv', () => {
  it('writes numbers with a dot, no separators and no exponent', () => {
    expect(csvNumber(1234567)).to.equal('1234567');
    expect(csvNumber(0.1234)).to.equal('0.1234');
    expect(csvNumber(1e-7)).to.equal('0');
    expect(csvNumber(2.5e-6)).to.equal('0.000003');
    expect(csvNumber(1e21)).to.equal('1000000000000000000000');
    expect(csvNumber(-3)).to.equal('-3');
    expect(csvNumber(Number.NaN)).to.equal('');
  });

  it('quotes what RFC 4180 asks to quote, doubling quotes', () => {
    expect(csvText('plain')).to.equal('plain');
    expect(csvText('a,b')).to.equal('"a,b"');
    expect(csvText('say "hi"')).to.equal('"say ""hi"""');
    expect(csvText('two\nlines')).to.equal('"two\nlines"');
  });

  it('makes every formula-looking text inert with a leading quote', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvText(`${start}HYPERLINK("http://x","y")`);
      expect(cell.startsWith(`"'${start}`), JSON.stringify(cell)).to.be.true;
    }
    // A number is not text: a negative count stays a number.
    expect(csvField(-5)).to.equal('-5');
    expect(csvField(null)).to.equal('');
  });

  it('writes comment lines with no separator, quote or line break', () => {
    expect(csvComment('Filters: market = NL, US; "x"\r\n=1+1')).to.equal('# Filters: market = NL US x =1+1');
  });

  it('round-trips through a CSV parser: header, rows, CRLF, comments skipped', () => {
    const table: DataTable = {
      title: 't',
      columns: [
        { label: 'Name, full', kind: 'text' },
        { label: 'Customers', kind: 'count' },
        { label: 'Share', kind: 'share' },
      ],
      rows: [
        ['=cmd|"/c calc"!A1', 1200, 0.5],
        ['R&D <EMEA>', 3, null],
      ],
    };
    const text = writeCsv(table, ['Range: 2025-11 to 2026-10', 'Exported: 2026-11-30T05:00:00Z']);
    expect(text.split('\r\n').length).to.equal(6); // 2 comments, header, 2 rows, final empty
    const rows = parse(text, { comment: '#', relax_column_count: false }) as string[][];
    expect(rows).to.deep.equal([
      ['Name, full', 'Customers', 'Share'],
      [`'=cmd|"/c calc"!A1`, '1200', '0.5'],
      ['R&D <EMEA>', '3', ''],
    ]);
  });
});
