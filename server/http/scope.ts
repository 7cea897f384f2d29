/**
 * Row-level scope: the filters a signed-in user is locked to (the token's `insights_scope`).
 * Every answer is computed on the request's filters intersected with it, so a user sees the
 * figures as if only the rows inside the scope existed.
 */
import { createHash } from 'node:crypto';
import { DIMENSIONS, type DataInfo, type Dimension, type DimensionsResponse, type Filters } from '../../src/data/contract.ts';

/** Contract filter name → the member keys the user may see (sorted, deduplicated, never empty). */
export type Scope = Filters;

const MARKET = /^[A-Z]{2}$/;
const MAX_MEMBERS = 1000;
const MAX_KEY_LENGTH = 200;

/**
 * The scope of a claim value (absent or null: no scope). Throws an Error whose message
 * completes "the token's insights_scope claim …".
 */
export function parseScope(claim: unknown): Scope | null {
  if (claim === undefined || claim === null) return null;
  if (typeof claim !== 'object' || Array.isArray(claim)) throw new Error('is not an object of filter names to member lists');
  const scope: Scope = {};
  for (const [name, members] of Object.entries(claim)) {
    if (!(DIMENSIONS as readonly string[]).includes(name)) {
      throw new Error(`names an unknown filter (expected some of ${DIMENSIONS.join(', ')})`);
    }
    if (!Array.isArray(members) || members.length === 0 || members.length > MAX_MEMBERS) {
      throw new Error(`gives ${name} no list of 1 to ${MAX_MEMBERS} member keys`);
    }
    for (const member of members) {
      if (typeof member !== 'string' || !member || member.length > MAX_KEY_LENGTH || (name === 'market' && !MARKET.test(member))) {
        throw new Error(`lists a ${name} member that is not ${name === 'market' ? 'a two-letter country code' : 'a member key'}`);
      }
    }
    scope[name as Dimension] = [...new Set(members as string[])].sort();
  }
  return Object.keys(scope).length ? scope : null;
}

/** The filters a request gets inside `scope`: its own, intersected; an empty list matches nothing. */
export function scopedFilters(filters: Filters, scope: Scope | null): Filters {
  if (!scope) return filters;
  // In DIMENSIONS order, like parsed filters: one effective query, one echo, one cache key.
  const out: Filters = {};
  for (const dim of DIMENSIONS) {
    const asked = filters[dim];
    const allowed = scope[dim];
    if (allowed) out[dim] = asked ? asked.filter((key) => allowed.includes(key)) : [...allowed];
    else if (asked) out[dim] = asked;
  }
  return out;
}

/** `/dimensions` inside `scope`: a scoped dimension lists its scoped members only, and the scope is told. */
export function scopedDimensions(answer: DimensionsResponse, scope: Scope | null): DimensionsResponse {
  if (!scope) return answer;
  const dimensions = { ...answer.dimensions };
  for (const dim of DIMENSIONS) {
    const allowed = scope[dim];
    if (allowed && dimensions[dim]) dimensions[dim] = dimensions[dim]!.filter((m) => allowed.includes(m.key));
  }
  return { ...answer, dimensions, scope, ...(answer.data ? { data: scopedDataInfo(answer.data) } : {}) };
}

/** What a refused load says to a scoped user: its line may quote rows outside the scope. */
export const SCOPED_REFUSAL =
  "A new data file was refused; the figures are those of the data loaded before. The operator's log names the line and the cause.";

/**
 * The data block for a user locked to a scope: how fresh the data is, but not the whole file's
 * size nor the refused file's line (both tell of rows outside the scope).
 */
function scopedDataInfo({ rows: _rows, customers: _customers, lastFailedLoad, ...fresh }: DataInfo): DataInfo {
  return { ...fresh, ...(lastFailedLoad ? { lastFailedLoad: { at: lastFailedLoad.at, message: SCOPED_REFUSAL } } : {}) };
}

/** A short, stable hash of `scope` (12 hex digits), `-` for none: audit lines and cache keys. */
export function scopeHash(scope: Scope | null): string {
  if (!scope) return '-';
  const canonical = JSON.stringify(DIMENSIONS.filter((dim) => scope[dim]).map((dim) => [dim, scope[dim]]));
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}
