/**
 * The import corpus: files people really export (and hostile ones), each either refused before
 * the server starts, with its cause in our words and one line number, or loaded with the same
 * figures as the independent reference. Small files live in fixtures/import-corpus/; the 20 MB
 * field and the UTF-16 files are made here. On DuckDB and on chdb.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sniffEncoding } from '../data/file-encoding.ts';
import { DataFileError, parseRows } from '../data/load-file.ts';
import { testEngine } from './helpers.ts';
import { createReference } from './reference.ts';

const CORPUS = fileURLToPath(new URL('fixtures/import-corpus/', import.meta.url));

/** Why each refused file is refused: the words (after `line N: `) and the line. */
const REFUSED: Record<string, [line: number, cause: RegExp]> = {
  'refused-duplicate-column.csv': [1, /^column ActiveUsers appears twice \(columns 15 and 16\): keep one$/],
  'refused-semicolon.csv': [1, /^the file uses ';' between values: save it as CSV with commas or as the portal's TSV$/],
  'refused-latin1.csv': [
    5,
    /^CustomerSegment "\uFFFDffentlicher Sektor" is not UTF-8 text \(Latin-1 or Windows-1252\?\): save it as "CSV UTF-8/,
  ],
  'refused-windows-1252.csv': [5, /^CustomerName ".*" is not UTF-8 text/],
  'refused-nul.csv': [5, /^CustomerSegment holds the control character U\+0000: remove it$/],
  'refused-control-character.csv': [5, /^PartnerLocationName holds the control character U\+001B: remove it$/],
  'refused-impossible-date.csv': [5, /^Month "2026-02-31" is not a date: 2\/2026 has no day 31$/],
  'refused-february-29-2025.csv': [5, /^Month "2025-02-29" is not a date: 2\/2025 has no day 29$/],
  'refused-month-9999-12.csv': [5, /^Month "9999-12" is outside 2000-01 to 2100-12: correct the row or leave it out$/],
  'refused-month-0001-01.csv': [5, /^Month "0001-01" is outside 2000-01 to 2100-12/],
  'refused-month-13.csv': [5, /^Month "2025-13" is not YYYY-MM or YYYY-MM-DD$/],
  'refused-header-only.csv': [1, /^the file has a header but no rows: export a period with data$/],
  'refused-header-and-blank-lines.csv': [1, /^the file has a header but no rows/],
  'refused-empty.csv': [1, /^the file is empty \(no header line\)$/],
  'refused-users-beyond-2-53.csv': [5, /^ActiveUsers "9007199254740993" is over 999,999,999: no tenant has that many users$/],
  'refused-users-negative.csv': [5, /^ActiveUsers "-3" is not an integer >= 0$/],
  'refused-users-decimal-comma.csv': [5, /^ActiveUsers "1,5" is not an integer >= 0$/],
  'refused-binary-garbage.bin': [1, /^the file is binary data, not a CSV or TSV export: save it as "CSV UTF-8/],
  'refused-xlsx.xlsx': [1, /^the file is an Excel workbook \(\.xlsx\) or a zip archive, not a CSV or TSV export/],
  'refused-gzip.csv.gz': [1, /^the file is a gzip archive, not a CSV or TSV export/],
  'refused-too-few-values.csv': [
    5,
    /^the line has 14 values where the header has 15: a value that holds the delimiter must be in double quotes$/,
  ],
  'refused-unquoted-comma.csv': [5, /^the line has 16 values where the header has 15/],
  'refused-unclosed-quote.csv': [5, /^a quoted value is never closed: a double quote is missing$/],
  'refused-text-after-closing-quote.csv': [
    5,
    /^a double quote stands where CSV does not allow it: a value with quotes must be in double quotes, each quote inside doubled \(""\)$/,
  ],
  'refused-missing-column.csv': [1, /^missing column SKU$/],
  'refused-market-three-letters.csv': [5, /^CustomerMarket "NLD" is not a two-letter ISO country code$/],
  'refused-empty-tenant.csv': [5, /^CustomerTenantId is empty$/],
  'refused-field-5000-bytes.csv': [5, /^PartnerLocationName holds 5,000 bytes; a value may hold at most 4,096$/],
};

const HEADER = readFileSync(join(CORPUS, 'loads-crlf.csv'), 'utf8').split('\r\n')[0]!;
const LINE = '2025-01,t1,Contoso,NL,Education,4810123,Contoso Amsterdam,CSP Tier 1,CSP,,Microsoft 365,Office 365 E3,s1,Active,5';
const tsv = (lines: string[]) => lines.map((l) => l.replaceAll(',', '\t')).join('\r\n') + '\r\n';
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

/** Files too big to keep in the repository, or binary by nature: made for each run. */
const MADE: Record<string, { content: Buffer | string; refused?: [number, RegExp] }> = {
  'made-field-20-mb.csv': {
    content: `${HEADER}\n${LINE}\n${LINE.replace('Contoso Amsterdam', 'x'.repeat(20 << 20))}\n`,
    refused: [3, /^a value is longer than 4,096 bytes, the most one may hold: is this the portal's export\?$/],
  },
  // What Excel saves as "Unicode text": UTF-16LE with a byte-order mark, tab-separated.
  'made-utf16le-unicode-text.txt': {
    content: Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(tsv([HEADER, LINE, LINE.replace('2025-01,t1,Contoso', '2025-02,t2,Öffentliche Schule 学校')]), 'utf16le'),
    ]),
  },
  'made-utf16be.csv': { content: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(`${HEADER}\n${LINE}\n`)]) },
  'made-utf16le-no-mark.csv': { content: Buffer.from(`${HEADER}\n${LINE}\n`, 'utf16le') },
  'made-utf16le-bad-row.txt': {
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv([HEADER, LINE, LINE.replace('2025-01', '2026-02-30')]), 'utf16le')]),
    refused: [3, /^Month "2026-02-30" is not a date/],
  },
};

const dir = mkdtempSync(join(tmpdir(), 'insights-corpus-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const files = [
  ...readdirSync(CORPUS).map((name) => ({ name, path: join(CORPUS, name), refused: REFUSED[name] })),
  ...Object.entries(MADE).map(([name, { content, refused }]) => {
    writeFileSync(join(dir, name), content);
    return { name, path: join(dir, name), refused };
  }),
];

test('the corpus: at least 30 files, each named refused-… or loads-… and known to this test', () => {
  assert.ok(files.length >= 30, `${files.length} files`);
  for (const { name, refused } of files) {
    assert.ok(name.startsWith('made-') || refused !== undefined || name.startsWith('loads-'), `${name}: expectation missing`);
  }
});

/** The text of a file as the reference reads it (UTF-16 decoded as the loader does). */
function text(path: string): string {
  const bytes = readFileSync(path);
  const encoding = sniffEncoding(bytes);
  return encoding === 'utf-8' ? bytes.toString('utf8') : new TextDecoder(encoding).decode(bytes);
}

for (const db of ['duckdb', 'chdb'])
  describe(`import corpus on ${db}`, () => {
    for (const { name, path, refused } of files) {
      test(`${name}: ${refused ? `refused on line ${refused[0]}` : 'loads with the reference figures'}`, async () => {
        if (refused) {
          // An engine that loads after all is closed at once: chdb holds one data directory per process.
          const error = await testEngine(db, { file: path }).then(
            ({ close }) => close(),
            (e: Error) => e,
          );
          assert.ok(error instanceof DataFileError, error ? `${error.name}: ${error.message}` : 'loaded, expected a refusal');
          const [line, cause] = refused;
          assert.equal(error.line, line, error.message);
          assert.match(error.message.slice(`line ${line}: `.length), cause);
          assert.equal(error.message.match(/line \d/g)?.length, 1, `one line number: ${error.message}`);
          return;
        }
        const { engine, close } = await testEngine(db, { file: path });
        try {
          const reference = createReference(parseRows(text(path)));
          const dimensions = await engine.dimensions();
          assert.deepEqual(dimensions, reference.dimensions());
          const q = { from: dimensions.range!.min, to: dimensions.range!.max, filters: {} };
          const monthly = await engine.monthly(q);
          assert.deepEqual(monthly, reference.monthly(q));
          assert.ok(
            monthly.months.some((m) => m.customers > 0),
            'customers loaded',
          );
        } finally {
          await close();
        }
      });
    }
  });
