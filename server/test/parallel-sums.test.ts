/**
 * The pre-aggregates summed on worker threads (parallel-sums.ts, used from 500k rows of `prof`)
 * are the rows the main thread sums (the path the truth tests check against the reference),
 * in the same order: on a random `prof` of 3,000 customers, both ways.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIMENSIONS } from '../../src/data/contract.ts';
import { preSums } from '../engine/parallel-sums.ts';
import type { ProfColumns } from '../engine/pair-sums.ts';

/** A deterministic random `prof`: 1–4 rows per customer, a few members per dimension, masks within `span` months. */
function randomProf(customers: number, span: number): ProfColumns {
  let seed = 42;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >>> 8) % n;
  const cid: number[] = [];
  const codes = Object.fromEntries(DIMENSIONS.map((dim) => [dim, [] as number[]]));
  const masks = [[], [], [], []] as number[][];
  for (let c = 1; c <= customers; c++) {
    const market = 1 + next(4);
    const segment = 1 + next(3);
    for (let rows = 1 + next(4); rows > 0; rows--) {
      cid.push(c);
      for (const dim of DIMENSIONS) codes[dim]!.push(dim === 'market' ? market : dim === 'segment' ? segment : next(4));
      // A run of months (c), active in part of it (a); bits above `span` stay clear.
      const start = next(span);
      const end = start + next(span - start);
      let [cLow, cHigh, aLow, aHigh] = [0, 0, 0, 0];
      for (let m = start; m <= end; m++) {
        if (m < 32) cLow |= 1 << m;
        else cHigh |= 1 << (m - 32);
        if (next(3) > 0) {
          if (m < 32) aLow |= 1 << m;
          else aHigh |= 1 << (m - 32);
        }
      }
      masks[0]!.push(cLow);
      masks[1]!.push(cHigh);
      masks[2]!.push(aLow);
      masks[3]!.push(aHigh);
    }
  }
  const [cLow, cHigh, aLow, aHigh] = masks.map((m) => Int32Array.from(m));
  return {
    cid: Int32Array.from(cid),
    codes: Object.fromEntries(Object.entries(codes).map(([dim, list]) => [dim, Int32Array.from(list)])) as ProfColumns['codes'],
    masks: [
      [cLow!, cHigh!],
      [aLow!, aHigh!],
    ],
  };
}

test('the pre-aggregates summed on worker threads equal those summed on the main thread', async () => {
  const prof = randomProf(3000, 40);
  const onMain = await preSums(prof, 24000, 40, { workerRows: Infinity });
  const onWorkers = await preSums(prof, 24000, 40, { workerRows: 0 });
  // Something to compare: every customer is in `pre`'s grouping of all, most months have rows.
  assert.ok(onMain.pre[0]!.length > 1000, `pre has ${onMain.pre[0]!.length} rows`);
  assert.ok(onMain.pairs[0]!.length > 10_000, `pre_pairs has ${onMain.pairs[0]!.length} rows`);
  assert.equal(onWorkers.pre.length, onMain.pre.length);
  assert.equal(onWorkers.pairs.length, onMain.pairs.length);
  onMain.pre.forEach((column, c) => assert.deepEqual(Array.from(onWorkers.pre[c]!), Array.from(column), `pre column ${c}`));
  onMain.pairs.forEach((column, c) => assert.deepEqual(Array.from(onWorkers.pairs[c]!), Array.from(column), `pre_pairs column ${c}`));
  // Every grouping is there: `pre`'s d 0..6, `pre_pairs`' d 0..14.
  assert.deepEqual([...new Set(onWorkers.pre[0])], [0, 1, 2, 3, 4, 5, 6]);
  assert.deepEqual(
    [...new Set(onWorkers.pairs[0])],
    Array.from({ length: 15 }, (_, d) => d),
  );
});
