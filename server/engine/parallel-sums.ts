/**
 * `pre` and `pre_pairs` summed from `prof` (pair-sums.ts) on two worker threads, each taking
 * about half of the 22 walks over `prof`'s rows. At 1M customers (1.54M rows) the walks took
 * 3.8 s on the main thread, with the second core idle and the data still served (a reload)
 * unanswered meanwhile; on two threads 2.6 s, and the main thread stays free.
 * `prof`'s columns are shared with the workers, not copied (`SharedArrayBuffer`). A small
 * `prof` is summed on the main thread: starting a worker costs ≈ 0.2 s.
 */
import { Worker } from 'node:worker_threads';
import { concatColumns } from './int-columns.ts';
import { GROUPINGS, shareSums, type PairColumns, type ProfColumns, type SumsShare } from './pair-sums.ts';

/** Below this many rows of `prof`, the sums run on the main thread (≈ 0.3 s at 100k customers' 290k rows). */
const WORKER_ROWS = 500_000;

/**
 * The two threads' shares: `pre`'s walks cost less each than a pair's (one member per row, not
 * two), so the first thread takes them with the first pairs.
 */
const SPLIT = 4;
const SHARES: readonly (readonly SumsShare[])[] = [
  [
    { table: 'pre', from: 0, to: GROUPINGS.pre },
    { table: 'pairs', from: 0, to: SPLIT },
  ],
  [{ table: 'pairs', from: SPLIT, to: GROUPINGS.pairs }],
];

/** What a worker is given (sums-worker.ts). */
export interface SumsJob {
  prof: ProfColumns;
  base: number;
  span: number;
  shares: readonly SumsShare[];
}

/**
 * `pre`'s and `pre_pairs`' columns from `prof`; `base` is the month index of bit 0, `span` the
 * months with data. From `workerRows` rows of `prof` on (tests set it low), on worker threads.
 */
export async function preSums(
  prof: ProfColumns,
  base: number,
  span: number,
  { workerRows = WORKER_ROWS } = {},
): Promise<{ pre: PairColumns; pairs: PairColumns }> {
  let parts: PairColumns[][];
  if (prof.cid.length < workerRows) parts = SHARES.map((shares) => shares.map((share) => shareSums(prof, base, span, share)));
  else {
    const shared = sharedProf(prof);
    parts = await Promise.all(SHARES.map((shares) => inWorker({ prof: shared, base, span, shares })));
  }
  // Each table's rows in its `d` order: the shares' parts in the order SHARES lists them.
  const of = (table: SumsShare['table']) => {
    const pieces = SHARES.flatMap((shares, t) => shares.flatMap((share, s) => (share.table === table ? [parts[t]![s]!] : [])));
    return pieces.length === 1 ? pieces[0]! : concatColumns(pieces, pieces[0]!.length);
  };
  return { pre: of('pre'), pairs: of('pairs') };
}

/** Runs `job` on a worker thread; its columns come back transferred, not copied. */
function inWorker(job: SumsJob): Promise<PairColumns[]> {
  return new Promise((resolve, reject) => {
    // The worker runs TypeScript: tsx's loader is registered in it before its module loads
    // (a worker does not inherit the `--import tsx` of the process).
    const register = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./sums-worker.ts', import.meta.url).href;
    const boot = `import(${JSON.stringify(register)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
    const worker = new Worker(boot, { eval: true, execArgv: [], workerData: job });
    worker.once('message', (columns: PairColumns[]) => {
      resolve(columns);
      void worker.terminate();
    });
    worker.once('error', (error) => reject(new Error(`summing the pre-aggregates failed: ${error.message}`)));
    worker.once('exit', (code) => reject(new Error(`summing the pre-aggregates stopped (exit code ${code})`)));
  });
}

/** `prof` with every column in a `SharedArrayBuffer` (copied only where it is not already). */
function sharedProf(prof: ProfColumns): ProfColumns {
  const codes = Object.fromEntries(Object.entries(prof.codes).map(([dim, column]) => [dim, shared(column)])) as ProfColumns['codes'];
  return { cid: shared(prof.cid), codes, masks: prof.masks.map(([low, high]) => [shared(low), shared(high)]) };
}

function shared(column: Int32Array): Int32Array {
  if (column.buffer instanceof SharedArrayBuffer) return column;
  const out = new Int32Array(new SharedArrayBuffer(column.byteLength));
  out.set(column);
  return out;
}
