/**
 * The OpenAPI 3.1 document of the contract, generated from the valibot schemas in
 * src/data/contract.ts (the single source of truth) so the two can never drift apart.
 * `server/openapi.json` is this document, committed; a test keeps it in sync.
 */
import { toJsonSchemaDefs } from '@valibot/to-json-schema';
import {
  BATCH_MAX_PARTS,
  BATCH_PATH,
  BatchPartSchema,
  BatchResponseSchema,
  BreakdownResponseSchema,
  DIMENSIONS,
  DataInfoSchema,
  DimensionsResponseSchema,
  EXPORT_PATH,
  MAX_RANGE_MONTHS,
  SCOPE_CLAIM,
  MonthlyResponseSchema,
  ProblemSchema,
  QueryEchoSchema,
  RESOURCES,
  TrendResponseSchema,
} from '../src/data/contract.ts';
import { MONTH_WINDOW } from './months.ts';

const SEMANTICS = `Per calendar month m, after filters: customers = customers with at least one
subscription whose state in m is Active or Renewed; active = those of them with ActiveUsers > 0
on such a subscription; new = customers in m not in m-1; churned = customers in m-1 not in m;
existing = customers in both; subscriptions = distinct subscriptions whose state in m is Active or
Renewed. market and segment filter customers (a customer's market and
segment are those of its latest row); the other filters select subscriptions: a customer counts
when any matching subscription qualifies. Values of one filter are OR-ed, filters are AND-ed.`.replace(/\s+/g, ' ');

const month = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string, description: string, schema: object, extra: object = {}) => ({
  name,
  in: 'query',
  description,
  schema,
  ...extra,
});

const COMMON_PARAMETERS = [
  param(
    'from',
    `First month of the range (inclusive; ${MONTH_WINDOW.first} to ${MONTH_WINDOW.last}). Default: \`last\` − 1 months before \`to\`.`,
    month,
  ),
  param(
    'to',
    `Last month of the range (inclusive; ${MONTH_WINDOW.first} to ${MONTH_WINDOW.last}). Default: the last month with data.`,
    month,
  ),
  param('last', 'The last N months with data (a 3/6/12-month preset without a prior request); not combinable with from/to. Default 12.', {
    type: 'integer',
    minimum: 1,
    maximum: MAX_RANGE_MONTHS,
  }),
  ...DIMENSIONS.map((d) =>
    param(
      d,
      `Filter on ${d}; repeat for several members (OR). Absent = all.`,
      { type: 'array', items: d === 'market' ? { type: 'string', pattern: '^[A-Z]{2}$' } : { type: 'string', minLength: 1 } },
      { style: 'form', explode: true },
    ),
  ),
];
const BY = param('by', 'The dimension to break down by.', { enum: [...DIMENSIONS] }, { required: true });

const BAD_PARAMETER =
  `Unknown parameter, unknown dimension, malformed value, a month outside ${MONTH_WINDOW.first}..${MONTH_WINDOW.last}, ` +
  `from after to, or a range of more than ${MAX_RANGE_MONTHS} months; \`parameter\` names the culprit.`;

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const CHALLENGE = {
  'WWW-Authenticate': {
    description:
      'RFC 6750: `Bearer realm="insights"`, with `error` and `error_description` (why, in words; never the token) when a token was sent.',
    schema: { type: 'string' },
  },
};
/** The answers of a signed-in server (`--auth jwt`) to a request it refuses. */
const AUTH_RESPONSES = {
  401: {
    ...problemResponse(
      'Only when the server requires sign-in: no bearer token, or one that is expired, not yet valid, from another issuer or audience, badly signed, malformed, or with an invalid `roles` or scope claim (`error="invalid_token"`).',
    ),
    headers: CHALLENGE,
  },
  403: {
    ...problemResponse(
      'Only when the server requires sign-in: a valid token whose roles may not read this (none of the seed\'s four roles; for the export, none of the export roles): `error="insufficient_scope"`.',
    ),
    headers: CHALLENGE,
  },
};

const SECURITY_SCHEME = {
  type: 'http',
  scheme: 'bearer',
  bearerFormat: 'JWT',
  description: `Only when the server is started with \`--auth jwt\` (otherwise the API is open). A JWT signed with the partner's secret (HS256/384/512) or keys (RS256, ES256, EdDSA; \`kid\` picks one), with \`exp\`, a \`roles\` list holding one of global-admin, admin-agent, report-viewer, executive-report-viewer, and optionally \`${SCOPE_CLAIM}\`: filter name → member keys the user is locked to (every answer is computed on the request's filters intersected with it; \`/dimensions\` tells the scope). Signed-in answers carry \`Cache-Control: private, no-cache\` (the export \`private, no-store\`) and \`Vary: Authorization\`; ETags differ between scopes.`,
};

/** A GET operation answering JSON of component `schema`. */
function jsonGet(summary: string, description: string, schema: string, parameters: object[]) {
  return {
    get: {
      summary,
      description,
      parameters,
      responses: {
        200: {
          description: 'OK. Carries a strong ETag and `Cache-Control: private, max-age=60`.',
          headers: { ETag: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: ref(schema) } },
        },
        304: { description: 'Not modified (If-None-Match matched the ETag).' },
        400: problemResponse(BAD_PARAMETER),
        ...AUTH_RESPONSES,
        503: STILL_LOADING,
      },
    },
  };
}

/** Every data resource while the server's first load runs (it listens before the data is in). */
const STILL_LOADING = {
  ...problemResponse('The server is loading its data (it answers as soon as the first load ends): try again after `Retry-After` seconds.'),
  headers: { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } } },
};

const PART_RESOURCES = Object.values(RESOURCES)
  .map((r) => `\`${r.path}\``)
  .join(', ');

/** `GET /batch`: several JSON resources in one request. */
const BATCH = {
  get: {
    summary: 'Several resources in one request',
    description: `Answers each \`r\` as that resource would answer alone, in order. A part names one of ${PART_RESOURCES} by its path and query, relative to the API (\`r=/customers/monthly?last=12&market=NL\`, URL-encoded as a query value). A part is \`{status: 200, etag, body}\` (\`etag\`: the resource's own ETag, identity encoding) or \`{status, body: Problem}\`: 400 for a bad parameter (the resource's own problem) or an \`r\` that is not a path of the API, 404 for any other path (the export and this document are requested alone), 500 for an engine failure, 503 with \`retryAfter\` (seconds) while the server loads its data. The batch itself is refused only as a whole: a malformed batch (400), the sign-in (401/403).`,
    parameters: [
      param(
        'r',
        `A resource's path and query; repeat for more (1 to ${BATCH_MAX_PARTS}).`,
        { type: 'array', items: { type: 'string', pattern: '^/' }, minItems: 1, maxItems: BATCH_MAX_PARTS },
        { style: 'form', explode: true, required: true },
      ),
    ],
    responses: {
      200: {
        description:
          "OK, whatever the parts' statuses. A strong ETag over the parts' statuses and ETags; `Cache-Control` as a resource's, but `no-store` when a part is not a 200.",
        headers: { ETag: { schema: { type: 'string' } } },
        content: { 'application/json': { schema: ref('BatchResponse') } },
      },
      304: { description: 'Not modified (If-None-Match matched the ETag).' },
      400: problemResponse(
        `No \`r\`, more than ${BATCH_MAX_PARTS}, or a parameter other than \`r\`; \`parameter\` names it. A part's own mistakes are its problem part.`,
      ),
      ...AUTH_RESPONSES,
    },
  },
};

/** Builds the OpenAPI 3.1 document. */
export function buildOpenApi(): Record<string, unknown> {
  const defs = toJsonSchemaDefs(
    {
      QueryEcho: QueryEchoSchema,
      MonthlyResponse: MonthlyResponseSchema,
      BreakdownResponse: BreakdownResponseSchema,
      TrendResponse: TrendResponseSchema,
      DimensionsResponse: DimensionsResponseSchema,
      DataInfo: DataInfoSchema,
      Problem: ProblemSchema,
      BatchPart: BatchPartSchema,
      BatchResponse: BatchResponseSchema,
    },
    // `errorMode: 'ignore'` skips the trend's cross-field check (one value per month), which
    // JSON Schema cannot express; the valibot schema still enforces it.
    { target: 'draft-2020-12', errorMode: 'ignore' },
  );
  const schemas = JSON.parse(JSON.stringify(defs).replaceAll('#/$defs/', '#/components/schemas/'));
  // The contract leaves a part's body `unknown` (each resource's reader validates it); named here.
  schemas.BatchPart.properties.body = {
    description: "The resource's answer (status 200) or its problem document.",
    anyOf: ['MonthlyResponse', 'BreakdownResponse', 'TrendResponse', 'DimensionsResponse', 'Problem'].map(ref),
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Insights widgets data contract',
      version: '1.0.0',
      description: `The endpoint the insights widgets read. ${SEMANTICS}`,
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: {
      [RESOURCES.monthly.path]: jsonGet(
        'Monthly customers',
        `One row per month of the range, \`before\` (the month before the range) and \`products\` (customers per product in the last month, sorted by customers desc then key). ${SEMANTICS}`,
        'MonthlyResponse',
        COMMON_PARAMETERS,
      ),
      [RESOURCES.breakdown.path]: jsonGet(
        'Current figures per member',
        'For each member v of `by`: the figures with filter by=v added. customers/active: last month of the range; added = sum of new, churned = sum of churned over the range (the first month compares with the month before the range). `total` is the same without the by filter; rows may sum to more than the total (a customer with several products counts under each). Rows are the members with a non-zero figure, sorted by customers desc then key; with by=sku each row has `product`.',
        'BreakdownResponse',
        [...COMMON_PARAMETERS, BY],
      ),
      [RESOURCES.trend.path]: jsonGet(
        'Monthly customers per member',
        'One series per member of `by` with customers in the range: monthly customers with filter by=v, one value per month; sorted by the last month desc then key.',
        'TrendResponse',
        [...COMMON_PARAMETERS, BY],
      ),
      [RESOURCES.dimensions.path]: jsonGet(
        'Members and months with data',
        "Every member per dimension (sorted by label then key; sku members carry `product`) and the first and last month with data (null without data). Takes no parameters. For a signed-in user locked to part of the data, `scope` gives the filters every answer is held to, and a scoped dimension lists only its scoped members. `data` (optional): the load behind every answer (`version` changes with each load, as do the ETags), when it finished, the file's modification time, rows and customers, and the last refused load since.",
        'DimensionsResponse',
        [],
      ),
      [EXPORT_PATH]: {
        get: {
          summary: 'Raw rows behind the query, as CSV (streamed)',
          description:
            "The loaded rows (any subscription state) in the range that match the filters, in file order. CustomerName is left out unless the server is configured to include it; CustomerTenantId, SubscriptionId (and CustomerName) are keyed-hash tokens by default, or left out, or as loaded (the server's `--export-ids`). Text cells that start with =, +, -, @, tab or carriage return get a leading ' and are quoted (OWASP CSV injection); numbers are written as numbers. A client that stops reading is disconnected after an idle timeout.",
          parameters: [...COMMON_PARAMETERS, param('format', 'Export format.', { enum: ['csv'], default: 'csv' })],
          responses: {
            200: { description: 'CSV with a header line.', content: { 'text/csv': { schema: { type: 'string' } } } },
            400: problemResponse(BAD_PARAMETER),
            ...AUTH_RESPONSES,
            413: problemResponse(
              'The export would hold more rows than the server sends at once (a configured cap, 1,000,000 by default): narrow the range or add filters. Refused before any CSV is sent.',
            ),
            429: {
              ...problemResponse(
                'The server is streaming as many exports as it allows at once (4 by default): try again after `Retry-After` seconds.',
              ),
              headers: { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } } },
            },
            503: STILL_LOADING,
          },
        },
      },
      [BATCH_PATH]: BATCH,
    },
    // Open by default, signed in with `--auth jwt`: either is a valid way to call it.
    security: [{}, { bearer: [] }],
    components: { schemas, securitySchemes: { bearer: SECURITY_SCHEME } },
  };
}
