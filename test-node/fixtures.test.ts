/**
 * Every Storybook fixture (stories/fixtures/*.json, written by stories/fixtures/generate.ts
 * from the reference server) passes the contract's valibot schemas, the same ones the client
 * validates with: a story never shows data a real endpoint could not send.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import {
  BreakdownResponseSchema,
  DIMENSIONS,
  DimensionsResponseSchema,
  MonthlyResponseSchema,
  ProblemSchema,
  TrendResponseSchema,
} from '../src/data/contract.ts';

const DIR = new URL('../stories/fixtures/', import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, DIR), 'utf8'));
const datasets = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'problems.json');

describe('stories/fixtures', () => {
  it('has the datasets the stories use', () => {
    assert.deepEqual(datasets.sort(), ['default.json', 'empty.json', 'hostile.json', 'many.json']);
  });

  for (const file of datasets) {
    describe(file, () => {
      const data = read(file);
      it('monthly matches the contract', () => {
        v.parse(MonthlyResponseSchema, data.monthly);
      });
      it('dimensions matches the contract', () => {
        v.parse(DimensionsResponseSchema, data.dimensions);
      });
      for (const by of DIMENSIONS) {
        it(`breakdown and trend by ${by} match the contract`, () => {
          assert.equal(v.parse(BreakdownResponseSchema, data.breakdown[by]).by, by);
          assert.equal(v.parse(TrendResponseSchema, data.trend[by]).by, by);
        });
      }
    });
  }

  it('problems.json holds problem documents (400 naming the parameter, 500)', () => {
    const { badRequest, serverError } = read('problems.json');
    assert.equal(v.parse(ProblemSchema, badRequest).status, 400);
    assert.equal(badRequest.parameter, 'from');
    assert.equal(v.parse(ProblemSchema, serverError).status, 500);
  });

  it('the datasets are what their names say', () => {
    const empty = read('empty.json');
    assert.ok(empty.monthly.months.every((m: { customers: number }) => m.customers === 0));
    assert.deepEqual(empty.monthly.products, []);
    const hostile = JSON.stringify(read('hostile.json'));
    assert.ok(hostile.includes('<img src=x onerror=alert(1)>') && hostile.includes('R&D <EMEA>'));
    assert.ok(read('many.json').monthly.products.length >= 10);
    assert.ok(read('default.json').breakdown.market.rows.length >= 40);
  });
});
