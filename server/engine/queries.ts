/**
 * Every SQL statement of the engines, DuckDB's and ClickHouse's side by side. The semantics
 * (what counts as a customer, new, churned, active; which filters select customers and which
 * select subscriptions) are written once, in the shape of these statements; the dialects only
 * differ in spelling, through the small helpers at the top.
 *
 * Shape of the data (built once at load, see {@link shapeStatements}):
 * - `src`: the rows as loaded (text, file order), kept for the export only;
 * - `g`: one row per (customer, subscription, subscription-level members) with month bitmasks:
 *   `cm` months the subscription qualifies (a state of `QUALIFYING_STATES`: Active or Renewed;
 *   also the subscriptions figure), `am` the same with usage. Bit i = month `base + i`;
 * - `cust`: customer number `cid` and the customer-level market and segment (latest row);
 * - `dict`: member string → integer code (filters and groupings compare integers);
 * - `prof`: `g` coded and merged per (customer, subscription-level members): the fact table of
 *   every query with subscription-level filters;
 * - `subs`: `g` coded, one row per subscription with its qualifying months;
 * - `pre`: per month, member and (market, segment), the counts themselves, for queries
 *   without subscription-level filters (or one single-valued one): a few thousand rows,
 *   built in memory from `prof` (pair-sums.ts);
 *   `pre_pairs` the same per pair of subscription-level members (one product, by location),
 *   built in memory from `prof` (pair-sums.ts);
 *   `pre_subs` the same for subscriptions (any members of one subscription-level dimension).
 *
 * The queries themselves do not run in SQL: after the load, `prof`, `subs` and the
 * pre-aggregates are read into typed arrays (mask-index.ts, pre-index.ts) and dropped; the
 * database keeps `src` and `cust` for the export. {@link countsPlan} picks the table.
 *
 * Every value placed in SQL text is an integer (month index, code) or a member string taken
 * from the loaded data and quoted by {@link sqlString}; request text never reaches SQL as is.
 */
import { DIMENSIONS, type Dimension } from '../../src/data/contract.ts';
import { CONTROL, MAX_VALUE_BYTES, type FileHeader } from '../data/load-file.ts';
import { MONTH_WINDOW } from '../months.ts';
import { QUALIFYING_STATES, RAW_COLUMNS, type RawRow } from '../data/raw-row.ts';
import { FORMULA_CLASS } from './csv.ts';

export type Dialect = 'duckdb' | 'clickhouse';

/** Column of `src` holding each raw field. */
export const SRC_COLUMN: Record<keyof RawRow, string> = {
  month: 'month',
  customerTenantId: 'tenant',
  customerName: 'name',
  customerMarket: 'market',
  customerSegment: 'segment',
  partnerLocation: 'loc',
  partnerLocationName: 'loc_name',
  partnerAttributionType: 'attr',
  salesChannel: 'channel',
  azurePricingModel: 'pricing',
  product: 'product',
  sku: 'sku',
  subscriptionId: 'sub',
  subscriptionState: 'state',
  activeUsers: 'users',
};

/** Column holding each dimension's code in `prof`, `subs` and `pre`, and its text in `g`. */
export const DIM_COLUMN: Record<Dimension, string> = {
  market: 'market',
  segment: 'segment',
  partnerLocation: 'loc',
  salesChannel: 'channel',
  pricingModel: 'pricing',
  attributionType: 'attr',
  product: 'product',
  sku: 'sku',
};

/** Market and segment describe the customer, not one subscription (CONTRACT.md filters). */
export const CUSTOMER_LEVEL: ReadonlySet<Dimension> = new Set(['market', 'segment']);
/** The dimensions that select subscriptions, in `pre`'s `d` numbering (0 = none). */
export const SUBSCRIPTION_LEVEL = DIMENSIONS.filter((d) => !CUSTOMER_LEVEL.has(d));

/** Months a bitmask holds: bit 63 stays free so `c << 1` never overflows. */
export const MAX_MONTHS = 63;

/** The longest month range of a query plus the month before it: window masks fit 32 bits. */
export const MAX_WINDOW = 25;

// ---- dialect helpers: the only places where the two spellings differ ----

const bitAnd = (d: Dialect, a: string, b: string) => (d === 'duckdb' ? `(${a} & ${b})` : `bitAnd(${a}, ${b})`);
const shl = (d: Dialect, a: string, n: string | number) => (d === 'duckdb' ? `(${a} << ${n})` : `bitShiftLeft(${a}, ${n})`);
const shr = (d: Dialect, a: string, n: string | number) => (d === 'duckdb' ? `(${a} >> ${n})` : `bitShiftRight(${a}, ${n})`);
const orAgg = (d: Dialect, a: string) => (d === 'duckdb' ? `bit_or(${a})` : `groupBitOr(${a})`);
const argMax = (d: Dialect, a: string, by: string) => (d === 'duckdb' ? `arg_max(${a}, ${by})` : `argMax(${a}, ${by})`);
const fullMatch = (d: Dialect, a: string, re: string) =>
  d === 'duckdb' ? `regexp_full_match(${a}, '${re}')` : `match(${a}, '^(${re.replaceAll('\\', '\\\\')})$')`;
const int = (d: Dialect, a: string) => (d === 'duckdb' ? `${a}::INTEGER` : `toInt32(${a})`);
const u64 = (d: Dialect, a: string) => (d === 'duckdb' ? `${a}::UBIGINT` : `toUInt64(${a})`);
/** Cross join with 0..n-1 as `j`. */
const times = (d: Dialect, n: number) => (d === 'duckdb' ? `, range(${n}) AS t(j)` : ` ARRAY JOIN range(${n}) AS j`);
/** `CREATE TABLE name AS query`, in memory. */
const createAs = (d: Dialect, name: string, query: string, order = 'tuple()') =>
  d === 'duckdb' ? `CREATE OR REPLACE TABLE ${name} AS ${query}` : `CREATE TABLE ${name} ENGINE = MergeTree ORDER BY ${order} AS ${query}`;
/**
 * ClickHouse: a grouping whose state passes 400 MB spills to disk. Grouping 1M customers' 25M
 * rows into (customer, subscription) held 1.67 GB in chdb (its load's peak), 1.10 GB so, in
 * the same time; DuckDB spills under its own `memory_limit`.
 */
const spillGroups = (d: Dialect) => (d === 'duckdb' ? '' : ' SETTINGS max_bytes_before_external_group_by = 400000000');
/** The loaded rows and their file order. */
export const SRC = { duckdb: 'rows.src', clickhouse: 'src' } as const;
const POSITION = { duckdb: 'rowid', clickhouse: 'pos' } as const;

/** A string literal (member keys come from the data and may hold quotes or backslashes). */
export function sqlString(d: Dialect, value: string): string {
  const escaped = d === 'duckdb' ? value.replaceAll("'", "''") : value.replaceAll('\\', '\\\\').replaceAll("'", "\\'");
  return `'${escaped}'`;
}

/** `month` text (YYYY-MM or YYYY-MM-DD) → month index (year × 12 + month − 1). */
const monthIndexSql = (d: Dialect) => `(${int(d, 'substring(month, 1, 4)')} * 12 + ${int(d, 'substring(month, 6, 2)')} - 1)`;

// ---- loading ----

/** What `src` keeps of a file's values. */
export interface SrcOptions {
  /**
   * Whether customer names are kept (an export shows them only with `includeCustomerNames`;
   * nothing else reads them). Else the column holds '' but for a name the checks refuse (over
   * MAX_VALUE_BYTES, or not UTF-8 where ClickHouse reads it), kept so that the file is refused
   * as before. Not storing a million distinct names made reading the 1M-customer export ≈ 1.5 s
   * faster (26.7–26.9 → 25.1–25.5 s, peak memory 0.81 → 0.67 GB) and its load ≈ 2.3 s.
   */
  names: boolean;
}

const KEEP_ALL: SrcOptions = { names: true };

/**
 * The CSV reader's buffer, set explicitly: left to DuckDB, reading the 5.2 GB export of 1M
 * customers into `src` took 37.7–39.0 s (73–76 s of CPU); with 32 MB, 31.8 s (62 s of CPU), at
 * the same peak memory (2026-12-05, the statement alone; 64 and 128 MB were no faster and held
 * more memory at 100k: 0.65 / 0.94 GB against 0.42).
 */
const CSV_BUFFER_BYTES = 32 * 1024 * 1024;

/**
 * Creates `src` from an export file read by the database itself: every column as trimmed
 * text in SRC_COLUMN order ('' for a missing optional column; customer names as `keep` says),
 * in file order. `header` comes from load-file.ts `readHeader`. ClickHouse numbers the records
 * (`pos`); DuckDB keeps insertion order (`rowid`).
 */
export function readFileSql(d: Dialect, path: string, header: FileHeader, keep = KEEP_ALL): string {
  if (d === 'duckdb') {
    const columns = Array.from({ length: header.columnCount }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
    // trim() only where a value starts or ends with a space: reading 100k customers' 2.5M rows
    // took 1.0 s, 2.4 s with every value trimmed, 1.1 s so (warm, one statement alone).
    const trimmed = (c: string) => `CASE WHEN ${c} LIKE ' %' OR ${c} LIKE '% ' THEN trim(${c}) ELSE coalesce(${c}, '') END`;
    // Dictionary compression forced on every column: the read took 6.3 s of CPU at 100k, 7.2 s
    // with DuckDB's choice (FSST, analysed per segment); the file is as small (38 MB).
    const table = RAW_COLUMNS.map(([, f]) => `${SRC_COLUMN[f]} VARCHAR USING COMPRESSION dictionary`).join(', ');
    return `CREATE TABLE ${SRC[d]} (${table});
      INSERT INTO ${SRC[d]} SELECT ${srcColumns(d, header, trimmed, keep)}
      FROM read_csv(${sqlString(d, path)}, header = true, auto_detect = false,
        delim = ${sqlString(d, header.delimiter)}, quote = '"', escape = '"', columns = {${columns}},
        buffer_size = ${CSV_BUFFER_BYTES})`;
  }
  const from = `file(${sqlString(d, path)}, '${clickHouseFormat(header)}', ${sqlString(d, structure(header))})`;
  // pread, not chdb's default mmap: the mapped 5 GB export of 1M customers counted as resident
  // memory (peak 6.2 GB); parts of 64 MB, not 256: peak 1.6 → 1.05 GB for this statement.
  return `CREATE TABLE src ENGINE = MergeTree ORDER BY pos AS
    SELECT toUInt64(assumeNotNull(_row_number)) AS pos, ${srcColumns(d, header, (c) => `trimBoth(${c})`, keep)} FROM ${from}
    SETTINGS ${csvSettings(header)}, storage_file_read_method = 'pread',
      min_insert_block_size_rows = 262144, min_insert_block_size_bytes = 67108864`;
}

/**
 * ClickHouse over HTTP: `src`, then an INSERT whose rows are the request's body (the file,
 * streamed by the client), read in one thread so record numbers follow the file.
 */
export function insertFileSql(header: FileHeader, keep = KEEP_ALL): [create: string, insert: string] {
  return [
    `CREATE TABLE src (pos UInt64, ${RAW_COLUMNS.map(([, f]) => `${SRC_COLUMN[f]} String`).join(', ')}) ENGINE = MergeTree ORDER BY pos`,
    `INSERT INTO src SELECT rowNumberInAllBlocks() AS pos, ${srcColumns('clickhouse', header, (c) => `trimBoth(${c})`, keep)}
      FROM input(${sqlString('clickhouse', structure(header))})
      SETTINGS ${csvSettings(header)}, input_format_parallel_parsing = 0, max_threads = 1, max_insert_threads = 1
      FORMAT ${clickHouseFormat(header)}`,
  ];
}

const structure = (header: FileHeader) => Array.from({ length: header.columnCount }, (_, i) => `c${i} String`).join(', ');
/** ClickHouse's CSV reader refuses a tab delimiter: TSV is read as CSV-quoted custom fields. */
const clickHouseFormat = (header: FileHeader) => (header.delimiter === '\t' ? 'CustomSeparatedWithNames' : 'CSV');
const csvSettings = (header: FileHeader) =>
  header.delimiter === '\t'
    ? `format_custom_escaping_rule = 'CSV', format_custom_field_delimiter = '\\t', input_format_with_names_use_header = 0, ` +
      'input_format_custom_skip_trailing_empty_lines = 1'
    : `input_format_csv_skip_first_lines = 1, format_csv_delimiter = ',', input_format_csv_skip_trailing_empty_lines = 1, ` +
      'input_format_csv_allow_variable_number_of_columns = 0';
const srcColumns = (d: Dialect, header: FileHeader, text: (column: string) => string, keep: SrcOptions) =>
  RAW_COLUMNS.map(([, field]) => {
    const at = header.positions.get(field);
    if (at === undefined) return `'' AS ${SRC_COLUMN[field]}`;
    const value = text(`c${at}`);
    if (field !== 'customerName' || keep.names) return `${value} AS ${SRC_COLUMN[field]}`;
    // Kept where the checks refuse it: its size; its encoding for ClickHouse, which reads bytes.
    const refused =
      d === 'duckdb' ? `strlen(c${at}) > ${MAX_VALUE_BYTES}` : `(length(c${at}) > ${MAX_VALUE_BYTES} OR NOT isValidUTF8(c${at}))`;
    return `CASE WHEN ${refused} THEN ${value} ELSE '' END AS ${SRC_COLUMN[field]}`;
  }).join(', ');

/**
 * The first row that breaks the format, by file position, with the first failing check
 * (the same checks, in the same order, as load-file.ts `parseRows`); no row when all are fine.
 * Every check is safe on any text (no cast that can fail), as the engine may evaluate them all.
 * (DuckDB evaluating them while reading the file, into a column, made the read slower by more
 * than this pass takes: 10.8 against 7.7 + 2.0 s of CPU at 100k.) Without `control` the
 * control characters are left out: control-scan.ts found none in the file (the regular
 * expression was three quarters of this pass).
 */
export function firstInvalidRowSql(d: Dialect, { control = true } = {}): string {
  const columns = RAW_COLUMNS.map(([, f]) => SRC_COLUMN[f]);
  const all = `concat(${columns.join(', ')})`;
  const bytes = d === 'duckdb' ? 'strlen' : 'length';
  const tryInt = (a: string) => (d === 'duckdb' ? `TRY_CAST(${a} AS INTEGER)` : `toInt32OrZero(${a})`);
  const [year, monthOfYear, day] = [
    [1, 4],
    [6, 2],
    [9, 2],
  ].map(([at, n]) => tryInt(`substring(month, ${at}, ${n})`));
  const leap = `(${year} % 4 = 0 AND (${year} % 100 <> 0 OR ${year} % 400 = 0))`;
  const daysIn = `CASE ${monthOfYear} WHEN 2 THEN (CASE WHEN ${leap} THEN 29 ELSE 28 END) WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END`;
  const checks: [string, string][] = [
    // DuckDB's reader refuses text that is not UTF-8 itself; ClickHouse reads bytes.
    ...(d === 'clickhouse' ? [['encoding', `NOT isValidUTF8(${all})`] as [string, string]] : []),
    ...(control ? [['control', searches(d, all, CONTROL.source)] as [string, string]] : []),
    ['size', `(${columns.map((c) => `${bytes}(${c}) > ${MAX_VALUE_BYTES}`).join(' OR ')})`],
    ['month', `NOT ${fullMatch(d, 'month', '(\\d{4})-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?')}`],
    ['date', `(length(month) = 10 AND ${day} > ${daysIn})`],
    ['window', `substring(month, 1, 7) NOT BETWEEN '${MONTH_WINDOW.first}' AND '${MONTH_WINDOW.last}'`],
    ...(['tenant', 'product', 'sku', 'sub', 'state'] as const).map((c): [string, string] => [c, `${c} = ''`]),
    ['market', `NOT ${fullMatch(d, 'market', '[A-Za-z]{2}')}`],
    ['users', `NOT ${fullMatch(d, 'users', '\\d+')}`],
    ['users-size', `NOT ${fullMatch(d, 'users', '0*\\d{1,9}')}`],
  ];
  const reason = `CASE ${checks.map(([name, cond]) => `WHEN ${cond} THEN '${name}'`).join(' ')} END`;
  return `SELECT ${POSITION[d]} AS pos, ${reason} AS reason FROM ${SRC[d]}
    WHERE ${checks.map(([, cond]) => cond).join(' OR ')} ORDER BY pos LIMIT 1`;
}

/** One row, if any: a file with a header and nothing else is refused. */
export const anyRowSql = (d: Dialect) => `SELECT 1 FROM ${SRC[d]} LIMIT 1`;

/** A regular-expression search (RE2 in both databases). */
const searches = (d: Dialect, a: string, re: string) =>
  d === 'duckdb' ? `regexp_matches(${a}, '${re}')` : `match(${a}, '${re.replaceAll('\\', '\\\\')}')`;

/** First and last month index with data, and the number of rows. */
export function rangeSql(d: Dialect): string {
  return `SELECT min(m), max(m), count(*) FROM (SELECT ${monthIndexSql(d)} AS m FROM ${SRC[d]}) t`;
}

/**
 * The statements that shape the loaded rows into the query tables, in order. `base` is the
 * first month index with data; the data spans at most {@link MAX_MONTHS} months.
 */
export function shapeStatements(d: Dialect, base: number): string[] {
  const bit = u64(d, shl(d, u64(d, '1'), `(${monthIndexSql(d)} - ${base})`));
  // The latest row wins: latest month, then later line (a customer's market, a location's name).
  const latest = d === 'duckdb' ? `${monthIndexSql(d)}::BIGINT * 4294967296 + rowid` : `toInt64(${monthIndexSql(d)}) * 4294967296 + pos`;
  const ok = `lower(state) IN (${[...QUALIFYING_STATES].map((s) => sqlString(d, s)).join(', ')})`;
  const when = (cond: string) => `CASE WHEN ${cond} THEN ${bit} ELSE ${u64(d, '0')} END`;
  const subDims = SUBSCRIPTION_LEVEL.map((dim) => DIM_COLUMN[dim]);
  const coded = ['market', 'segment', ...subDims];
  const source = (c: string) => (CUSTOMER_LEVEL.has(c as Dimension) ? `cust.${c}` : `g.${c}`);
  return [
    createAs(
      d,
      'g',
      `SELECT tenant, sub, ${subDims.join(', ')},
        ${orAgg(d, when(ok))} AS cm,
        ${orAgg(d, when(`${ok} AND NOT ${fullMatch(d, 'users', '0+')}`))} AS am,
        max(${latest}) AS lk,
        ${argMax(d, 'upper(market)', latest)} AS latest_market,
        ${argMax(d, 'segment', latest)} AS latest_segment,
        ${argMax(d, 'loc_name', latest)} AS latest_loc_name
      FROM ${SRC[d]} GROUP BY tenant, sub, ${subDims.join(', ')}${spillGroups(d)}`,
    ),
    createAs(
      d,
      'cust',
      `SELECT ${int(d, 'row_number() OVER (ORDER BY tenant)')} AS cid, tenant, market, segment FROM (
        SELECT tenant, ${argMax(d, 'latest_market', 'lk')} AS market, ${argMax(d, 'latest_segment', 'lk')} AS segment
        FROM g GROUP BY tenant) t`,
      'tenant',
    ),
    createAs(
      d,
      'dict',
      `SELECT v, ${int(d, 'row_number() OVER (ORDER BY v)')} AS code FROM (
        SELECT DISTINCT v FROM (
          SELECT market AS v FROM cust UNION ALL SELECT segment FROM cust
          ${subDims.map((c) => `UNION ALL SELECT ${c} FROM g`).join(' ')}
        ) u WHERE v <> '') t`,
      'v',
    ),
    // Codes through joins with the (small) dictionary; a missing member (empty text) is 0.
    createAs(
      d,
      'gc',
      `SELECT cust.cid AS cid, ${coded.map((c) => `${int(d, `coalesce(d_${c}.code, 0)`)} AS ${c}`).join(', ')},
        g.cm AS cm, g.am AS am
      FROM g JOIN cust ON cust.tenant = g.tenant
      ${coded.map((c) => `LEFT JOIN dict AS d_${c} ON d_${c}.v = ${source(c)}`).join('\n      ')}`,
    ),
    createAs(
      d,
      'prof',
      `SELECT cid, ${coded.join(', ')}, ${orAgg(d, 'cm')} AS c, ${orAgg(d, 'am')} AS a
        FROM gc WHERE cm <> 0 GROUP BY cid, ${coded.join(', ')}`,
      'cid',
    ),
    // The subscriptions figure counts what makes a customer count: a qualifying state.
    createAs(d, 'subs', `SELECT cid, ${coded.join(', ')}, cm AS s FROM gc WHERE cm <> 0`),
  ];
}

/** The unordered pairs of subscription-level dimensions, in `pre_pairs`' `d` numbering. */
export const PAIRS: readonly (readonly [Dimension, Dimension])[] = SUBSCRIPTION_LEVEL.flatMap((a, i) =>
  SUBSCRIPTION_LEVEL.slice(i + 1).map((b) => [a, b] as const),
);

/**
 * `pre_subs`: per subscription-level dimension `d` (0 = none, i + 1 = SUBSCRIPTION_LEVEL[i]),
 * member `k`, market, segment and month `m`: qualifying subscriptions `s`. One statement per `d`.
 * `pre` (customers `c`, active `a`, new `n`, `x` = customers of m gone in m + 1, per the same
 * keys) and `pre_pairs` (the same per pair `d` of {@link PAIRS} and members `k`, `k2` of both)
 * are built in memory from `prof` by pair-sums.ts: their 22 statements here took ≈ 23 s of a
 * 1M-customer load.
 */
export function preStatements(d: Dialect, base: number, dataSpan: number): string[] {
  // No data (no months) still needs typed columns: one month of nothing.
  const span = Math.max(dataSpan, 1);
  // Subscriptions per (d, member k, market, segment, month), numbered like `pre`: a
  // subscription has one member of each dimension, so members of one dimension add up.
  const subscriptions = (dim: Dimension | null, i: number) => {
    const k = dim ? DIM_COLUMN[dim] : '0';
    const count = `sum(n * ${bitAnd(d, shr(d, 'mask', 'j'), u64(d, '1'))})`;
    return `SELECT ${i} AS d, k, market, segment, ${int(d, `${base} + j`)} AS m, ${count} AS s
    FROM (SELECT ${int(d, k)} AS k, market, segment, s AS mask, count(*) AS n FROM subs${dim ? ` WHERE ${k} <> 0` : ''} GROUP BY k, market, segment, mask) t${times(d, span)}
    GROUP BY k, market, segment, m HAVING ${count} > 0`;
  };
  const all = (table: string, statements: string[]) =>
    statements.map((sql, i) => (i === 0 ? createAs(d, table, sql, '(d, m)') : `INSERT INTO ${table} ${sql}`));
  return all('pre_subs', [null, ...SUBSCRIPTION_LEVEL].map(subscriptions));
}

/** Members and their label sources: [dimension, key, label source (location name or SKU product)]. */
export function membersSql(d: Dialect): string {
  const distinct = (dim: Dimension, from: string, label = "''") =>
    `SELECT '${dim}' AS dim, ${DIM_COLUMN[dim]} AS k, ${label} AS label FROM ${from} WHERE ${DIM_COLUMN[dim]} <> '' GROUP BY ${DIM_COLUMN[dim]}`;
  return [
    distinct('market', 'cust'),
    distinct('segment', 'cust'),
    distinct('partnerLocation', 'g', argMax(d, 'latest_loc_name', 'lk')),
    ...(['salesChannel', 'pricingModel', 'attributionType', 'product'] as const).map((dim) => distinct(dim, 'g')),
    distinct('sku', 'g', argMax(d, 'product', 'lk')),
  ].join(' UNION ALL ');
}

export const DICT_SQL = 'SELECT v, code FROM dict';

/**
 * Rows `[by, of, member of by, min and max member of "of"]` for every ordered pair of
 * subscription-level dimensions, over the counted rows: where min = max for every member, `by`
 * determines `of` (a SKU its product), so a filter on `of` is a filter on members of `by`.
 */
export function dependenciesSql(): string {
  return SUBSCRIPTION_LEVEL.flatMap((by) =>
    SUBSCRIPTION_LEVEL.filter((of) => of !== by).map(
      (of) =>
        `SELECT '${by}' AS dby, '${of}' AS dof, ${DIM_COLUMN[by]} AS k, min(${DIM_COLUMN[of]}) AS lo, max(${DIM_COLUMN[of]}) AS hi FROM prof WHERE ${DIM_COLUMN[by]} <> 0 GROUP BY ${DIM_COLUMN[by]}`,
    ),
  ).join(' UNION ALL ');
}

// ---- queries ----

/** A query, with filters as member codes (an unknown member is code −1: matches nothing). */
export interface CodedQuery {
  /** Month indexes of the month before the range and of the range's last month. */
  lo: number;
  hi: number;
  filters: Partial<Record<Dimension, number[]>>;
}

/** Where the counts of one grouping come from (see {@link countsPlan}). */
export type CountsPlan =
  { table: 'pre'; d: number; preFilter?: Dimension } | { table: 'pre_pairs'; d: number; filter: Dimension } | { table: 'prof' };

/**
 * How to count `by` under `q`'s filters: from `pre` when no subscription-level filter is set,
 * or one is set to a single member (or to several while grouping by that very dimension), since
 * `pre` holds per member exactly what such a filter selects; from `pre_pairs` when one is set
 * to a single member while grouping by another; from `prof` otherwise.
 */
export function countsPlan(q: CodedQuery, by: Dimension | null): CountsPlan {
  const filtered = SUBSCRIPTION_LEVEL.filter((dim) => q.filters[dim]?.length);
  if (filtered.length === 0) {
    return { table: 'pre', d: by && !CUSTOMER_LEVEL.has(by) ? SUBSCRIPTION_LEVEL.indexOf(by) + 1 : 0 };
  }
  const [only] = filtered;
  if (filtered.length !== 1) return { table: 'prof' };
  const single = q.filters[only!]!.length === 1;
  if (by === only || ((by === null || CUSTOMER_LEVEL.has(by)) && single)) {
    return { table: 'pre', d: SUBSCRIPTION_LEVEL.indexOf(only!) + 1, preFilter: only };
  }
  if (single) return { table: 'pre_pairs', d: PAIRS.findIndex((pair) => pair.includes(only!) && pair.includes(by!)), filter: only! };
  return { table: 'prof' };
}

/** The raw-export filter: text members, quoted; market and segment through the customer. */
export interface ExportFilter {
  from: string;
  to: string;
  filters: Partial<Record<Dimension, string[]>>;
}

/** Identifying columns written as a keyed hash with `key` (64 hex digits). */
export type ExportIdSql = { hashed: ReadonlySet<keyof RawRow>; key: string };

/** Columns written as numbers (validated digits): no formula rule, they must stay numbers. */
const NUMBER_FIELDS: ReadonlySet<keyof RawRow> = new Set(['month', 'activeUsers']);

/**
 * CSV lines (CRLF-terminated, RFC 4180 quoting, csv.ts `exportCell` for text) of the rows (any
 * state) in the range matching the filters, in file order. `columns` are the src columns to
 * write, in order; those in `ids.hashed` become a keyed SHA-256, 16 hex digits (64 bits).
 */
export function exportSql(d: Dialect, q: ExportFilter, columns: readonly (keyof RawRow)[], ids: ExportIdSql): string {
  const field = (f: keyof RawRow) => {
    const column = SRC_COLUMN[f];
    const value =
      f === 'month'
        ? `substring(month, 1, 7)`
        : f === 'customerMarket'
          ? 'upper(market)'
          : f === 'activeUsers'
            ? `if(ltrim(users, '0') = '', '0', ltrim(users, '0'))`
            : ids.hashed.has(f)
              ? keyedHash(d, column, ids.key)
              : column;
    const quoted = (prefix: string) => `concat('"${prefix}', replace(${value}, '"', '""'), '"')`;
    const cell = `CASE WHEN ${searches(d, value, '[",\\r\\n]')} THEN ${quoted('')} ELSE ${value} END`;
    if (NUMBER_FIELDS.has(f)) return cell;
    return `CASE WHEN ${searches(d, value, `^${FORMULA_CLASS}`)} THEN ${quoted("''")} ELSE ${cell} END`;
  };
  const line =
    d === 'duckdb'
      ? `concat_ws(',', ${columns.map(field).join(', ')}) || chr(13) || chr(10)`
      : `concat(arrayStringConcat([${columns.map(field).join(', ')}], ','), '\\r\\n')`;
  const { where, semiJoin } = exportWhere(d, q);
  // A semi join may reorder rows: file order is restored by position then.
  return `SELECT ${line} AS line FROM ${SRC[d]} WHERE ${where}${semiJoin ? ` ORDER BY ${POSITION[d]}` : ''}`;
}

/** The number of rows the export of `q` holds, counted up to `limit` (cheap on a big export). */
export function exportCountSql(d: Dialect, q: ExportFilter, limit: number): string {
  return `SELECT count(*) FROM (SELECT 1 FROM ${SRC[d]} WHERE ${exportWhere(d, q).where} LIMIT ${Math.floor(limit)}) t`;
}

function exportWhere(d: Dialect, q: ExportFilter): { where: string; semiJoin: boolean } {
  const list = (values: string[]) => values.map((v) => sqlString(d, v)).join(', ');
  const conditions = [`substring(month, 1, 7) BETWEEN '${q.from}' AND '${q.to}'`];
  const customer: string[] = [];
  for (const dim of DIMENSIONS) {
    const values = q.filters[dim];
    if (!values) continue;
    if (CUSTOMER_LEVEL.has(dim)) customer.push(`${DIM_COLUMN[dim]} IN (${list(values)})`);
    else conditions.push(`${DIM_COLUMN[dim]} IN (${list(values)})`);
  }
  if (customer.length) conditions.push(`tenant IN (SELECT tenant FROM cust WHERE ${customer.join(' AND ')})`);
  return { where: conditions.join(' AND '), semiJoin: customer.length > 0 };
}

/** SHA-256 of `key` + value, its first 16 hex digits; an empty value stays empty. */
function keyedHash(d: Dialect, column: string, key: string): string {
  if (!/^[0-9a-f]{64}$/.test(key)) throw new RangeError('the id key must be 64 hex digits');
  const hash =
    d === 'duckdb'
      ? `substring(sha256(concat('${key}', ${column})), 1, 16)`
      : `lower(substring(hex(SHA256(concat('${key}', ${column}))), 1, 16))`;
  return `if(${column} = '', '', ${hash})`;
}
