/**
 * One row of the partner portal's monthly export: one subscription of one customer in one
 * calendar month. This is the grain the reference server loads (CONTRACT.md, "Raw data").
 */
export interface RawRow {
  /** Calendar month `YYYY-MM` (a `YYYY-MM-DD` input is truncated to its month on load). */
  month: string;
  customerTenantId: string;
  /** Personal data: never leaves the server unless the export is configured to include it. */
  customerName: string;
  /** ISO 3166-1 alpha-2, upper case. */
  customerMarket: string;
  customerSegment: string;
  /** MPN id of the partner location. */
  partnerLocation: string;
  partnerLocationName: string;
  partnerAttributionType: string;
  salesChannel: string;
  /** Empty unless the product is Azure. */
  azurePricingModel: string;
  product: string;
  sku: string;
  subscriptionId: string;
  /** Active, Renewed, Suspended, Deprovisioned, ... */
  subscriptionState: string;
  /** Users with activity this month; > 0 means active usage. */
  activeUsers: number;
}

/** The file columns, in export order, with the RawRow field each one fills. */
export const RAW_COLUMNS = [
  ['Month', 'month'],
  ['CustomerTenantId', 'customerTenantId'],
  ['CustomerName', 'customerName'],
  ['CustomerMarket', 'customerMarket'],
  ['CustomerSegment', 'customerSegment'],
  ['PartnerLocation', 'partnerLocation'],
  ['PartnerLocationName', 'partnerLocationName'],
  ['PartnerAttributionType', 'partnerAttributionType'],
  ['SalesChannel', 'salesChannel'],
  ['AzurePricingModel', 'azurePricingModel'],
  ['Product', 'product'],
  ['SKU', 'sku'],
  ['SubscriptionId', 'subscriptionId'],
  ['SubscriptionState', 'subscriptionState'],
  ['ActiveUsers', 'activeUsers'],
] as const satisfies readonly (readonly [string, keyof RawRow])[];

/**
 * Columns that identify a customer or its contracts, hashed or left out of exports by
 * `--export-ids`: the tenant id is the customer's Microsoft Entra tenant (it names the
 * organisation and opens lookups across Microsoft's services), a subscription id names one of
 * its contracts, the name is the customer itself. PartnerLocation (the MPN id) stays: it is
 * the partner's own location, a dashboard dimension the export's filters use, public in the
 * partner directory. The data holds no Tpid column.
 */
export const IDENTIFYING: ReadonlySet<keyof RawRow> = new Set(['customerTenantId', 'customerName', 'subscriptionId']);

/**
 * States in which a subscription makes its customer count (DOMAIN.md `customer(c, m)`), and in
 * which it counts in the monthly `subscriptions` figure.
 */
export const QUALIFYING_STATES: ReadonlySet<string> = new Set(['active', 'renewed']);

/** Whether a row's subscription state counts its customer (case-insensitive). */
export function qualifies(row: RawRow): boolean {
  return QUALIFYING_STATES.has(row.subscriptionState.toLowerCase());
}

/** Rows as columns, one array per field (all the same length): how rows travel in bulk. */
export type RawColumns = { [F in keyof RawRow]: RawRow[F][] };

/** Columns with no rows yet. */
export function emptyColumns(): RawColumns {
  return Object.fromEntries(RAW_COLUMNS.map(([, field]) => [field, []])) as unknown as RawColumns;
}

/** Row objects → columns (for small, hand-made data sets such as the tests'). */
export function columnsOf(rows: readonly RawRow[]): RawColumns {
  const out = emptyColumns();
  for (const row of rows) for (const [, field] of RAW_COLUMNS) (out[field] as unknown[]).push(row[field]);
  return out;
}

/** Columns → row objects. */
export function rowsOf(columns: RawColumns): RawRow[] {
  return columns.month.map((_, i) => Object.fromEntries(RAW_COLUMNS.map(([, field]) => [field, columns[field][i]])) as unknown as RawRow);
}
