/**
 * The pre-aggregates (`pre_subs`, built by queries.ts `preStatements`; `pre` and `pre_pairs`, by pair-sums.ts)
 * in memory, and the sums the counts plans of queries.ts `countsPlan` take from them. Each
 * table is one typed array per column with posting lists per (d, member), so a query adds up
 * the few hundred or thousand rows of its members and months. A statement over these tables
 * took 1–4 ms in DuckDB (most of it parsing, planning and handing rows to JavaScript); the
 * same sums here take a few hundredths of a millisecond, which is what lets the endpoint
 * serve hundreds of distinct filter states a second on two cores.
 */
import type { Dimension } from '../../src/data/contract.ts';
import type { SqlBackend } from './backend.ts';
import { postingLists, readIntColumns } from './int-columns.ts';
import { FIGURES, memberTable } from './mask-index.ts';
import { CUSTOMER_LEVEL, DIM_COLUMN, PAIRS, SUBSCRIPTION_LEVEL, countsPlan, type CodedQuery } from './queries.ts';

/** One pre-aggregate: key columns, figure columns, rows per `d` and per (d, member). */
class SumTable {
  readonly byD: Map<number, Int32Array>;
  /** Rows per (d, member of the first / second key column): `d * width + k`. */
  readonly byK: Map<number, Int32Array>;
  readonly byK2: Map<number, Int32Array>;
  readonly width: number;

  constructor(
    readonly d: Int32Array,
    readonly k: Int32Array,
    readonly k2: Int32Array | null,
    readonly market: Int32Array,
    readonly segment: Int32Array,
    readonly m: Int32Array,
    readonly figures: Int32Array[],
  ) {
    let top = 0;
    for (const column of [k, k2 ?? k]) for (let i = 0; i < column.length; i++) top = Math.max(top, column[i]!);
    this.width = top + 1;
    const keyed = (column: Int32Array) => postingLists(Int32Array.from(column, (key, i) => d[i]! * this.width + key));
    this.byD = postingLists(d);
    this.byK = keyed(k);
    this.byK2 = k2 ? keyed(k2) : new Map();
  }

  /** The rows of `d` whose `column` member is one of `members` (every row of `d` without). */
  rows(d: number, members?: readonly number[], second = false): Int32Array[] {
    if (!members) return [this.byD.get(d) ?? EMPTY];
    const index = second ? this.byK2 : this.byK;
    return members.filter((k) => k >= 0 && k < this.width).map((k) => index.get(d * this.width + k) ?? EMPTY);
  }
}

const EMPTY = new Int32Array(0);

/** Customer-level filters (market, segment) as a row test. */
function customerFilter(table: SumTable, q: CodedQuery): (i: number) => boolean {
  const market = q.filters.market?.length ? memberTable(q.filters.market) : null;
  const segment = q.filters.segment?.length ? memberTable(q.filters.segment) : null;
  return (i) => (!market || market[table.market[i]!] === 1) && (!segment || segment[table.segment[i]!] === 1);
}

/** `pre`, `pre_pairs` and `pre_subs` in memory. */
export class PreIndex {
  private constructor(
    private readonly pre: SumTable,
    private readonly pairs: SumTable,
    private readonly subs: SumTable,
  ) {}

  /** Reads `pre_subs` from `backend`; `pre` and `pre_pairs` come as columns (pair-sums.ts). */
  static async read(backend: SqlBackend, built: { pre: Int32Array[]; pairs: Int32Array[] }): Promise<PreIndex> {
    const read = async (table: string, keys: string, figures: string) => {
      const columns =
        table === 'pre_pairs'
          ? built.pairs
          : table === 'pre'
            ? built.pre
            : await readIntColumns(backend, `SELECT d, ${keys}, market, segment, m, ${figures} FROM ${table}`);
      const width = keys.split(',').length + 4 + figures.split(',').length;
      const [d, k, ...rest] = columns.length ? columns : Array.from({ length: width }, () => new Int32Array(0));
      const k2 = keys.includes('k2') ? rest.shift()! : null;
      const [market, segment, m, ...values] = rest;
      return new SumTable(d!, k!, k2, market!, segment!, m!, values);
    };
    return new PreIndex(
      await read('pre', 'k', 'c, a, n, x'),
      await read('pre_pairs', 'k, k2', 'c, a, n, x'),
      await read('pre_subs', 'k', 's'),
    );
  }

  /**
   * Per member code of `by` (0 without `by`): `c, a, n, x` of each month lo..hi (see
   * {@link FIGURES}), for the plans `pre` and `pre_pairs` of queries.ts `countsPlan`.
   */
  counts(q: CodedQuery, by: Dimension | null): Map<number, Int32Array> {
    const plan = countsPlan(q, by);
    let table: SumTable;
    let rows: Int32Array[];
    let keys: Int32Array | null;
    if (plan.table === 'pre') {
      table = this.pre;
      rows = table.rows(plan.d, plan.preFilter && q.filters[plan.preFilter]);
      keys = !by ? null : CUSTOMER_LEVEL.has(by) ? table[DIM_COLUMN[by] as 'market' | 'segment'] : table.k;
    } else if (plan.table === 'pre_pairs') {
      table = this.pairs;
      // The pair's first dimension is in `k`, its second in `k2`.
      const filterFirst = PAIRS[plan.d]![0] === plan.filter;
      rows = table.rows(plan.d, q.filters[plan.filter]!.slice(0, 1), !filterFirst);
      keys = filterFirst ? table.k2 : table.k;
    } else {
      throw new Error('the prof plan is counted by mask-index.ts');
    }
    const length = q.hi - q.lo + 1;
    const customers = customerFilter(table, q);
    const [c, a, n, x] = table.figures as [Int32Array, Int32Array, Int32Array, Int32Array];
    const out = new Map<number, Int32Array>();
    for (const list of rows) {
      for (let r = 0; r < list.length; r++) {
        const i = list[r]!;
        const month = table.m[i]! - q.lo;
        if (month < 0 || month >= length || !customers(i)) continue;
        const key = keys ? keys[i]! : 0;
        if (by && key === 0) continue;
        let figures = out.get(key);
        if (!figures) out.set(key, (figures = new Int32Array(length * FIGURES)));
        const at = month * FIGURES;
        figures[at] = figures[at]! + c[i]!;
        figures[at + 1] = figures[at + 1]! + a[i]!;
        figures[at + 2] = figures[at + 2]! + n[i]!;
        figures[at + 3] = figures[at + 3]! + x[i]!;
      }
    }
    return out;
  }

  /**
   * Qualifying subscriptions per month index lo + 1..hi under filters on at most one
   * subscription-level dimension (a subscription has one member of each, so members add up).
   */
  subscriptions(q: CodedQuery): Map<number, number> {
    const [only, ...more] = SUBSCRIPTION_LEVEL.filter((dim) => q.filters[dim]?.length);
    if (more.length) throw new Error('filters on two subscription-level dimensions are counted by mask-index.ts');
    const table = this.subs;
    const customers = customerFilter(table, q);
    const [s] = table.figures as [Int32Array];
    const out = new Map<number, number>();
    for (const list of table.rows(only ? SUBSCRIPTION_LEVEL.indexOf(only) + 1 : 0, only && q.filters[only])) {
      for (let r = 0; r < list.length; r++) {
        const i = list[r]!;
        const month = table.m[i]!;
        if (month <= q.lo || month > q.hi || !customers(i)) continue;
        out.set(month, (out.get(month) ?? 0) + s[i]!);
      }
    }
    return out;
  }
}
