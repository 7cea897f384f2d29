/** A worker thread of parallel-sums.ts: sums its shares of `pre` and `pre_pairs` and sends the columns back. */
import { parentPort, workerData } from 'node:worker_threads';
import { shareSums } from './pair-sums.ts';
import type { SumsJob } from './parallel-sums.ts';

const { prof, base, span, shares } = workerData as SumsJob;
const parts = shares.map((share) => shareSums(prof, base, span, share));
parentPort!.postMessage(
  parts,
  parts.flat().map((column) => column.buffer as ArrayBuffer),
);
