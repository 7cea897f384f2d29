/**
 * The general path of the counts (filters no pre-aggregate answers: several members of one
 * subscription-level dimension grouped by another, or filters on two or more of them) and
 * of the subscriptions figure under such filters, in JavaScript over typed arrays.
 *
 * `prof` and `subs` (queries.ts) are read once after the load into one typed array per
 * column, with a posting list per member (the rows holding it, in row order). A query walks
 * the rows of its most selective filter only and ORs each customer's window of months per
 * grouped member, as the SQL of this path did: the same bit operations (new = c & ~(c << 1),
 * gone = c & ~(c >> 1)) on the same window masks. A statement of this path took 20–30 ms in
 * DuckDB at 100k customers (one aggregate per month and figure, for every row it filtered);
 * the walk takes 0.1–6 ms there (`npm run bench -- explain`), so a stream of diverse filter
 * states no longer queues behind the database.
 */
import { DIMENSIONS, type Dimension } from '../../src/data/contract.ts';
import type { SqlBackend } from './backend.ts';
import { postingLists, readIntColumns } from './int-columns.ts';
import { DIM_COLUMN, MAX_WINDOW, type CodedQuery } from './queries.ts';

/** Figures per month of a grouping: `c, a, n, x` of month lo + j at `[j * 4 .. j * 4 + 3]`. */
export const FIGURES = 4;

/** One table as columns: a code array per dimension, masks as 32-bit halves, posting lists. */
class Columns {
  readonly codes = {} as Record<Dimension, Int32Array>;
  /** Row indexes per dimension and member code, ascending. */
  readonly postings = {} as Record<Dimension, Map<number, Int32Array>>;
  /** The highest code of each dimension. */
  readonly top = {} as Record<Dimension, number>;
  readonly length: number;

  constructor(
    /** Customer number of each row, ascending. */
    readonly cid: Int32Array,
    codes: Int32Array[],
    /** Masks as [low 32 bits, high 32 bits] per row (unsigned, stored wrapped). */
    readonly masks: [Int32Array, Int32Array][],
  ) {
    this.length = cid.length;
    DIMENSIONS.forEach((dim, d) => {
      this.codes[dim] = codes[d]!;
      this.postings[dim] = postingLists(codes[d]!);
      this.top[dim] = codes[d]!.reduce((top, code) => Math.max(top, code), 0);
    });
  }

  /**
   * The rows matching every filter of `q`, ascending, in a buffer shared by every query (the
   * queries run one at a time, and nothing is left to collect): the union of the posting lists
   * of the filter whose members hold the fewest rows, checked against the other filters. Null
   * when nothing is filtered (every row).
   */
  matching(q: CodedQuery): Int32Array | null {
    const filtered = DIMENSIONS.filter((dim) => q.filters[dim]?.length);
    if (filtered.length === 0) return null;
    const listsOf = (dim: Dimension) => q.filters[dim]!.map((code) => this.postings[dim].get(code) ?? EMPTY);
    const size = (dim: Dimension) => listsOf(dim).reduce((n, list) => n + list.length, 0);
    const driver = filtered.reduce((best, dim) => (size(dim) < size(best) ? dim : best));
    let rows = union(listsOf(driver));
    for (const dim of filtered) {
      if (dim === driver) continue;
      const codes = this.codes[dim];
      const allowed = memberTable(q.filters[dim]!);
      let kept = 0;
      for (let r = 0; r < rows.length; r++) {
        const i = rows[r]!;
        const code = codes[i]!;
        if (code >= 0 && code < allowed.length && allowed[code]) rows[kept++] = i;
      }
      rows = rows.subarray(0, kept);
    }
    return rows;
  }
}

const EMPTY = new Int32Array(0);
let scratch = new Int32Array(1 << 16);

/** A lookup table: `table[code]` is 1 for the codes of `members`. */
export function memberTable(members: readonly number[]): Uint8Array {
  const table = new Uint8Array(Math.max(0, ...members) + 1);
  for (const code of members) if (code >= 0) table[code] = 1;
  return table;
}

/**
 * The ascending union of disjoint ascending lists (a row holds one member per dimension), in
 * the shared buffer.
 */
function union(lists: Int32Array[]): Int32Array {
  const total = lists.reduce((n, list) => n + list.length, 0);
  if (scratch.length < total) scratch = new Int32Array(Math.max(total, scratch.length * 2));
  const out = scratch.subarray(0, total);
  if (lists.length === 1) {
    out.set(lists[0]!);
    return out;
  }
  const at = lists.map(() => 0);
  for (let o = 0; o < total; o++) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) {
      if (at[l]! < lists[l]!.length && (best < 0 || lists[l]![at[l]!]! < lists[best]![at[best]!]!)) best = l;
    }
    out[o] = lists[best]![at[best]!++]!;
  }
  return out;
}

/**
 * Bits `offset .. offset + length − 1` of a 64-bit mask held as halves (bit 0 = offset), as
 * queries.ts `windowSql` takes them: months before bit 0 or past bit 63 are empty.
 */
export function windowOf(low: number, high: number, offset: number, length: number): number {
  const keep = (1 << length) - 1;
  if (offset <= -64 || offset >= 64) return 0;
  let v: number;
  if (offset >= 32) v = high >>> (offset - 32);
  else if (offset > 0) v = (low >>> offset) | (high << (32 - offset));
  else if (offset > -32) v = low << -offset;
  else v = 0;
  return v & keep;
}

/** `prof` and `subs` in memory, and the counts of the general path computed from them. */
export class MaskIndex {
  private constructor(
    /** `prof` as columns (pair-sums.ts builds `pre_pairs` from it). */
    readonly prof: Columns,
    private readonly subs: Columns,
    /** Month index of bit 0 of the masks. */
    private readonly base: number,
  ) {}

  /** Reads `prof` and `subs` from `backend`, in customer order. */
  static async read(backend: SqlBackend, base: number): Promise<MaskIndex> {
    const coded = DIMENSIONS.map((dim) => DIM_COLUMN[dim]).join(', ');
    const halves = (mask: string) => `${lowHalf(backend, mask)}, ${highHalf(backend, mask)}`;
    const read = async (table: string, maskColumns: string[]) => {
      const [cid, ...rest] = await readIntColumns(
        backend,
        `SELECT cid, ${coded}, ${maskColumns.map(halves).join(', ')} FROM ${table} ORDER BY cid`,
      );
      const codes = rest.slice(0, DIMENSIONS.length);
      const masks = maskColumns.map(
        (_, m) => [rest[DIMENSIONS.length + 2 * m]!, rest[DIMENSIONS.length + 2 * m + 1]!] as [Int32Array, Int32Array],
      );
      return new Columns(
        cid ?? new Int32Array(0),
        codes.length ? codes : DIMENSIONS.map(() => new Int32Array(0)),
        masks.map(([low, high]) => [low ?? new Int32Array(0), high ?? new Int32Array(0)]),
      );
    };
    return new MaskIndex(await read('prof', ['c', 'a']), await read('subs', ['s']), base);
  }

  /**
   * Per member code of `by` (0 without `by`) with any customer in the window: `c, a, n, x` of
   * each month lo..hi (see {@link FIGURES}) over the customers with a matching row.
   */
  counts(q: CodedQuery, by: Dimension | null): Map<number, Int32Array> {
    const { prof } = this;
    const length = q.hi - q.lo + 1;
    checkWindow(length);
    const offset = q.lo - this.base;
    const rows = prof.matching(q);
    const keys = by ? prof.codes[by] : null;
    const [[cLow, cHigh], [aLow, aHigh]] = prof.masks as [[Int32Array, Int32Array], [Int32Array, Int32Array]];
    const { cid } = prof;
    // Bit-sliced counters per grouped member (slot), found through its code.
    const slotOf = new Int32Array((keys ? prof.top[by!] : 0) + 1).fill(-1);
    const slotKeys: number[] = [];
    let planes = new Int32Array(8 * FIGURES * PLANES);
    // The current customer's masks per grouped member, OR-ed over its matching rows.
    let pendingK: Int32Array = new Int32Array(16);
    let pendingC: Int32Array = new Int32Array(16);
    let pendingA: Int32Array = new Int32Array(16);
    let pending = 0;
    const flush = () => {
      for (let p = 0; p < pending; p++) {
        const wc = pendingC[p]!;
        if (wc === 0) continue;
        const k = pendingK[p]!;
        let slot = slotOf[k]!;
        if (slot < 0) {
          slot = slotOf[k] = slotKeys.push(k) - 1;
          if (planes.length < slotKeys.length * FIGURES * PLANES) {
            const grown = new Int32Array(planes.length * 2);
            grown.set(planes);
            planes = grown;
          }
        }
        const at = slot * FIGURES * PLANES;
        addMask(planes, at, wc);
        addMask(planes, at + PLANES, pendingA[p]!);
        addMask(planes, at + 2 * PLANES, wc & ~(wc << 1));
        addMask(planes, at + 3 * PLANES, wc & ~(wc >>> 1));
      }
      pending = 0;
    };
    let customer = -1;
    const total = rows ? rows.length : prof.length;
    for (let r = 0; r < total; r++) {
      const i = rows ? rows[r]! : r;
      const k = keys ? keys[i]! : 0;
      if (keys && k === 0) continue;
      if (cid[i] !== customer) {
        flush();
        customer = cid[i]!;
      }
      const wc = windowOf(cLow[i]!, cHigh[i]!, offset, length);
      const wa = windowOf(aLow[i]!, aHigh[i]!, offset, length);
      let p = 0;
      while (p < pending && pendingK[p] !== k) p++;
      if (p < pending) {
        pendingC[p] = pendingC[p]! | wc;
        pendingA[p] = pendingA[p]! | wa;
        continue;
      }
      if (pending === pendingK.length) [pendingK, pendingC, pendingA] = [grow(pendingK), grow(pendingC), grow(pendingA)];
      pendingK[pending] = k;
      pendingC[pending] = wc;
      pendingA[pending++] = wa;
    }
    flush();
    const out = new Map<number, Int32Array>();
    slotKeys.forEach((k, slot) => out.set(k, monthCounts(planes, slot * FIGURES * PLANES, length)));
    return out;
  }

  /**
   * Qualifying subscriptions per month index lo + 1..hi over the `subs` rows matching every
   * filter (a month with none is absent).
   */
  subscriptions(q: CodedQuery): Map<number, number> {
    const { subs } = this;
    const length = q.hi - q.lo;
    checkWindow(length);
    const offset = q.lo + 1 - this.base;
    const rows = subs.matching(q);
    const [[low, high]] = subs.masks as [[Int32Array, Int32Array]];
    const sums = new Int32Array(length);
    const total = rows ? rows.length : subs.length;
    for (let r = 0; r < total; r++) {
      const i = rows ? rows[r]! : r;
      for (let w = windowOf(low[i]!, high[i]!, offset, length); w !== 0; w &= w - 1) sums[31 - Math.clz32(w & -w)]!++;
    }
    const out = new Map<number, number>();
    sums.forEach((n, j) => n && out.set(q.lo + 1 + j, n));
    return out;
  }
}

function checkWindow(length: number): void {
  if (length > MAX_WINDOW) throw new RangeError(`a window of ${length} months`);
}

function grow(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** Bit planes of a counter: 2^31 − 1 customers at most. */
const PLANES = 31;

/**
 * Adds 1 to the counter of every month whose bit is set in `mask`: the counters are held
 * bit-sliced (plane p holds bit p of every month's count), so one addition is a ripple carry
 * over a few planes instead of an increment per month.
 */
function addMask(planes: Int32Array, at: number, mask: number): void {
  for (let carry = mask, p = at; carry !== 0; p++) {
    const next = planes[p]! & carry;
    planes[p] = planes[p]! ^ carry;
    carry = next;
  }
}

/** Bit-sliced counters at `at` → `c, a, n, x` per month (see {@link FIGURES}). */
function monthCounts(planes: Int32Array, at: number, length: number): Int32Array {
  const out = new Int32Array(length * FIGURES);
  for (let f = 0; f < FIGURES; f++) {
    for (let p = 0; p < PLANES; p++) {
      const plane = planes[at + f * PLANES + p]!;
      for (let w = plane; w !== 0; w &= w - 1) out[(31 - Math.clz32(w & -w)) * FIGURES + f]! += 1 << p;
    }
  }
  return out;
}

const lowHalf = (b: SqlBackend, mask: string) =>
  b.dialect === 'duckdb' ? `(${mask} & 4294967295)::UINTEGER` : `toUInt32(bitAnd(${mask}, 4294967295))`;
const highHalf = (b: SqlBackend, mask: string) =>
  b.dialect === 'duckdb' ? `(${mask} >> 32)::UINTEGER` : `toUInt32(bitShiftRight(${mask}, 32))`;
