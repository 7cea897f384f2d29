/**
 * The reference {@link InsightsEngine} on DuckDB, in-process and in memory. All queries of
 * one engine go through one connection, one at a time (a promise chain), because a DuckDB
 * connection must not run two statements at once; each export stream gets a connection of
 * its own so a slow download never holds up the dashboard's queries.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type {
  BreakdownResponse,
  BreakdownRow,
  Dimension,
  DimensionsResponse,
  MonthlyResponse,
  TrendResponse,
} from '../../src/data/contract.ts';
import { RAW_COLUMNS, type RawRow } from '../data/raw-row.ts';
import { encodeRows, type Catalog } from './catalog.ts';
import { csvLine } from './csv.ts';
import { createTables } from './duckdb-load.ts';
import type { EngineOptions, InsightsEngine, InsightsQuery } from './engine.ts';
import { monthIndex, monthKey, monthsBetween } from './months.ts';
import { countsSql, exportSql, productsSql } from './sql.ts';

/** Figures of one (member, month): customers, active, new, and gone-next-month. */
interface Counts {
  c: number;
  a: number;
  n: number;
  x: number;
}
const ZERO: Counts = { c: 0, a: 0, n: 0, x: 0 };
/** member key → month index → counts. */
type CountTable = Map<string, Map<number, Counts>>;

/** Loads `rows` into a new in-memory DuckDB and returns the engine over it. */
export async function createDuckDbEngine(
  rows: readonly RawRow[],
  options: EngineOptions = {},
): Promise<InsightsEngine> {
  const { encoded, catalog } = encodeRows(rows);
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await createTables(conn, encoded);
  return new DuckDbEngine(instance, conn, catalog, rows, options);
}

class DuckDbEngine implements InsightsEngine {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    private readonly catalog: Catalog,
    private readonly rows: readonly RawRow[],
    private readonly options: EngineOptions,
  ) {}

  async monthly(q: InsightsQuery): Promise<MonthlyResponse> {
    const table = await this.counts(q, null);
    const products = await this.select(productsSql(q, this.catalog));
    const at = (m: number) => cell(table, '', m);
    const lo = monthIndex(q.from);
    return {
      query: q,
      before: { month: monthKey(lo - 1), customers: at(lo - 1).c },
      months: monthsBetween(q.from, q.to).map((month) => {
        const m = monthIndex(month);
        const { c, a, n } = at(m);
        return { month, customers: c, active: a, new: n, existing: c - n, churned: at(m - 1).x };
      }),
      products: products
        .map(([code, c]) => ({ key: this.key(code), label: this.key(code), customers: Number(c) }))
        .sort(byCustomersThenKey),
    };
  }

  async breakdown(q: InsightsQuery, by: Dimension): Promise<BreakdownResponse> {
    const total = await this.counts(q, null);
    const perMember = await this.counts(q, by);
    const figures = (members: Map<number, Counts> | undefined) => {
      const at = (m: number) => members?.get(m) ?? ZERO;
      let added = 0;
      let churned = 0;
      for (let m = monthIndex(q.from); m <= monthIndex(q.to); m++) {
        added += at(m).n;
        churned += at(m - 1).x;
      }
      const last = at(monthIndex(q.to));
      return { customers: last.c, active: last.a, added, churned };
    };
    const rows: BreakdownRow[] = [...perMember].map(([key, months]) => ({
      ...this.member(by, key),
      ...figures(months),
    }));
    return { query: q, by, total: figures(total.get('')), rows: rows.sort(byCustomersThenKey) };
  }

  async trend(q: InsightsQuery, by: Dimension): Promise<TrendResponse> {
    const table = await this.counts(q, by);
    const months = monthsBetween(q.from, q.to);
    const series = [...table]
      .map(([key, byMonth]) => ({
        key,
        label: this.member(by, key).label,
        values: months.map((month) => byMonth.get(monthIndex(month))?.c ?? 0),
      }))
      // Members seen only in the month before the range have no customers to show.
      .filter((s) => s.values.some((value) => value > 0))
      .sort((a, b) => b.values.at(-1)! - a.values.at(-1)! || compareKeys(a.key, b.key));
    return { query: q, by, months, series };
  }

  async dimensions(): Promise<DimensionsResponse> {
    return { range: this.catalog.range, dimensions: this.catalog.members };
  }

  async *exportCsv(q: InsightsQuery): AsyncIterable<string> {
    const columns = RAW_COLUMNS.filter(([, f]) => f !== 'customerName' || this.options.includeCustomerNames);
    yield csvLine(columns.map(([name]) => name));
    const conn = await this.instance.connect();
    try {
      const result = await conn.stream(exportSql(q, this.catalog));
      for await (const chunk of result.yieldRows()) {
        yield chunk.map(([i]) => csvLine(columns.map(([, f]) => this.rows[Number(i)]![f]))).join('');
      }
    } finally {
      conn.closeSync();
    }
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    this.conn.closeSync();
    this.instance.closeSync();
  }

  /** Runs `sql` after every query queued before it; resolves to its rows. */
  private select(sql: string): Promise<unknown[][]> {
    const run = this.queue.then(async () => (await this.conn.runAndReadAll(sql)).getRowsJS());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async counts(q: InsightsQuery, by: Dimension | null): Promise<CountTable> {
    const table: CountTable = new Map();
    for (const [k, m, c, a, n, x] of await this.select(countsSql(q, by, this.catalog))) {
      const key = by ? this.key(k) : '';
      if (!table.has(key)) table.set(key, new Map());
      table.get(key)!.set(Number(m), { c: Number(c), a: Number(a), n: Number(n), x: Number(x) });
    }
    return table;
  }

  private key(code: unknown): string {
    return this.catalog.strings[Number(code)]!;
  }

  /** key, label and (for SKUs) product of a member. */
  private member(by: Dimension, key: string): { key: string; label: string; product?: string } {
    return this.catalog.members[by].find((m) => m.key === key) ?? { key, label: key };
  }
}

function cell(table: CountTable, key: string, m: number): Counts {
  return table.get(key)?.get(m) ?? ZERO;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byCustomersThenKey(a: { customers: number; key: string }, b: typeof a): number {
  return b.customers - a.customers || compareKeys(a.key, b.key);
}
