/**
 * Loading exports: formats, header matching, validation with line numbers, the engine reading
 * the file itself (same figures as the rows parsed in JavaScript); the CLI refuses bad files.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { firstControlByte } from '../data/control-scan.ts';
import { DataFileError, parseRows } from '../data/load-file.ts';
import { mulberry32 } from '../data/sample.ts';
import { ENGINES, testEngine } from './helpers.ts';
import { createReference } from './reference.ts';

const HEADER =
  'Month,CustomerTenantId,CustomerName,CustomerMarket,CustomerSegment,PartnerLocation,PartnerLocationName,PartnerAttributionType,SalesChannel,AzurePricingModel,Product,SKU,SubscriptionId,SubscriptionState,ActiveUsers';
const GOOD = '2025-01,t1,"Contoso, Ltd.",nl,Education,1001,Contoso Amsterdam,CSP Tier 1,CSP,,Microsoft 365,Office 365 E3,s1,Active,5';

function problemOf(text: string): DataFileError {
  try {
    parseRows(text);
  } catch (error) {
    assert.ok(error instanceof DataFileError);
    return error;
  }
  assert.fail('expected a DataFileError');
}

describe('loading an export', () => {
  test('CSV with quoted commas; market upper-cased', () => {
    const [row] = parseRows(`${HEADER}\n${GOOD}\n`);
    assert.equal(row!.customerName, 'Contoso, Ltd.');
    assert.equal(row!.customerMarket, 'NL');
    assert.equal(row!.activeUsers, 5);
    assert.equal(row!.azurePricingModel, '');
  });

  test('TSV, YYYY-MM-DD months, headers in any case and order, CRLF', () => {
    const header = HEADER.toLowerCase().split(',').reverse().join('\t');
    const values = GOOD.replace('"Contoso, Ltd."', 'Contoso, Ltd.').replace('2025-01', '2025-01-01').split(',');
    values.splice(2, 2, values[2] + ',' + values[3]); // the name keeps its comma in TSV
    const rows = parseRows(`${header}\r\n${[...values].reverse().join('\t')}\r\n`);
    assert.equal(rows[0]!.month, '2025-01');
    assert.equal(rows[0]!.customerName, 'Contoso, Ltd.');
    assert.equal(rows[0]!.sku, 'Office 365 E3');
  });

  test('optional columns may be missing', () => {
    const header = HEADER.replace(',CustomerName', '').replace(',AzurePricingModel', '');
    const line = GOOD.replace(',"Contoso, Ltd."', '').replace('CSP,,', 'CSP,');
    assert.equal(parseRows(`${header}\n${line}`)[0]!.customerName, '');
  });

  const bad: [string, string, RegExp][] = [
    ['month', GOOD.replace('2025-01', '2025-13'), /line 3: Month "2025-13"/],
    ['market', GOOD.replace(',nl,', ',NLD,'), /line 3: CustomerMarket "NLD"/],
    ['active users', GOOD.replace(/5$/, '-1'), /line 3: ActiveUsers "-1"/],
    ['fractional users', GOOD.replace(/5$/, '2.5'), /line 3: ActiveUsers "2.5"/],
    ['empty tenant', GOOD.replace(',t1,', ',,'), /line 3: CustomerTenantId is empty/],
    ['column count', GOOD.replace(',5', ''), /line 3:/],
  ];
  for (const [name, line, message] of bad) {
    test(`bad ${name}: error names the line`, () => {
      assert.match(problemOf(`${HEADER}\n${GOOD}\n${line}\n${GOOD}\n`).message, message);
    });
  }

  test('a missing required column is reported on line 1', () => {
    assert.match(problemOf(HEADER.replace(',SKU', '') + '\n').message, /line 1: missing column SKU/);
  });
});

describe('server/main.ts with a bad file', () => {
  test('exits non-zero and says why, without serving the data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'insights-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, `${HEADER}\n${GOOD}\n${GOOD.replace('2025-01', 'January')}\n`);
    const main = fileURLToPath(new URL('../main.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', main, '--data', file], {
      encoding: 'utf8',
      env: { ...process.env, PORT: '0' },
      timeout: 30_000,
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`Cannot load ${file.replace(/[.\\/]/g, '\\$&')}: line 3: Month "January"`));
    assert.doesNotMatch(run.stdout, /Insights data:/);
  });
});

for (const db of ENGINES)
  describe(`${db} reads the file itself`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'insights-load-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const write = (name: string, text: string) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    const ROWS = [
      GOOD,
      GOOD.replace('2025-01,t1', '2025-02-15,t1'),
      // A quoted line break and quote inside a name; another customer, lower-case market.
      '2025-02,t2,"Line\nbreak ""Co""",de,Education,1002,Contoso Berlin,CSP Tier 2,EA,,Power BI,Power BI Pro,s2,Renewed,0',
      '2025-02,t3, padded ,NL,Education,1001,Contoso Amsterdam,CSP Tier 1,CSP,,Microsoft 365,Office 365 E3,s3,Suspended,2',
    ];

    test('figures and export equal those of the same rows parsed in JavaScript', async () => {
      const text = `\uFEFF${HEADER}\r\n${ROWS.join('\r\n')}\r\n\r\n`;
      const { engine, close } = await testEngine(db, { file: write('good.csv', text) }, { includeCustomerNames: true, exportIds: 'raw' });
      try {
        const reference = createReference(parseRows(text));
        const q = { from: '2025-01', to: '2025-02', filters: {} };
        assert.deepEqual(await engine.monthly(q), reference.monthly(q));
        assert.deepEqual(await engine.breakdown(q, 'market'), reference.breakdown(q, 'market'));
        assert.deepEqual(await engine.dimensions(), reference.dimensions());
        let csv = '';
        for await (const chunk of engine.exportCsv(q)) csv += chunk;
        const lines = csv.split('\r\n');
        assert.equal(lines.length, 1 + ROWS.length + 1); // header, rows in file order, ''
        assert.equal(
          lines[2],
          '2025-02,t1,"Contoso, Ltd.",NL,Education,1001,Contoso Amsterdam,CSP Tier 1,CSP,,Microsoft 365,Office 365 E3,s1,Active,5',
        );
        assert.equal(
          lines[3],
          '2025-02,t2,"Line\nbreak ""Co""",DE,Education,1002,Contoso Berlin,CSP Tier 2,EA,,Power BI,Power BI Pro,s2,Renewed,0',
        );
        assert.match(lines[4]!, /^2025-02,t3,padded,NL,/);
      } finally {
        await close();
      }
    });

    const bad: [string, string, RegExp][] = [
      ['month', GOOD.replace('2025-01', '2025-13'), /^line 4: Month "2025-13"/],
      ['market', GOOD.replace(',nl,', ',NLD,'), /^line 4: CustomerMarket "NLD"/],
      ['fractional users', GOOD.replace(/5$/, '2.5'), /^line 4: ActiveUsers "2.5"/],
      ['empty subscription', GOOD.replace(',s1,', ',,'), /^line 4: SubscriptionId is empty/],
      ['column count', GOOD.replace(',5', ''), /^line 4:/],
      ['unclosed quote', GOOD.replace('"Contoso, Ltd."', '"Contoso'), /^line \d+:/],
      // Names are not stored unless an export may show them (queries.ts `SrcOptions`); a name
      // over the size limit still is, so that the file is refused as before.
      ['customer name over the size limit', GOOD.replace('"Contoso, Ltd."', 'x'.repeat(5000)), /^line 4: CustomerName holds 5,000 bytes/],
    ];
    for (const [name, line, message] of bad) {
      test(`bad ${name}: refused with its line (a quoted line break before it counts)`, async () => {
        const file = write(`bad-${name}.csv`, `${HEADER}\n${ROWS[2]}\n${line}\n${GOOD}\n`);
        await assert.rejects(testEngine(db, { file }), (error: Error) => {
          assert.ok(error instanceof DataFileError, error.message);
          assert.match(error.message, message);
          return true;
        });
      });
    }

    test('TSV with a missing optional column; a missing required column is refused on line 1', async () => {
      const header = HEADER.replace(',AzurePricingModel', '').replaceAll(',', '\t');
      const row = GOOD.replace('"Contoso, Ltd."', 'Contoso, Ltd.')
        .replace('CSP,,', 'CSP,')
        .replaceAll(',', '\t')
        .replace('Contoso\t Ltd.', 'Contoso, Ltd.');
      const { engine, close } = await testEngine(db, { file: write('good.tsv', `${header}\n${row}\n`) });
      try {
        const monthly = await engine.monthly({ from: '2025-01', to: '2025-01', filters: {} });
        assert.equal(monthly.months[0]!.customers, 1);
      } finally {
        await close();
      }
      await assert.rejects(testEngine(db, { file: write('no-sku.csv', HEADER.replace(',SKU', '') + '\n') }), /line 1: missing column SKU/);
    });

    test('a line of only spaces (or a tab) between rows loads like a blank line', async () => {
      const text = `${HEADER}\n${ROWS[0]}\n   \n${ROWS[3]}\n \t \n${ROWS[1]}\n`;
      const { engine, close } = await testEngine(db, { file: write('spaces.csv', text) });
      try {
        const reference = createReference(parseRows(`${HEADER}\n${ROWS[0]}\n${ROWS[3]}\n${ROWS[1]}\n`));
        const q = { from: '2025-01', to: '2025-02', filters: {} };
        assert.deepEqual(await engine.monthly(q), reference.monthly(q));
        assert.equal(engine.size?.rows, 3);
      } finally {
        await close();
      }
    });
  });

describe('random bytes saved as .csv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'insights-random-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  // 200 KB of seeded noise; some made to open with a clean first line (a line break came early).
  const cases = [1, 2, 3, 4, 5].flatMap((seed) => {
    const random = mulberry32(seed);
    const bytes = Buffer.from(Array.from({ length: 200 * 1024 }, () => Math.floor(random() * 256)));
    return [
      [`seed ${seed}`, bytes],
      [`seed ${seed}, a clean first line`, Buffer.concat([Buffer.from('Month\n'), bytes])],
    ] as const;
  });
  for (const [name, bytes] of cases) {
    test(`named a binary file (${name})`, async () => {
      const file = join(dir, 'noise.csv');
      writeFileSync(file, bytes);
      await assert.rejects(testEngine('duckdb', { file }), /^DataFileError: line 1: the file is binary data, not a CSV or TSV export/);
    });
  }
});

describe('the control-character scan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'insights-control-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const scan = (bytes: Buffer, signal?: AbortSignal) => {
    const file = join(dir, 'scan.csv');
    writeFileSync(file, bytes);
    return firstControlByte(file, signal);
  };
  // Every position within a word and across the scan's 4 MB chunks; the last bytes past whole words.
  const text = Buffer.from(`${HEADER}\r\n${GOOD}\tcafé ü\n`.repeat(40_000));
  test('finds none in text with tabs, line breaks and UTF-8', async () => {
    assert.equal(await scan(text), -1);
  });
  for (const at of [0, 1, 2, 3, 4, 5, 6, 7, (1 << 22) - 1, 1 << 22, (1 << 22) + 3, text.length - 1]) {
    for (const byte of [0x00, 0x01, 0x0b, 0x1b, 0x1f, 0x7f]) {
      test(`finds U+${byte.toString(16).padStart(4, '0')} at byte ${at}`, async () => {
        const bytes = Buffer.from(text);
        bytes[at] = byte;
        assert.equal(await scan(bytes), at);
      });
    }
  }
  test('stops when the load no longer needs it', async () => {
    const stop = new AbortController();
    const scanning = scan(text, stop.signal);
    stop.abort();
    await assert.rejects(scanning, /the control-character scan stopped/);
  });
  test('finds the first of two', async () => {
    const bytes = Buffer.from(text);
    bytes[5_000_001] = 0x7f;
    bytes[5_000_000 + 9] = 0x00;
    bytes[300] = 0x1b;
    assert.equal(await scan(bytes), 300);
  });
});
