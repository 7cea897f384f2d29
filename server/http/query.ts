/**
 * Parses and normalizes a resource's query string (CONTRACT.md "Common query parameters").
 * Everything a client can get wrong throws {@link BadRequest} naming the parameter.
 */
import { DIMENSIONS, MAX_RANGE_MONTHS, MONTH_PATTERN, type Dimension, type Filters } from '../../src/data/contract.ts';
import type { ResolvedQuery } from '../engine/engine.ts';
import { MONTH_WINDOW, addMonths, inMonthWindow, monthIndex } from '../months.ts';
import { BadRequest } from './problem.ts';

/** Parameters a resource accepts beyond the common ones. */
export type Extra = 'by' | 'format';

/** A parsed request: the normalized query plus the resource's own parameters. */
export interface ParsedQuery {
  query: ResolvedQuery;
  by?: Dimension;
}

const COMMON = new Set<string>(['from', 'to', 'last', ...DIMENSIONS]);
const MARKET = /^[A-Z]{2}$/;
const MAX_VALUE_LENGTH = 200;

/**
 * Normalizes `params`. `lastMonth` is the last month with data (or the last complete month
 * when there is none): `to` defaults to it and `from` to `last` − 1 (default 11) months before.
 */
export function parseQuery(params: URLSearchParams, extras: readonly Extra[], lastMonth: string): ParsedQuery {
  for (const name of new Set(params.keys())) {
    if (!COMMON.has(name) && !extras.includes(name as Extra)) {
      throw new BadRequest(name, `Unknown parameter "${name}".`);
    }
  }
  const last = lastMonths(params);
  const to = month(params, 'to') ?? lastMonth;
  const from = month(params, 'from') ?? addMonths(to, -((last ?? 12) - 1));
  const span = monthIndex(to) - monthIndex(from) + 1;
  if (span < 1) throw new BadRequest('from', `from (${from}) is after to (${to}).`);
  if (span > MAX_RANGE_MONTHS) {
    throw new BadRequest('from', `The range spans ${span} months; at most ${MAX_RANGE_MONTHS} are allowed.`);
  }
  const parsed: ParsedQuery = { query: { from, to, filters: filters(params) } };
  if (extras.includes('by')) parsed.by = dimension(params);
  if (extras.includes('format')) {
    const format = single(params, 'format') ?? 'csv';
    if (format !== 'csv') throw new BadRequest('format', `Unknown format "${format}"; only "csv" is offered.`);
  }
  return parsed;
}

function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw new BadRequest(name, `"${name}" may be given once.`);
  return values[0];
}

/**
 * Contract refinement: `last=N` (1–24) asks for the last N months with data, so a widget with a
 * 3/6/12-month preset needs no prior request to learn where the data ends.
 */
function lastMonths(params: URLSearchParams): number | undefined {
  const value = single(params, 'last');
  if (value === undefined) return undefined;
  if (params.has('from') || params.has('to')) {
    throw new BadRequest('last', '"last" cannot be combined with "from" or "to".');
  }
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_RANGE_MONTHS) {
    throw new BadRequest('last', `last "${value}" is not a whole number of months from 1 to ${MAX_RANGE_MONTHS}.`);
  }
  return n;
}

function month(params: URLSearchParams, name: 'from' | 'to'): string | undefined {
  const value = single(params, name);
  if (value !== undefined && !MONTH_PATTERN.test(value)) {
    throw new BadRequest(name, `${name} "${value}" is not a calendar month: send YYYY-MM, e.g. ${name}=2025-06.`);
  }
  if (value !== undefined && !inMonthWindow(value)) {
    throw new BadRequest(
      name,
      `${name} "${value}" is outside the months this server answers: ` + `send a month from ${MONTH_WINDOW.first} to ${MONTH_WINDOW.last}.`,
    );
  }
  return value;
}

function dimension(params: URLSearchParams): Dimension {
  const by = single(params, 'by');
  if (by === undefined) throw new BadRequest('by', `"by" is required: one of ${DIMENSIONS.join(', ')}.`);
  if (!(DIMENSIONS as readonly string[]).includes(by)) {
    throw new BadRequest('by', `Unknown dimension "${by}"; expected one of ${DIMENSIONS.join(', ')}.`);
  }
  return by as Dimension;
}

/** Present filters only, each with its values deduplicated and sorted. */
function filters(params: URLSearchParams): Filters {
  const out: Filters = {};
  for (const dim of DIMENSIONS) {
    const values = params.getAll(dim);
    if (values.length === 0) continue;
    for (const value of values) {
      if (!value || value.length > MAX_VALUE_LENGTH || (dim === 'market' && !MARKET.test(value))) {
        const expected = dim === 'market' ? 'a two-letter upper-case country code' : 'a non-empty member key';
        throw new BadRequest(dim, `${dim} "${value}" is not ${expected}.`);
      }
    }
    out[dim] = [...new Set(values)].sort();
  }
  return out;
}
