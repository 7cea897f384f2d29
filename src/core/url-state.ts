/**
 * A dashboard's range and filters in a page's query string, under prefixed keys that never touch
 * the host's own parameters: `?insights.range=6&insights.market=NL,DE`. Pure and DOM-free:
 * `filter-context` reads `location.search` and pushes history entries with what these return.
 */
import { DIMENSIONS, MAX_RANGE_MONTHS, MONTH_PATTERN, type Filters } from '../data/contract.js';

/** The part of a dashboard's state the URL holds. */
export interface UrlState {
  range?: number;
  from?: string;
  to?: string;
  filters: Filters;
}

/** What was in the URL but could not be used, for one console warning each. */
export interface UrlStateRead {
  state: UrlState;
  rejected: string[];
}

const key = (prefix: string, name: string) => `${prefix}.${name}`;

/** Reads the state under `prefix` from a query string; malformed values are rejected, not used. */
export function readUrlState(search: string, prefix: string): UrlStateRead {
  const params = new URLSearchParams(search);
  const state: UrlState = { filters: {} };
  const rejected: string[] = [];
  const range = params.get(key(prefix, 'range'));
  if (range !== null) {
    const n = Number(range);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_RANGE_MONTHS) state.range = n;
    else rejected.push(`${key(prefix, 'range')}=${range}`);
  }
  for (const bound of ['from', 'to'] as const) {
    const month = params.get(key(prefix, bound));
    if (month === null) continue;
    if (MONTH_PATTERN.test(month)) state[bound] = month;
    else rejected.push(`${key(prefix, bound)}=${month}`);
  }
  for (const dimension of DIMENSIONS) {
    const members = params.get(key(prefix, dimension));
    if (members === null) continue;
    const list = members
      .split(',')
      .map((m) => m.trim())
      .filter(Boolean);
    if (list.length) state.filters[dimension] = list;
  }
  return { state, rejected };
}

/**
 * The query string with `state` under `prefix`: the host's other parameters kept in place, this
 * prefix's keys rewritten (left out when at their default: no range 12, no empty filter).
 */
export function writeUrlState(search: string, prefix: string, state: UrlState, defaultRange = 12): string {
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) if (name.startsWith(`${prefix}.`)) params.delete(name);
  if (state.from || state.to) {
    if (state.from) params.set(key(prefix, 'from'), state.from);
    if (state.to) params.set(key(prefix, 'to'), state.to);
  } else if (state.range !== undefined && state.range !== defaultRange) {
    params.set(key(prefix, 'range'), String(state.range));
  }
  for (const dimension of DIMENSIONS) {
    const members = state.filters[dimension];
    if (members?.length) params.set(key(prefix, dimension), [...members].sort().join(','));
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}
