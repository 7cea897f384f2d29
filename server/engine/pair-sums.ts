/**
 * `pre_pairs` built in memory from `prof`'s typed arrays (mask-index.ts) instead of in SQL:
 * per pair of subscription-level dimensions (queries.ts `PAIRS`), members `k` and `k2` of both,
 * market, segment and month, the customers with a subscription of both members (`c`), active
 * (`a`), new (`n`) and gone next month (`x`). The same figures as the 15 statements this
 * replaces (a customer's rows OR-ed per member pair, then every month's bit summed), which
 * took ≈ 18 s of a 1M-customer load (each statement scanning `prof` and grouping by customer
 * again); one walk over the rows per pair here takes a fraction of that.
 */
import type { Dimension } from '../../src/data/contract.ts';
import { PAIRS, SUBSCRIPTION_LEVEL } from './queries.ts';

/** `prof` as mask-index.ts holds it: rows in customer order. */
export interface ProfColumns {
  readonly cid: Int32Array;
  readonly codes: Record<Dimension, Int32Array>;
  /** `c` and `a` masks as [low 32 bits, high 32 bits] per row. */
  readonly masks: [Int32Array, Int32Array][];
}

/** Columns of `pre_pairs`: d, k, k2, market, segment, m, then the figures c, a, n, x. */
export type PairColumns = Int32Array[];

/**
 * The groupings of `pre`, in its `d` numbering: `d` 0 counts every customer (`k` 0), `d` i + 1
 * per member of SUBSCRIPTION_LEVEL[i]. `pre_pairs`' are PAIRS (`k` and `k2` their members).
 */
const SINGLES: readonly (readonly Dimension[])[] = [[], ...SUBSCRIPTION_LEVEL.map((dim) => [dim])];

/** Part of a table's rows: those of its groupings `d` from..to − 1 (a walk over `prof` each). */
export interface SumsShare {
  table: 'pre' | 'pairs';
  from: number;
  to: number;
}

/** The groupings of `pre` and of `pre_pairs`: how many walks each table's rows take. */
export const GROUPINGS = { pre: SINGLES.length, pairs: PAIRS.length } as const;

/**
 * The rows of `share`: `pre`'s columns are d, k, market, segment, m, c, a, n, x; `pre_pairs`'
 * d, k, k2, market, segment, m, c, a, n, x. `base` is the month index of bit 0, `span` the
 * months with data (parallel-sums.ts splits the walks between threads).
 */
export function shareSums(prof: ProfColumns, base: number, span: number, share: SumsShare): PairColumns {
  const groupings = share.table === 'pairs' ? PAIRS : SINGLES;
  return memberSums(prof, base, span, groupings.slice(share.from, share.to), share.from, share.table === 'pairs');
}

/**
 * The figures per grouping of `groupings` (no, one or two dimensions; `d` counted from `fromD`),
 * members, market, segment and month.
 */
function memberSums(
  prof: ProfColumns,
  base: number,
  span: number,
  groupings: readonly (readonly Dimension[])[],
  fromD: number,
  pairs: boolean,
): PairColumns {
  const out = new Growing(pairs ? 10 : 9);
  const none = new Int32Array(prof.cid.length);
  const { cid, codes } = prof;
  const [[cLow, cHigh], [aLow, aHigh]] = prof.masks as [[Int32Array, Int32Array], [Int32Array, Int32Array]];
  // (market, segment) as one small dense number: a customer-level group per pair of members.
  const markets = compact(codes.market);
  const segments = compact(codes.segment);
  const cells = markets.count * segments.count;
  // Read in the walks' inner loop: locals, not property lookups.
  const [marketCodes, segmentCodes, marketOf, segmentOf, segmentCount] = [
    codes.market,
    codes.segment,
    markets.of,
    segments.of,
    segments.count,
  ];
  let width = 1;
  for (const column of Object.values(codes)) for (let i = 0; i < column.length; i++) width = Math.max(width, column[i]! + 1);
  // The current customer's masks per member pair, OR-ed over its rows.
  let pending = new Int32Array(8 * 16);
  groupings.forEach(([one, two], i) => {
    const d = fromD + i;
    // A missing dimension: key 0 on every row.
    const ks = one ? codes[one] : none;
    const k2s = two ? codes[two] : none;
    // Group number per (k * width + k2) → (market, segment) cell; figures per group:
    // `span` months × c, a, n, x, in one growing array.
    const cellsOf = new Map<number, Int32Array>();
    const groupKeys: number[] = [];
    let figures = new Int32Array(span * 4 * 1024);
    let groups = 0;
    let count = 0;
    const add = (mask: number, at: number) => {
      for (let w = mask; w !== 0; w &= w - 1) {
        const j = 31 - Math.clz32(w & -w);
        figures[at + j * 4] = figures[at + j * 4]! + 1;
      }
    };
    // −1 in the month after each bit of `mask` (bit j = month `first` + j), within the span.
    const dropAfter = (mask: number, at: number, first: number) => {
      for (let w = mask; w !== 0; w &= w - 1) {
        const month = first + 32 - Math.clz32(w & -w);
        if (month < span) figures[at + month * 4] = figures[at + month * 4]! - 1;
      }
    };
    const flush = () => {
      for (let p = 0; p < count; p++) {
        const o = p * 8;
        const pairKey = pending[o]!;
        const cell = pending[o + 1]!;
        let byCell = cellsOf.get(pairKey);
        if (!byCell) cellsOf.set(pairKey, (byCell = new Int32Array(cells).fill(-1)));
        let group = byCell[cell]!;
        if (group < 0) {
          group = byCell[cell] = groups++;
          groupKeys.push(pairKey, cell);
          if (groups * span * 4 > figures.length) {
            const bigger = new Int32Array(figures.length * 2);
            bigger.set(figures);
            figures = bigger;
          }
        }
        const cl = pending[o + 2]!;
        const ch = pending[o + 3]!;
        const al = pending[o + 4]!;
        const ah = pending[o + 5]!;
        const at = group * span * 4;
        // new = c & ~(c << 1), gone = c & ~(c >> 1), on the 64-bit mask held as halves. The
        // months themselves are summed from where runs of months start and end (below): a
        // customer's months are mostly one run, so two bits instead of one per month.
        // Active: +1 where a run starts, −1 after it ends; customers: from new and gone.
        add(al & ~(al << 1), at + 1);
        add(ah & ~((ah << 1) | (al >>> 31)), at + 129);
        dropAfter(al & ~((al >>> 1) | (ah << 31)), at + 1, 0);
        dropAfter(ah & ~(ah >>> 1), at + 1, 32);
        add(cl & ~(cl << 1), at + 2);
        add(ch & ~((ch << 1) | (cl >>> 31)), at + 130);
        add(cl & ~((cl >>> 1) | (ch << 31)), at + 3);
        add(ch & ~(ch >>> 1), at + 131);
      }
      count = 0;
    };
    let customer = -1;
    for (let i = 0; i < cid.length; i++) {
      const k = ks[i]!;
      const k2 = k2s[i]!;
      if ((one && k === 0) || (two && k2 === 0)) continue;
      if (cid[i] !== customer) {
        flush();
        customer = cid[i]!;
      }
      const pairKey = k * width + k2;
      let p = 0;
      while (p < count && pending[p * 8] !== pairKey) p++;
      const o = p * 8;
      if (p === count) {
        if (pending.length < o + 8) {
          const bigger = new Int32Array(pending.length * 2);
          bigger.set(pending);
          pending = bigger;
        }
        pending[o] = pairKey;
        pending[o + 1] = marketOf[marketCodes[i]!]! * segmentCount + segmentOf[segmentCodes[i]!]!;
        pending[o + 2] = pending[o + 3] = pending[o + 4] = pending[o + 5] = 0;
        count++;
      }
      pending[o + 2] |= cLow[i]!;
      pending[o + 3] |= cHigh[i]!;
      pending[o + 4] |= aLow[i]!;
      pending[o + 5] |= aHigh[i]!;
    }
    flush();
    // Customers in month j: those of j − 1, plus the new of j, less those gone after j − 1.
    for (let g = 0; g < groups; g++) {
      let customers = 0;
      let active = 0;
      for (let j = 0, at = g * span * 4; j < span; j++, at += 4) {
        customers += figures[at + 2]! - (j > 0 ? figures[at - 1]! : 0);
        active += figures[at + 1]!;
        figures[at] = customers;
        figures[at + 1] = active;
      }
    }
    for (let g = 0; g < groups; g++) {
      const pairKey = groupKeys[g * 2]!;
      const cell = groupKeys[g * 2 + 1]!;
      const [k, k2] = [Math.floor(pairKey / width), pairKey % width];
      const [mk, sg] = [markets.codes[Math.floor(cell / segments.count)]!, segments.codes[cell % segments.count]!];
      const head = pairs ? [d, k, k2, mk, sg, 0] : [d, k, mk, sg, 0];
      for (let j = 0; j < span; j++) {
        const at = (g * span + j) * 4;
        head[head.length - 1] = base + j;
        if (figures[at]! + figures[at + 3]! > 0) out.push(head, figures, at);
      }
    }
  });
  return out.columns();
}

/** The distinct codes of `column`, numbered 0..count − 1 (`of[code]`), and back (`codes`). */
function compact(column: Int32Array): { of: Int32Array; codes: number[]; count: number } {
  let top = 0;
  for (let i = 0; i < column.length; i++) top = Math.max(top, column[i]!);
  const of = new Int32Array(top + 1).fill(-1);
  const codes: number[] = [];
  for (let i = 0; i < column.length; i++) if (of[column[i]!]! < 0) of[column[i]!] = codes.push(column[i]!) - 1;
  return { of, codes, count: codes.length };
}

/** Int32 columns that grow by doubling. */
class Growing {
  private data: Int32Array[];
  private length = 0;

  constructor(width: number) {
    this.data = Array.from({ length: width }, () => new Int32Array(1 << 12));
  }

  /** Appends a row whose values are `head` and `figures[at .. at + 3]`. */
  push(head: readonly number[], figures: Int32Array, at: number): void {
    if (this.length === this.data[0]!.length) {
      this.data = this.data.map((column) => {
        const bigger = new Int32Array(column.length * 2);
        bigger.set(column);
        return bigger;
      });
    }
    const { data, length } = this;
    for (let c = 0; c < head.length; c++) data[c]![length] = head[c]!;
    for (let f = 0; f < 4; f++) data[head.length + f]![length] = figures[at + f]!;
    this.length++;
  }

  columns(): Int32Array[] {
    return this.data.map((column) => column.slice(0, this.length));
  }
}
