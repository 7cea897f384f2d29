/**
 * Whether an export holds a control character (load-file.ts `CONTROL`), found by scanning its
 * bytes in a worker thread while the database reads the file. In UTF-8 these bytes never occur
 * inside a multi-byte character, and the format's own bytes (delimiters, quotes, line ends) are
 * none of them, so a byte found here is in a value (or the header line). The regular
 * expression over every row in SQL cost 17 s of CPU at 1M customers; this scan ≈ 4 s, beside
 * the read on the other core. The line and cause still come from `findProblem`.
 */
import { Worker } from 'node:worker_threads';

/**
 * The scan, run as the worker's code (plain JavaScript: the worker loads no TypeScript).
 * Four bytes at a time: a word with a byte below 0x20 or equal to 0x7F is looked at byte by
 * byte (tab, line feed and carriage return are allowed).
 */
const SCAN = `
const { openSync, readSync, closeSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const CHUNK = 1 << 22;
const buffer = new ArrayBuffer(CHUNK);
const bytes = new Uint8Array(buffer);
const words = new Uint32Array(buffer);
const bad = new Uint8Array(256);
for (let b = 0; b < 32; b++) if (b !== 9 && b !== 10 && b !== 13) bad[b] = 1;
bad[127] = 1;
function first(n) {
  const whole = n >>> 2;
  for (let i = 0; i < whole; i++) {
    const w = words[i];
    const x = w ^ 0x7f7f7f7f;
    if (((w - 0x20202020) & ~w & 0x80808080) !== 0 || ((x - 0x01010101) & ~x & 0x80808080) !== 0) {
      for (let j = i << 2; j < (i << 2) + 4; j++) if (bad[bytes[j]]) return j;
    }
  }
  for (let j = whole << 2; j < n; j++) if (bad[bytes[j]]) return j;
  return -1;
}
const fd = openSync(workerData, 'r');
let found = -1;
try {
  for (let at = 0, n; found < 0 && (n = readSync(fd, bytes, 0, CHUNK, at)) > 0; at += n) {
    const i = first(n);
    if (i >= 0) found = at + i;
  }
} finally {
  closeSync(fd);
}
parentPort.postMessage(found);
`;

/**
 * The byte offset of the first control character in the file at `path`, or −1 when it has
 * none. `signal` stops the scan (a load refused before it ends need not read gigabytes more).
 */
export function firstControlByte(path: string, signal?: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    // No Node flags of the server (tsx's loader): the scan is plain JavaScript.
    const worker = new Worker(SCAN, { eval: true, workerData: path, execArgv: [] });
    const stop = () => void worker.terminate();
    signal?.addEventListener('abort', stop, { once: true });
    worker.once('message', (offset: number) => resolve(offset));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      signal?.removeEventListener('abort', stop);
      reject(new Error(`the control-character scan stopped (exit code ${code})`));
    });
  });
}
