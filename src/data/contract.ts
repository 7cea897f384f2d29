/**
 * The data contract (v1), written once: the valibot schemas below are the source of truth for
 * the client's validation, the TypeScript types of both client and server, and the OpenAPI 3.1
 * document the server serves at `/openapi.json` (generated from these schemas).
 * What each figure means is in the schemas' descriptions below (the OpenAPI document's too).
 */
import * as v from 'valibot';

/** The dimensions a query can filter on or break down by. */
export const DIMENSIONS = [
  'market',
  'segment',
  'partnerLocation',
  'salesChannel',
  'pricingModel',
  'attributionType',
  'product',
  'sku',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Longest range a query may span, in months. */
export const MAX_RANGE_MONTHS = 24;

/** A calendar month as `YYYY-MM`. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Month = v.pipe(v.string(), v.regex(MONTH_PATTERN));
const DimensionName = v.picklist(DIMENSIONS);

/** Filters: dimension → selected member keys (sorted). Absent dimension = all. */
export const FiltersSchema = v.record(DimensionName, v.array(v.string()));
export type Filters = Partial<Record<Dimension, string[]>>;

/** The normalized query echoed by every resource: resolved range and sorted filters. */
export const QueryEchoSchema = v.object({
  from: Month,
  to: Month,
  filters: FiltersSchema,
});
export type QueryEcho = v.InferOutput<typeof QueryEchoSchema>;

export const MonthRowSchema = v.object({
  month: Month,
  customers: Count,
  active: Count,
  new: Count,
  existing: Count,
  churned: Count,
  /**
   * Distinct subscriptions in state Active or Renewed this month (the states that make their
   * customer count) that match the filters. Optional: an
   * endpoint written before this field existed stays valid.
   */
  subscriptions: v.optional(Count),
});
export type MonthRow = v.InferOutput<typeof MonthRowSchema>;

/** Customers of one product in the last month of the range. */
export const ProductCountSchema = v.object({ key: v.string(), label: v.string(), customers: Count });
export type ProductCount = v.InferOutput<typeof ProductCountSchema>;

/**
 * `GET /customers/monthly`. Contract refinement: `products` (customers per product in the last
 * month, after filters, sorted by customers desc then key) lives here too, so that all five KPI
 * tiles, the products tile included, read this one resource with one request. Optional when
 * read (lenient reader: an endpoint built to the first contract has no `products`, and only the
 * products tile needs it); the reference endpoint always sends it.
 */
export const MonthlyResponseSchema = v.object({
  query: QueryEchoSchema,
  before: v.object({ month: Month, customers: Count }),
  months: v.array(MonthRowSchema),
  products: v.optional(v.array(ProductCountSchema)),
});
export type MonthlyResponse = v.InferOutput<typeof MonthlyResponseSchema>;

const Figures = {
  customers: Count,
  active: Count,
  added: Count,
  churned: Count,
};
export const BreakdownRowSchema = v.object({
  key: v.string(),
  label: v.string(),
  ...Figures,
  /** Only with `by=sku`: the product the SKU belongs to. */
  product: v.optional(v.string()),
});
export type BreakdownRow = v.InferOutput<typeof BreakdownRowSchema>;

/** `GET /customers/breakdown?by=…` */
export const BreakdownResponseSchema = v.object({
  query: QueryEchoSchema,
  by: DimensionName,
  total: v.object(Figures),
  rows: v.array(BreakdownRowSchema),
});
export type BreakdownResponse = v.InferOutput<typeof BreakdownResponseSchema>;

export const TrendSeriesSchema = v.object({
  key: v.string(),
  label: v.string(),
  values: v.array(Count),
});
export type TrendSeries = v.InferOutput<typeof TrendSeriesSchema>;

/** `GET /customers/trend?by=…`; every series has one value per month. */
export const TrendResponseSchema = v.pipe(
  v.object({
    query: QueryEchoSchema,
    by: DimensionName,
    months: v.array(Month),
    series: v.array(TrendSeriesSchema),
  }),
  v.check((t) => t.series.every((s) => s.values.length === t.months.length), 'every series must have one value per month'),
);
export type TrendResponse = v.InferOutput<typeof TrendResponseSchema>;

export const MemberSchema = v.object({
  key: v.string(),
  label: v.string(),
  /** Only for `sku` members: the product the SKU belongs to. */
  product: v.optional(v.string()),
});
export type Member = v.InferOutput<typeof MemberSchema>;

/**
 * The claim of a signed-in user's token that locks them to part of the data: filter name →
 * member keys, e.g. `{"partnerLocation": ["LOC-7"], "market": ["NL", "BE"]}`. Every answer is
 * computed on the request's filters intersected with it.
 */
export const SCOPE_CLAIM = 'insights_scope';

const Timestamp = v.pipe(v.string(), v.isoTimestamp());

/**
 * How fresh the figures are: the load behind every answer (`version` changes with each load),
 * when it finished, the file's own time, its size, and the last load that was refused since.
 */
export const DataInfoSchema = v.object({
  version: v.pipe(v.string(), v.minLength(1)),
  /** When the data now answering finished loading (ISO 8601, UTC). */
  loadedAt: Timestamp,
  /** The export file's modification time, when the data came from a file. */
  modifiedAt: v.optional(Timestamp),
  /** Rows and customers of the whole file; absent for a user locked to a scope (they are outside it). */
  rows: v.optional(Count),
  customers: v.optional(Count),
  /**
   * The last load refused after this data was loaded (the old data kept answering). Its
   * `message` names the line and the cause; for a user locked to a scope it says only that the
   * operator's log does (the line may quote rows outside the scope).
   */
  lastFailedLoad: v.optional(v.object({ at: Timestamp, message: v.string() })),
});
export type DataInfo = v.InferOutput<typeof DataInfoSchema>;

/**
 * `GET /dimensions`; `range` is null when the endpoint holds no data. `scope` (only for a
 * signed-in user locked to part of the data, see {@link SCOPE_CLAIM}): the filters every answer
 * is held to; a scoped dimension lists only its scoped members, and the filter bar shows them
 * as locked. `data` (optional) says which load answers and how fresh it is.
 */
export const DimensionsResponseSchema = v.object({
  range: v.nullable(v.object({ min: Month, max: Month })),
  dimensions: v.record(DimensionName, v.array(MemberSchema)),
  scope: v.optional(FiltersSchema),
  data: v.optional(DataInfoSchema),
});
export type DimensionsResponse = v.InferOutput<typeof DimensionsResponseSchema>;

/** RFC 9457 problem document; `parameter` names the offending query parameter. */
export const ProblemSchema = v.object({
  type: v.string(),
  title: v.string(),
  status: v.pipe(v.number(), v.integer()),
  detail: v.string(),
  parameter: v.optional(v.string()),
});
export type Problem = v.InferOutput<typeof ProblemSchema>;

/*
 * The resources a widget reads, each with the schema of its response. One constant each, so
 * that a widget bundles the schemas of the resources it reads and no others.
 */
/** The JSON resources' paths, without their schemas (what a batch may carry). */
export const RESOURCE_PATHS = {
  monthly: '/customers/monthly',
  breakdown: '/customers/breakdown',
  trend: '/customers/trend',
  dimensions: '/dimensions',
} as const;

export const MONTHLY = { name: 'monthly', path: RESOURCE_PATHS.monthly, schema: MonthlyResponseSchema } as const;
export const BREAKDOWN = { name: 'breakdown', path: RESOURCE_PATHS.breakdown, schema: BreakdownResponseSchema } as const;
export const TREND = { name: 'trend', path: RESOURCE_PATHS.trend, schema: TrendResponseSchema } as const;
export const DIMENSIONS_RESOURCE = { name: 'dimensions', path: RESOURCE_PATHS.dimensions, schema: DimensionsResponseSchema } as const;

/** Every resource by name (the server routes on it). */
export const RESOURCES = {
  monthly: MONTHLY,
  breakdown: BREAKDOWN,
  trend: TREND,
  dimensions: DIMENSIONS_RESOURCE,
} as const;
export type ResourceName = keyof typeof RESOURCES;
export type Resource<R extends ResourceName = ResourceName> = (typeof RESOURCES)[R];
export type ResourceResponse<R extends ResourceName> = v.InferOutput<Resource<R>['schema']>;

/** The export resource is CSV, streamed; not validated as JSON. */
export const EXPORT_PATH = '/customers/export';

/**
 * `GET {endpoint}/batch?r=…&r=…`: several resources in one request, for an endpoint that offers
 * it (the reference server does; a widget page turns it on with `filter-context`'s `batch`).
 * Each `r` is a resource's path with its query, relative to the endpoint, exactly as it would be
 * requested alone (`/customers/monthly?last=12&market=NL`); one of the four JSON resources
 * ({@link RESOURCES}), 1 to {@link BATCH_MAX_PARTS} of them. The answer lists one part per `r`,
 * in order: the status and body each would have had alone (a problem document for a refused
 * one), the ETag of a 200, the `Retry-After` seconds of a 503. The batch itself is refused as a
 * whole only for what concerns all parts: the sign-in (401/403), a malformed batch (400).
 */
export const BATCH_PATH = '/batch';
/** The most resources one batch may carry. */
export const BATCH_MAX_PARTS = 16;

/** One resource's answer within a batch. */
export const BatchPartSchema = v.object({
  status: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599)),
  /** The resource's answer (status 200) or its problem document; validated by the resource's schema. */
  body: v.unknown(),
  etag: v.optional(v.string()),
  retryAfter: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export const BatchResponseSchema = v.object({ answers: v.array(BatchPartSchema) });
export type BatchResponse = v.InferOutput<typeof BatchResponseSchema>;
