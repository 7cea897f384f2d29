/** Loading exports: formats, header matching, validation with line numbers; the CLI refuses bad files. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DataFileError, parseRows } from '../data/load-file.ts';

const HEADER = 'Month,CustomerTenantId,CustomerName,CustomerMarket,CustomerSegment,PartnerLocation,PartnerLocationName,PartnerAttributionType,SalesChannel,AzurePricingModel,Product,SKU,SubscriptionId,SubscriptionState,ActiveUsers';
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
  test('exits non-zero and says why, without starting', () => {
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
    assert.doesNotMatch(run.stdout, /Insights demo/);
  });
});
