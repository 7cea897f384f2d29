/**
 * The {@link InsightsEngine} on any SQL backend: loads and shapes the data (queries.ts), then
 * turns per-month counts into the contract's responses. The counts of one filter state are
 * computed once and shared: the seven requests of a dashboard need five of them, not twelve.
 */
import {
  DIMENSIONS,
  type BreakdownResponse,
  type BreakdownRow,
  type Dimension,
  type DimensionsResponse,
  type MonthlyResponse,
  type TrendResponse,
} from '../../src/data/contract.ts';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lru } from '../http/lru.ts';
import { writeCsv } from '../data/csv-file.ts';
import { firstControlByte } from '../data/control-scan.ts';
import { utf8File } from '../data/file-encoding.ts';
import { DataFileError, findProblem, normalizedCopy, readHeader, type FileHeader } from '../data/load-file.ts';
import { IDENTIFYING, RAW_COLUMNS, columnsOf, type RawRow } from '../data/raw-row.ts';
import type { SqlBackend } from './backend.ts';
import { Catalog } from './catalog.ts';
import { FIGURES, MaskIndex } from './mask-index.ts';
import { PreIndex } from './pre-index.ts';
import { preSums } from './parallel-sums.ts';
import { csvLine } from './csv.ts';
import {
  ExportTooLargeError,
  type DataSize,
  type DataSource,
  type EngineOptions,
  type InsightsEngine,
  type ResolvedQuery,
} from './engine.ts';
import { monthIndex, monthKey, monthsBetween } from '../months.ts';
import {
  DICT_SQL,
  MAX_MONTHS,
  CUSTOMER_LEVEL,
  SUBSCRIPTION_LEVEL,
  countsPlan,
  dependenciesSql,
  exportCountSql,
  exportSql,
  SRC,
  anyRowSql,
  firstInvalidRowSql,
  membersSql,
  preStatements,
  rangeSql,
  shapeStatements,
  type CodedQuery,
  type SrcOptions,
} from './queries.ts';

/** Figures of one (member, month): customers, active, new, and gone-next-month. */
interface Counts {
  c: number;
  a: number;
  n: number;
  x: number;
}
const ZERO: Counts = { c: 0, a: 0, n: 0, x: 0 };

/**
 * The counts of one grouping: per member key, `c, a, n, x` of each month lo..hi in one
 * Int32Array. Tables stay cached (an LRU of 256): a few typed arrays each instead of an object
 * per (member, month) keep the garbage collector's young-generation copies short under load.
 */
class CountTable {
  private readonly members = new Map<string, Int32Array>();

  constructor(
    private readonly lo: number,
    private readonly hi: number,
  ) {}

  /** Sets every month of `key` at once (`figures` laid out as this table's rows). */
  setRow(key: string, figures: Int32Array): void {
    this.members.set(key, figures);
  }

  /** The member keys with any count. */
  keys(): IterableIterator<string> {
    return this.members.keys();
  }

  /** `key`'s figures in month `m`; zero for a member without counts or a month outside lo..hi. */
  at(key: string, m: number): Counts {
    const row = this.members.get(key);
    if (!row || m < this.lo || m > this.hi) return ZERO;
    const i = (m - this.lo) * FIGURES;
    return { c: row[i]!, a: row[i + 1]!, n: row[i + 2]!, x: row[i + 3]! };
  }
}

/** Loads `source` into `backend`, shapes it, and returns the engine; closes `backend` on failure. */
export async function createSqlEngine(
  backend: SqlBackend,
  source: DataSource | readonly RawRow[],
  options: EngineOptions = {},
): Promise<InsightsEngine> {
  try {
    // Customer names are stored only when an export may show them.
    await load(backend, source, { names: options.includeCustomerNames ?? false });
    const { catalog, base, span, dependencies } = await shape(backend);
    // The query tables are read into memory; only what the export reads stays in the database.
    const masks = await MaskIndex.read(backend, base);
    // `pre` and `pre_pairs` are summed from `prof`'s arrays (no data still needs one month of nothing).
    const months = Math.max(span, 1);
    const pre = await PreIndex.read(backend, await preSums(masks.prof, base, months));
    for (const table of ['prof', 'subs', 'pre_subs']) await backend.run(`DROP TABLE ${table}`);
    const [[rows]] = (await backend.rows(`SELECT count(*) FROM ${SRC[backend.dialect]}`)) as [[number]];
    const [[customers]] = (await backend.rows('SELECT count(*) FROM cust')) as [[number]];
    return new SqlEngine(backend, catalog, dependencies, masks, pre, options, { rows: Number(rows), customers: Number(customers) });
  } catch (error) {
    await backend.close();
    throw error;
  }
}

/**
 * Fills `src`; a file is checked whole before anything else is built (nothing half-loaded).
 * Rows and columns go through a temporary export file: the engine's own CSV reader takes in a
 * million customers faster than any per-value insert from JavaScript.
 */
async function load(backend: SqlBackend, source: DataSource | readonly RawRow[], keep: SrcOptions): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'insights-load-'));
  try {
    if (!isRows(source) && 'file' in source) return await loadFile(backend, source.file, dir, true, keep);
    const file = join(dir, 'rows.csv');
    await writeCsv(file, isRows(source) ? [columnsOf(source)] : source.columns);
    await loadFile(backend, file, dir, false, keep);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Loads `path` (UTF-16 decoded first, in `dir`); a partner's file must hold rows (`requireRows`). */
async function loadFile(backend: SqlBackend, path: string, dir: string, requireRows: boolean, keep: SrcOptions): Promise<void> {
  const file = await utf8File(path, dir);
  const header = await readHeader(file);
  // Control characters are looked for in the file's bytes, on another thread, while the engine
  // reads; a load refused before the scan ends stops it.
  const scan = new AbortController();
  const control = firstControlByte(file, scan.signal);
  // Settled even when the read below fails: the scan's outcome is awaited only after it.
  control.catch(() => {});
  try {
    await checkFile(backend, file, header, dir, control, requireRows, keep);
  } finally {
    scan.abort();
  }
}

/** Reads `file` into `src` and checks every row (`control`: the byte scan's outcome). */
async function checkFile(
  backend: SqlBackend,
  file: string,
  header: FileHeader,
  dir: string,
  control: Promise<number>,
  requireRows: boolean,
  keep: SrcOptions,
): Promise<void> {
  try {
    await backend.loadFile(file, header, keep);
  } catch (error) {
    const problem = await findProblem(file);
    if (problem) throw problem;
    // The engine refuses what CSV allows and csv-parse accepted (ClickHouse: blank lines between
    // rows; both: a line of only spaces): it reads a copy written the way it likes; line
    // numbers still come from `file`.
    await backend.run(`DROP TABLE IF EXISTS ${SRC[backend.dialect]}`);
    try {
      await backend.loadFile(await normalizedCopy(file, header, join(dir, 'normalized.csv')), header, keep);
    } catch (again) {
      const reason = (again as Error).message.split('\n')[0];
      throw new DataFileError(1, `the database could not read the file, though every line follows the format (${reason})`);
    }
  }
  // A control character: csv-parse names its line (or the SQL checks, all of them, their record).
  if ((await control) >= 0) {
    const problem = await findProblem(file);
    if (problem) throw problem;
  }
  const [bad] = await backend.rows(firstInvalidRowSql(backend.dialect, { control: (await control) >= 0 }));
  // The engine knows which record is bad; csv-parse, streaming up to it, knows its line.
  if (bad) throw (await findProblem(file)) ?? new DataFileError(Number(bad[0]) + 2, `${String(bad[1])} is invalid`);
  if (requireRows && (await backend.rows(anyRowSql(backend.dialect))).length === 0) {
    throw new DataFileError(1, 'the file has a header but no rows: export a period with data');
  }
}

function isRows(source: DataSource | readonly RawRow[]): source is readonly RawRow[] {
  return Array.isArray(source);
}

async function shape(backend: SqlBackend): Promise<{ catalog: Catalog; base: number; span: number; dependencies: Dependencies }> {
  const d = backend.dialect;
  const [[min, max, count]] = (await backend.rows(rangeSql(d))) as [number | null, number | null, number][];
  const months = count > 0 ? { min: min!, max: max! } : null;
  const base = months?.min ?? 0;
  const span = months ? months.max - months.min + 1 : 0;
  if (span > MAX_MONTHS) {
    throw new DataFileError(
      1,
      `the data spans ${span} months (${monthKey(months!.min)} to ${monthKey(months!.max)}); ` +
        `the reference server holds at most ${MAX_MONTHS}: export a shorter period`,
    );
  }
  for (const sql of [...shapeStatements(d, base), ...preStatements(d, base, span)]) await backend.run(sql);
  const members = (await backend.rows(membersSql(d))) as [Dimension, string, string][];
  const dependencies = dependenciesOf((await backend.rows(dependenciesSql())) as [Dimension, Dimension, number, number, number][]);
  const dictionary = (await backend.rows(DICT_SQL)) as [string, number][];
  // Shaping intermediates: what the queries and the export read stays.
  await backend.run('DROP TABLE gc');
  await backend.run('DROP TABLE g');
  return { catalog: new Catalog(members, dictionary, months), base, span, dependencies };
}

/** `by` → `of` → (member code of `by` → the one member code of `of` it comes with). */
type Dependencies = Map<Dimension, Map<Dimension, Map<number, number>>>;

function dependenciesOf(rows: readonly [Dimension, Dimension, number, number, number][]): Dependencies {
  const out: Dependencies = new Map();
  const broken = new Set<string>();
  for (const [by, of, k, lo, hi] of rows) {
    if (lo !== hi) broken.add(`${by} ${of}`);
    if (!out.has(by)) out.set(by, new Map());
    if (!out.get(by)!.has(of)) out.get(by)!.set(of, new Map());
    out.get(by)!.get(of)!.set(k, lo);
  }
  for (const pair of broken) {
    const [by, of] = pair.split(' ') as [Dimension, Dimension];
    out.get(by)!.delete(of);
  }
  return out;
}

/**
 * Grouping by a dimension that determines every other filtered subscription-level one (by SKU
 * under a product filter): the filter becomes one on the grouped members, which `pre` answers.
 */
function throughDependencies(q: CodedQuery, by: Dimension | null, dependencies: Dependencies): CodedQuery {
  if (!by || CUSTOMER_LEVEL.has(by)) return q;
  const others = SUBSCRIPTION_LEVEL.filter((dim) => dim !== by && q.filters[dim]?.length);
  const maps = others.map((dim) => dependencies.get(by)?.get(dim));
  if (others.length === 0 || maps.some((map) => !map)) return q;
  const filters = { ...q.filters };
  let members = [...maps[0]!.keys()];
  for (const [i, dim] of others.entries()) {
    const allowed = new Set(q.filters[dim]);
    members = members.filter((k) => allowed.has(maps[i]!.get(k)!));
    delete filters[dim];
  }
  if (q.filters[by]) members = members.filter((k) => q.filters[by]!.includes(k));
  // −1 is no member's code: an empty set matches nothing.
  filters[by] = members.length ? members.sort((a, b) => a - b) : [-1];
  return { ...q, filters };
}

class SqlEngine implements InsightsEngine {
  /** Counts per (range, filters, by), shared by the resources of one filter state. */
  private readonly counts = new Lru<string, Promise<CountTable>>(256);
  /** The secret of hashed export ids, as hex (the only form that reaches SQL text). */
  private readonly idKey: string;

  constructor(
    private readonly backend: SqlBackend,
    private readonly catalog: Catalog,
    private readonly dependencies: Dependencies,
    /** The general path's tables, in memory. */
    private readonly masks: MaskIndex,
    /** The pre-aggregates, in memory. */
    private readonly pre: PreIndex,
    private readonly options: EngineOptions,
    readonly size: DataSize,
  ) {
    this.idKey = createHash('sha256')
      .update(options.exportIdKey ?? randomBytes(32))
      .digest('hex');
  }

  /** The database, for the startup line. */
  get description(): string {
    return this.backend.description;
  }

  get cannotReload(): string | undefined {
    return this.backend.cannotReload;
  }

  async monthly(q: ResolvedQuery): Promise<MonthlyResponse> {
    const [table, products, subscriptions] = await Promise.all([
      this.countTable(q, null),
      this.countTable(q, 'product'),
      this.subscriptions(q),
    ]);
    const at = (m: number) => table.at('', m);
    const lo = monthIndex(q.from);
    const to = monthIndex(q.to);
    return {
      query: q,
      before: { month: monthKey(lo - 1), customers: at(lo - 1).c },
      months: monthsBetween(q.from, q.to).map((month) => {
        const m = monthIndex(month);
        const { c, a, n } = at(m);
        return {
          month,
          customers: c,
          active: a,
          new: n,
          existing: c - n,
          churned: at(m - 1).x,
          subscriptions: subscriptions.get(m) ?? 0,
        };
      }),
      products: [...products.keys()]
        .map((key) => ({ key, label: key, customers: products.at(key, to).c }))
        .filter((p) => p.customers > 0)
        .sort(byCustomersThenKey),
    };
  }

  async breakdown(q: ResolvedQuery, by: Dimension): Promise<BreakdownResponse> {
    const [total, perMember] = await Promise.all([this.countTable(q, null), this.countTable(q, by)]);
    const figures = (table: CountTable, key: string) => {
      const at = (m: number) => table.at(key, m);
      let added = 0;
      let churned = 0;
      for (let m = monthIndex(q.from); m <= monthIndex(q.to); m++) {
        added += at(m).n;
        churned += at(m - 1).x;
      }
      const last = at(monthIndex(q.to));
      return { customers: last.c, active: last.a, added, churned };
    };
    const rows: BreakdownRow[] = [...perMember.keys()]
      .map((key) => ({ ...this.catalog.member(by, key), ...figures(perMember, key) }))
      .filter((r) => r.customers + r.active + r.added + r.churned > 0);
    return { query: q, by, total: figures(total, ''), rows: rows.sort(byCustomersThenKey) };
  }

  async trend(q: ResolvedQuery, by: Dimension): Promise<TrendResponse> {
    const table = await this.countTable(q, by);
    const months = monthsBetween(q.from, q.to);
    const series = [...table.keys()]
      .map((key) => ({
        key,
        label: this.catalog.member(by, key).label,
        values: months.map((month) => table.at(key, monthIndex(month)).c),
      }))
      // Members seen only in the month before the range have no customers to show.
      .filter((s) => s.values.some((value) => value > 0))
      .sort((a, b) => b.values.at(-1)! - a.values.at(-1)! || compareKeys(a.key, b.key));
    return { query: q, by, months, series };
  }

  async dimensions(): Promise<DimensionsResponse> {
    return { range: this.catalog.range, dimensions: this.catalog.members };
  }

  async *exportCsv(q: ResolvedQuery, { maxRows }: { maxRows?: number } = {}): AsyncIterable<string> {
    const ids = this.options.exportIds ?? 'hashed';
    const fields = RAW_COLUMNS.filter(
      ([, f]) => (f !== 'customerName' || this.options.includeCustomerNames) && (ids !== 'none' || !IDENTIFYING.has(f)),
    );
    // Only member strings of the data reach the SQL text; a filter without any matches nothing.
    const filters: ResolvedQuery['filters'] = {};
    for (const dim of DIMENSIONS) {
      const values = q.filters[dim]?.filter((value) => this.catalog.code(value) > 0);
      if (values?.length === 0) return yield csvLine(fields.map(([name]) => name));
      if (values) filters[dim] = values;
    }
    const d = this.backend.dialect;
    if (maxRows !== undefined) {
      const [[rows]] = (await this.backend.rows(exportCountSql(d, { ...q, filters }, maxRows + 1))) as [[number]];
      if (rows > maxRows) throw new ExportTooLargeError(maxRows);
    }
    yield csvLine(fields.map(([name]) => name));
    const hashed = ids === 'hashed' ? IDENTIFYING : new Set<keyof RawRow>();
    const sql = exportSql(
      d,
      { ...q, filters },
      fields.map(([, f]) => f),
      { hashed, key: this.idKey },
    );
    for await (const lines of this.backend.stream(sql)) yield lines.join('');
  }

  async close(): Promise<void> {
    await this.backend.close();
  }

  /** Counts for `q` grouped by `by`, computed once per (range, filters, by). */
  private countTable(q: ResolvedQuery, by: Dimension | null): Promise<CountTable> {
    const coded = throughDependencies(this.coded(q), by, this.dependencies);
    const key = JSON.stringify([coded, by]);
    let table = this.counts.get(key);
    if (!table) {
      const out = new CountTable(coded.lo, coded.hi);
      const counts = countsPlan(coded, by).table === 'prof' ? this.masks.counts(coded, by) : this.pre.counts(coded, by);
      for (const [k, figures] of counts) out.setRow(by ? this.catalog.key(k) : '', figures);
      table = Promise.resolve(out);
      this.counts.set(key, table);
      table.catch(() => this.counts.delete(key));
    }
    return table;
  }

  /** Qualifying (Active or Renewed) subscriptions per month index of the range. */
  private async subscriptions(q: ResolvedQuery): Promise<Map<number, number>> {
    const coded = this.coded(q);
    const filtered = SUBSCRIPTION_LEVEL.filter((dim) => coded.filters[dim]?.length);
    return filtered.length > 1 ? this.masks.subscriptions(coded) : this.pre.subscriptions(coded);
  }

  private coded(q: ResolvedQuery): CodedQuery {
    const filters: CodedQuery['filters'] = {};
    for (const dim of DIMENSIONS) {
      const values = q.filters[dim];
      // An empty list (a request outside the user's scope) matches nothing: −1 is no member's code.
      if (values) filters[dim] = values.length ? values.map((value) => this.catalog.code(value)) : [-1];
    }
    return { lo: monthIndex(q.from) - 1, hi: monthIndex(q.to), filters };
  }
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byCustomersThenKey(a: { customers: number; key: string }, b: typeof a): number {
  return b.customers - a.customers || compareKeys(a.key, b.key);
}
