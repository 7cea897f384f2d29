/**
 * Integer tables read from the database into typed arrays (one per column), and posting
 * lists over them: what the in-memory query paths (mask-index.ts, pre-index.ts) are built of.
 */
import type { SqlBackend } from './backend.ts';

/**
 * The columns of `sql`'s rows (integers that fit 32 bits; unsigned ones wrap, and are read
 * back with `>>> 0` or bit operations), through the backend's columnar reader when it has one.
 */
export async function readIntColumns(backend: SqlBackend, sql: string): Promise<Int32Array[]> {
  if (backend.intColumns) return backend.intColumns(sql);
  const rows = (await backend.rows(sql)) as number[][];
  const width = rows[0]?.length ?? 0;
  const columns = Array.from({ length: width }, () => new Int32Array(rows.length));
  rows.forEach((row, i) => row.forEach((value, c) => (columns[c]![i] = value)));
  return columns;
}

/**
 * Joins pieces of a column read chunk by chunk, into shared memory: worker threads read the
 * columns without a copy (parallel-sums.ts).
 */
export function concatColumns(pieces: Int32Array[][], width: number): Int32Array[] {
  return Array.from({ length: width }, (_, c) => {
    const length = pieces.reduce((n, piece) => n + piece[c]!.length, 0);
    const out = new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT));
    let at = 0;
    for (const piece of pieces) {
      out.set(piece[c]!, at);
      at += piece[c]!.length;
    }
    return out;
  });
}

/**
 * Row indexes per key (a counting sort): `keys[i]` is row i's key, a small non-negative
 * integer; a row with a negative key is left out. Each list is ascending.
 */
export function postingLists(keys: ArrayLike<number>): Map<number, Int32Array> {
  let top = -1;
  for (let i = 0; i < keys.length; i++) top = Math.max(top, keys[i]!);
  const filled = new Int32Array(top + 1);
  for (let i = 0; i < keys.length; i++) if (keys[i]! >= 0) filled[keys[i]!]!++;
  const lists = Array.from(filled, (n) => new Int32Array(n));
  filled.fill(0);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key >= 0) lists[key]![filled[key]!++] = i;
  }
  return new Map([...lists.entries()].filter(([, list]) => list.length > 0));
}
