/** Builds contract URLs. Deterministic: the same query always gives the same string, so the
 * client's cache and de-duplication can key on it. */
import { DIMENSIONS, type Dimension, type Filters, type ResourceName } from './contract.js';

/** Date-range presets of the dashboard, in months. */
export const RANGE_PRESETS = [3, 6, 12] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** What a widget asks: where, which months, which members. */
export interface InsightsQuery {
  /** Base URL of the data endpoint, e.g. `https://partner.example/insights` or `/api`. */
  endpoint: string;
  /** First month `YYYY-MM`; `from` or `to` wins over `last`. */
  from?: string;
  /** Last month `YYYY-MM`. */
  to?: string;
  /** The last N months with data, when `from`/`to` are not both given. */
  last?: number;
  filters: Filters;
}

/** Extra parameters of one resource, e.g. `{ by: 'market' }`. */
export interface ResourceParams {
  by?: Dimension;
}

/** Joins the endpoint and a resource path without doubling or losing a slash. */
function join(endpoint: string, path: string): string {
  return endpoint.replace(/\/+$/, '') + path;
}

/** The contract URL of `resource` for `query`, parameters in a fixed order. */
export function buildUrl(
  resource: { readonly name: ResourceName; readonly path: string },
  query: InsightsQuery,
  params: ResourceParams = {},
): string {
  const search = new URLSearchParams();
  if (params.by) search.append('by', params.by);
  if (resource.name !== 'dimensions') {
    // Sent as given, even malformed: the endpoint's 400 names the parameter, and the widget
    // shows that message.
    if (query.from) search.append('from', query.from);
    if (query.to) search.append('to', query.to);
    if (!query.from && !query.to && query.last !== undefined) {
      search.append('last', String(query.last));
    }
    for (const dimension of DIMENSIONS) {
      const members = [...new Set(query.filters[dimension] ?? [])].sort();
      for (const member of members) search.append(dimension, member);
    }
  }
  const qs = search.toString();
  return join(query.endpoint, resource.path) + (qs ? `?${qs}` : '');
}

/**
 * The inverse of {@link buildUrl} for batching: the endpoint a contract URL belongs to, and the
 * resource's path with its query relative to it (`/customers/monthly?last=12`). Undefined for a
 * URL that names none of the resource `paths` (an export, a URL of someone else's making).
 */
export function splitResourceUrl(url: string, paths: readonly string[]): { endpoint: string; part: string } | undefined {
  const queryAt = url.indexOf('?');
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  for (const resourcePath of paths) {
    if (path.endsWith(resourcePath)) {
      const endpoint = path.slice(0, path.length - resourcePath.length);
      return { endpoint, part: url.slice(endpoint.length) };
    }
  }
  return undefined;
}
