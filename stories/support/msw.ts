/**
 * MSW handler factories: the endpoint is mocked at the network level (a service worker), so
 * the widgets run their real client, cache, validation and error paths.
 *
 * Every scenario lives under its own base path, `/mock/<scenario>`, so a story only picks an
 * `endpoint`; different scenarios never share a URL, hence never a cached answer.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import { DIMENSIONS, type Dimension, type ResourceName } from '../../src/data/contract.js';
import { DATASETS, PROBLEMS, type Dataset, type DatasetName } from './fixtures.js';
import { addMonths, monthIndex, monthsBetween } from '../../src/core/month-range.js';

export type Scenario =
  | DatasetName
  | 'loading'
  | 'slow'
  | 'server-error'
  | 'bad-request'
  | 'network-error'
  | 'malformed'
  | 'not-json'
  | 'compare'
  | 'compare-edge';

export const SCENARIOS: readonly Scenario[] = [
  'default',
  'empty',
  'hostile',
  'many',
  'loading',
  'slow',
  'server-error',
  'bad-request',
  'network-error',
  'malformed',
  'not-json',
  'compare',
  'compare-edge',
];

/** The endpoint (base URL) a widget uses for `scenario`. */
export const endpointFor = (scenario: Scenario): string => `/mock/${scenario}`;

const PATHS: Record<ResourceName, string> = {
  monthly: '/customers/monthly',
  breakdown: '/customers/breakdown',
  trend: '/customers/trend',
  dimensions: '/dimensions',
};

function byParam(request: Request): Dimension {
  const by = new URL(request.url).searchParams.get('by');
  return (DIMENSIONS as readonly string[]).includes(by ?? '') ? (by as Dimension) : 'market';
}

/** The answer of `dataset` for `resource` (breakdown and trend by the request's `by`). */
export function answer(dataset: Dataset, resource: ResourceName, request: Request): unknown {
  switch (resource) {
    case 'monthly':
      return dataset.monthly;
    case 'breakdown':
      return dataset.breakdown[byParam(request)];
    case 'trend':
      return dataset.trend[byParam(request)];
    case 'dimensions':
      return dataset.dimensions;
  }
}

/** One handler per resource under `base`, each computing its response with `respond`. */
export function resourceHandlers(
  base: string,
  respond: (resource: ResourceName, request: Request) => Response | Promise<Response>,
): HttpHandler[] {
  return (Object.keys(PATHS) as ResourceName[]).map((resource) =>
    http.get(`${base}${PATHS[resource]}`, ({ request }) => respond(resource, request)),
  );
}

/** The URLs of the batch requests the mocks answered (a story checks its widgets sent one). */
export const batchRequests: string[] = [];

/**
 * `GET {base}/batch?r=…` (the contract's `BATCH_PATH`), as the reference server answers it: each
 * part by `respond` as if asked alone, a part naming no resource a 404 problem part.
 */
function batchHandler(base: string, respond: (resource: ResourceName, request: Request) => Response | Promise<Response>): HttpHandler {
  return http.get(`${base}/batch`, async ({ request }) => {
    batchRequests.push(request.url);
    const parts = new URL(request.url).searchParams.getAll('r').map(async (part) => {
      const url = new URL(`${base}${part}`, request.url);
      const resource = (Object.keys(PATHS) as ResourceName[]).find((name) => url.pathname === `${base}${PATHS[name]}`);
      if (!resource)
        return { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404, detail: `No resource at ${url.pathname}.` } };
      const response = await respond(resource, new Request(url));
      return { status: response.status, body: (await response.json()) as unknown };
    });
    return HttpResponse.json({ answers: await Promise.all(parts) });
  });
}

/** Serves a dataset (default, empty, hostile, many), optionally after `delayMs`; batches too. */
export function datasetHandlers(base: string, dataset: Dataset, delayMs = 0): HttpHandler[] {
  const respond = async (resource: ResourceName, request: Request) => {
    if (delayMs) await delay(delayMs);
    return HttpResponse.json(answer(dataset, resource, request) as Record<string, unknown>);
  };
  return [...resourceHandlers(base, respond), batchHandler(base, respond)];
}

/** Never answers: the widget stays in its loading state. */
export function loadingHandlers(base: string): HttpHandler[] {
  return resourceHandlers(base, async () => {
    await delay('infinite');
    return HttpResponse.json({});
  });
}

/** Answers with a real problem document of the reference server (500, or 400 naming `from`). */
export function problemHandlers(base: string, kind: 'serverError' | 'badRequest'): HttpHandler[] {
  const problem = PROBLEMS[kind];
  return resourceHandlers(base, () =>
    HttpResponse.json(problem, { status: problem.status, headers: { 'Content-Type': 'application/problem+json' } }),
  );
}

/** The request fails at the network level (offline, CORS, DNS). */
export function networkErrorHandlers(base: string): HttpHandler[] {
  return resourceHandlers(base, () => HttpResponse.error());
}

/** Breaks one field of a valid answer so that it no longer matches the contract. */
export function malform(resource: ResourceName, body: unknown): unknown {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- breaks any field of any answer's shape
  const copy = structuredClone(body) as Record<string, any>;
  switch (resource) {
    case 'monthly':
      copy.months[0].customers = 'eight hundred';
      break;
    case 'breakdown':
      copy.rows[0].customers = -1;
      break;
    case 'trend':
      copy.series[0]?.values.pop();
      break;
    case 'dimensions':
      copy.range = { min: '2026-13', max: 'soon' };
      break;
  }
  return copy;
}

/** 200 with JSON that breaks the contract, per resource. */
export function malformedHandlers(base: string, dataset: Dataset = DATASETS.default): HttpHandler[] {
  return resourceHandlers(base, (resource, request) =>
    HttpResponse.json(malform(resource, answer(dataset, resource, request)) as Record<string, unknown>),
  );
}

/** 200 with an HTML page instead of JSON (a proxy's login page, a misconfigured path). */
export function notJsonHandlers(base: string): HttpHandler[] {
  return resourceHandlers(base, () => HttpResponse.html('<!doctype html><title>Sign in</title><h1>Sign in</h1>'));
}

/**
 * Fails (500 problem document) until `heal()` is called, then serves the default dataset:
 * for stories that press Retry. `reset()` makes it fail again (call it in `beforeEach`).
 */
export function flakyHandlers(base: string) {
  let healed = false;
  const problem = PROBLEMS.serverError;
  return {
    handlers: resourceHandlers(base, (resource, request) =>
      healed
        ? HttpResponse.json(answer(DATASETS.default, resource, request) as Record<string, unknown>)
        : HttpResponse.json(problem, { status: problem.status, headers: { 'Content-Type': 'application/problem+json' } }),
    ),
    heal: () => void (healed = true),
    reset: () => void (healed = false),
  };
}

/**
 * An endpoint whose data changes when `publish()` is called (a new export loaded by the server):
 * `/dimensions` names the version in its data block; before, the default dataset, after, the
 * `many` one. `reset()` goes back to the first version (call it in `beforeEach`).
 */
export function liveHandlers(base: string) {
  let published = false;
  const info = () =>
    published
      ? { version: 'v2', loadedAt: new Date().toISOString(), modifiedAt: '2026-12-05T06:12:00.000Z', rows: 61_200, customers: 2_400 }
      : { version: 'v1', loadedAt: '2026-12-04T06:20:31.000Z', modifiedAt: '2026-12-04T06:12:00.000Z', rows: 48_000, customers: 2_000 };
  return {
    handlers: resourceHandlers(base, (resource, request) => {
      const body = answer(published ? DATASETS.many : DATASETS.default, resource, request) as Record<string, unknown>;
      return HttpResponse.json(resource === 'dimensions' ? { ...body, data: info() } : body);
    }),
    publish: () => void (published = true),
    reset: () => void (published = false),
  };
}

/** A figure of a range before the dataset's: 10 % fewer (a believable comparison), 0 before `firstMonth`. */
const earlier = (n: number) => Math.round(n * 0.9);

/**
 * The default dataset for any range (`compare`): its own range as it is; another range (a
 * comparison's) with the dataset's figures month by month, 10 % lower, and the query echoed;
 * months before `firstMonth` (the data's first, `/dimensions` says so) hold nothing.
 */
export function comparisonHandlers(base: string, firstMonth?: string): HttpHandler[] {
  const dataset = DATASETS.default;
  return resourceHandlers(base, (resource, request) => {
    const params = new URL(request.url).searchParams;
    const from = params.get('from');
    const to = params.get('to');
    const own = dataset.monthly.query;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mock rewrites answers of several shapes
    const body = structuredClone(answer(dataset, resource, request)) as Record<string, any>;
    if (resource === 'dimensions' && firstMonth) body.range.min = firstMonth;
    if (resource === 'dimensions' || !from || !to || (from === own.from && to === own.to)) return HttpResponse.json(body);
    body.query = { ...body.query, from, to };
    const known = (month: string) => !firstMonth || monthIndex(month) >= monthIndex(firstMonth);
    if (resource === 'monthly') {
      body.months = monthsBetween(from, to).map((month, i) => {
        const row = dataset.monthly.months[i] ?? dataset.monthly.months.at(-1)!;
        const figures = Object.fromEntries(
          Object.entries(row)
            .filter(([k]) => k !== 'month')
            .map(([k, v]) => [k, known(month) ? earlier(v as number) : 0]),
        );
        return { ...figures, month };
      });
      body.before = { month: addMonths(from, -1), customers: known(addMonths(from, -1)) ? earlier(dataset.monthly.before.customers) : 0 };
      body.products = body.products?.map((p: { customers: number }) => ({ ...p, customers: earlier(p.customers) }));
    } else if (resource === 'breakdown') {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mock rewrites answers of several shapes
      const scale = (f: Record<string, any>) => ({
        ...f,
        customers: earlier(f.customers),
        active: earlier(f.active),
        added: earlier(f.added),
        churned: earlier(f.churned),
      });
      body.total = scale(body.total);
      body.rows = body.rows.map(scale);
    }
    return HttpResponse.json(body);
  });
}

/** The handlers of one scenario under its own base path. */
export function scenarioHandlers(scenario: Scenario, base = endpointFor(scenario)): HttpHandler[] {
  switch (scenario) {
    case 'loading':
      return loadingHandlers(base);
    case 'slow':
      return datasetHandlers(base, DATASETS.default, 1500);
    case 'server-error':
      return problemHandlers(base, 'serverError');
    case 'bad-request':
      return problemHandlers(base, 'badRequest');
    case 'network-error':
      return networkErrorHandlers(base);
    case 'malformed':
      return malformedHandlers(base);
    case 'not-json':
      return notJsonHandlers(base);
    case 'compare':
      // Data from 2023: every comparison range of the stories is whole.
      return comparisonHandlers(base, '2023-01');
    case 'compare-edge':
      // The data starts in June 2025: a 12-month comparison range is partly before it.
      return comparisonHandlers(base, '2025-06');
    default:
      return datasetHandlers(base, DATASETS[scenario]);
  }
}

/** Every scenario at once, each under `/mock/<scenario>`: registered globally in preview.ts. */
export function allScenarioHandlers(): HttpHandler[] {
  return SCENARIOS.flatMap((scenario) => scenarioHandlers(scenario));
}
